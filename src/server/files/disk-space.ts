import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../shared/errors.ts';
import { formatNumberVi } from '../../shared/format/index.ts';

// A full disk must refuse writes, not hang the server. PGlite that meets ENOSPC while writing its
// WAL answers that one statement with "53100 No space left on device" and then never answers
// again (every later query spins; only kill -9 ends it): so writes are refused *before* the data
// folder's file system gets that full, keeping a reserve. PostgreSQL survives a full disk, and its
// 53100 (like a Node ENOSPC/EDQUOT) answers 507 too. Reads never need the reserve.

const MB = 1024 * 1024;

export interface DiskGuardOptions {
  dir: string;
  /** Writes are refused while less than this is free. */
  reserveBytes: number;
}

/** Free bytes of the file system holding `dir`, or null when it cannot be read (e.g. no folder). */
export async function freeBytes(dir: string): Promise<number | null> {
  try {
    const s = await fs.promises.statfs(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/** A write that failed because a disk (ours or the database server's) is full. */
export function isDiskFull(err: unknown): boolean {
  for (let e = err as any, depth = 0; e && depth < 5; e = e.cause, depth++) {
    if (e.code === 'ENOSPC' || e.code === 'EDQUOT' || e.code === '53100') return true;
    if (typeof e.message === 'string' && /No space left on device|Disk quota exceeded/i.test(e.message))
      return true;
  }
  return false;
}

export function insufficientStorage(detail?: string): AppError {
  return new AppError('INSUFFICIENT_STORAGE', detail ? { detail } : {});
}

/**
 * Refuses (507) when writing `bytes` more would leave less than the reserve free. Statfs is cheap
 * but, while space is plentiful, asked at most once a second for plain writes; attachments ask
 * every time.
 */
export class DiskGuard {
  private cached: { at: number; free: number | null } | null = null;
  constructor(readonly opts: DiskGuardOptions) {}

  async free(fresh = false): Promise<number | null> {
    const now = Date.now();
    // Only a comfortable answer is reused: once low, every write asks again, so writes resume
    // the moment space returns.
    const low = this.cached?.free != null && this.cached.free < 2 * this.opts.reserveBytes;
    if (fresh || low || !this.cached || now - this.cached.at > 1000)
      this.cached = { at: now, free: await freeBytes(this.opts.dir) };
    return this.cached.free;
  }

  async requireRoom(bytes = 0): Promise<void> {
    const free = await this.free(bytes > 0);
    if (free === null || free - bytes >= this.opts.reserveBytes) return;
    throw insufficientStorage(
      `Ổ đĩa của máy chủ sắp đầy (còn ${formatNumberVi(free / MB)} MB, cần giữ lại ${formatNumberVi(this.opts.reserveBytes / MB)} MB): tạm thời không lưu được dữ liệu mới. Dữ liệu đã có vẫn xem được; hãy báo quản trị viên giải phóng chỗ trống rồi thử lại.`,
    );
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every write request (except signing in and out, which keep the reserve's small share) is
 * refused while the data folder is nearly full; it goes through again as soon as space returns.
 */
export function registerDiskGuard(app: FastifyInstance, guard: DiskGuard): void {
  app.addHook('onRequest', async (req) => {
    if (READS.has(req.method) || req.url.startsWith('/api/auth/')) return;
    await guard.requireRoom();
  });
}
