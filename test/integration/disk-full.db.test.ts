import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// A full disk (issue 17, item 2): writes are refused with 507 before the data folder's file system
// is full (PGlite hangs for good once its WAL meets ENOSPC), reads and health keep answering, and
// writes go through again as soon as space returns. The data folder is a 40 MB tmpfs when this
// process may mount one (root); otherwise a folder whose free space the reserve is set against.

const MB = 1024 * 1024;
let t: TestApp;
let dir: string;
let mounted = false;
let reserveMb = 8;
const filler = () => path.join(dir, 'filler.bin');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=40m', 'tmpfs', dir], { stdio: 'ignore' });
    mounted = true;
  } catch {
    // No tmpfs: the "full" point is set just above what this folder's disk has free now.
    const s = fs.statfsSync(dir);
    reserveMb = Math.floor((s.bavail * s.bsize) / MB) - 30;
  }
  t = await createTestApp({ config: { dataDir: dir, diskReserveMb: reserveMb } });
});
afterAll(async () => {
  await t.close();
  if (mounted) execFileSync('umount', [dir]);
  fs.rmSync(dir, { recursive: true, force: true });
});

const png = (bytes: number) =>
  Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), crypto.randomBytes(bytes - 8)]);

/** Tô Hiệu (03646): in the scope of the province officer and of its station. */
let toHieu: number | undefined;
async function attach(user: string, bytes: number) {
  const c = await t.as(user);
  toHieu ??= (
    (await c.get('/api/admin-units?parent=14&level=commune')).json().items as { id: number; code: string }[]
  ).find((u) => u.code === '03646')!.id;
  return c.post('/api/attachments', {
    fileName: 'anh.png',
    contentBase64: png(bytes).toString('base64'),
    adminUnitId: toHieu,
  });
}

describe('a full disk', () => {
  it('refuses writes with 507 while reads and health keep answering, and recovers when space returns', async () => {
    const ok = await attach('chicuc', 100_000);
    expect(ok.statusCode, ok.body).toBe(201);

    // Fill the file system up to 5 MB short of the reserve.
    const free = fs.statfsSync(dir);
    const fill = free.bavail * free.bsize - (reserveMb - 5) * MB;
    if (mounted) fs.writeFileSync(filler(), Buffer.alloc(Math.max(0, fill)));
    else t.app.disk.opts.reserveBytes = free.bavail * free.bsize + 5 * MB;

    const refused = await attach('chicuc', MB);
    expect(refused.statusCode).toBe(507);
    expect(refused.json()).toMatchObject({ code: 'INSUFFICIENT_STORAGE' });
    expect(refused.json().message).toContain('Ổ đĩa của máy chủ sắp đầy');
    // Any other write too, before it reaches the database.
    const c = await t.as('chicuc');
    const club = await c.post('/api/clubs', { name: 'CLB thử' });
    expect(club.statusCode).toBe(507);

    const health = await t.anonymous().get('/api/health');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ databaseReachable: true, writable: false });
    expect(health.json().dataDirFreeBytes).toBeLessThan(t.app.disk.opts.reserveBytes);
    expect((await c.get(`/api/attachments/${ok.json().id}`)).statusCode).toBe(200);
    expect((await c.get('/api/births/imports')).statusCode).toBe(200);

    // Space returns: no restart needed.
    if (mounted) fs.rmSync(filler());
    else t.app.disk.opts.reserveBytes = reserveMb * MB;
    const again = await attach('chicuc', MB);
    expect(again.statusCode, again.body).toBe(201);
    expect((await t.anonymous().get('/api/health')).json().writable).toBe(true);
  }, 60_000);

  it('counts attachment quotas per user and per organisation from the stored sizes', async () => {
    const config = t.app.deps.config;
    config.attachmentQuotaUserMb = 2;
    const first = await attach('tyt-03646', 1.5 * MB);
    expect(first.statusCode, first.body).toBe(201);
    const over = await attach('tyt-03646', 0.8 * MB);
    expect(over.statusCode).toBe(400);
    expect(over.json().message).toMatch(/Bạn đã lưu 1,5 MB tệp đính kèm; .* vượt hạn mức 2,0 MB/);

    config.attachmentQuotaUserMb = 200;
    config.attachmentQuotaOrgMb = 2;
    const org = await attach('tyt-03646', 0.8 * MB);
    expect(org.statusCode).toBe(400);
    expect(org.json().message).toContain('Đơn vị của bạn đã lưu 1,5 MB');
    config.attachmentQuotaOrgMb = 1000;
    expect((await attach('tyt-03646', 0.8 * MB)).statusCode).toBe(201);
  }, 60_000);
});
