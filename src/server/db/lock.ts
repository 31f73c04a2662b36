import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';

/**
 * PGlite has no cross-process lock: two processes on one data folder corrupt it. We hold a
 * lock file beside the folder with our PID; a second opener is refused with a clear message.
 * A lock left by a dead process (crash, kill -9) is taken over.
 */
export interface DataDirLock {
  path: string;
  release(): void;
}

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

/** Locks this process holds: a second open in the same process is refused as well. */
const held = new Set<string>();

/**
 * The folder's real path: the lock (and the control socket) follow symlinks, so opening the same
 * folder through a link finds the same lock. A folder not created yet is named from its real parent.
 */
export function realDataDir(dataDir: string): string {
  const abs = path.resolve(dataDir);
  try {
    return fs.realpathSync(abs);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

export function lockPathFor(dataDir: string): string {
  return `${realDataDir(dataDir)}.lock`;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = lockPathFor(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const info: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: 'wx' });
      held.add(file);
      let released = false;
      return {
        path: file,
        release() {
          if (released) return;
          released = true;
          held.delete(file);
          const current = readLock(file);
          if (current?.pid === process.pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readLock(file);
      const sameHost = !holder || holder.host === os.hostname();
      // Our own PID in a lock we do not hold is a previous incarnation (containers reuse PIDs).
      const ours = holder?.pid === process.pid;
      if (holder && (held.has(file) || (!ours && (!sameHost || processAlive(holder.pid))))) {
        throw new AppError('DATA_DIR_LOCKED', {
          detail:
            `Thư mục dữ liệu ${path.resolve(dataDir)} đang được tiến trình ${holder.pid} ` +
            `(máy ${holder.host}, từ ${holder.startedAt}) sử dụng. Hãy dừng tiến trình đó trước, ` +
            `hoặc dùng --data-dir để chọn thư mục khác. Tệp khóa: ${file}`,
        });
      }
      // The holder is gone: the lock is stale.
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('DATA_DIR_LOCKED', { detail: `Không lấy được khóa ${file}` });
}
