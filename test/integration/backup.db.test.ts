import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readBackupHeader, restoreBackup, writeBackup } from '../../src/server/db/backup.ts';
import { type Database, openDatabase } from '../../src/server/db/client.ts';
import { migrateDatabase } from '../../src/server/db/migrate.ts';
import { rows } from '../../src/server/db/tx.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { createTestDatabase } from '../helpers/test-db.ts';

let t: TestApp;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-backup-'));
beforeAll(async () => {
  t = await createTestApp();
  // Something of every kind a user writes: a village, an organisation, a user, audit rows.
  const c = await t.as('chicuc');
  const commune = (await c.get('/api/admin-units?parent=14&q=chieng%20sinh')).json().items[0];
  await c.post('/api/admin-units', { parentId: commune.id, name: 'Bản Hìn', type: 'bản' });
  const org = (
    await c.post('/api/organisations', {
      name: 'Nhà sách Đức Thành',
      kind: 'bookstore',
      adminUnitId: commune.id,
    })
  ).json();
  await c.post('/api/users', {
    username: 'nguoi-moi',
    displayName: 'Người mới',
    password: 'Hoa-Ban-2026',
    role: 'reporter',
    organisationId: org.id,
  });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function body(file: string): string[] {
  return zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').slice(1);
}

async function emptyDatabase(): Promise<{ database: Database; replace: boolean }> {
  if (inject('testBackend') === 'pglite') {
    const database = await openDatabase({});
    await migrateDatabase(database);
    return { database, replace: false };
  }
  // On a server, restore over a populated copy: this is the --replace path.
  return { database: await createTestDatabase(), replace: true };
}

// A whole backup, restore and second backup of the demo database: tens of seconds on a busy machine.
describe('backup and restore', { timeout: 120_000 }, () => {
  it('round-trips every row of every table', async () => {
    const first = path.join(dir, 'first.jsonl.gz');
    const header = await writeBackup(t.database.db, first);
    expect(header.tables.find((x) => x.name === 'users')!.rows).toBeGreaterThan(75);
    expect(header.tables.find((x) => x.name === 'audit_log')!.rows).toBeGreaterThan(0);

    const { database, replace } = await emptyDatabase();
    try {
      const progress: number[] = [];
      await restoreBackup(database.db, first, { replace, progress: (done) => progress.push(done) });
      expect(progress.at(-1)).toBe(header.tables.reduce((s, x) => s + x.rows, 0));
      const second = path.join(dir, 'second.jsonl.gz');
      await writeBackup(database.db, second);
      expect(body(second)).toEqual(body(first));

      // The restored database is alive: identities continue, logins work.
      const [next] = await rows<{ id: number }>(
        database.db,
        sql`insert into audit_log (action, entity) values ('test', 'test') returning id`,
      );
      const maxBefore = Math.max(
        ...body(first)
          .filter((l) => l.startsWith('{"t":"audit_log"'))
          .map((l) => JSON.parse(l).r.id),
      );
      expect(Number(next.id)).toBeGreaterThan(maxBefore);
    } finally {
      await database.close();
    }
  });

  it('refuses a populated target without --replace, and a damaged file, leaving data as they were', async () => {
    const file = path.join(dir, 'again.jsonl.gz');
    await writeBackup(t.database.db, file);
    await expect(restoreBackup(t.database.db, file)).rejects.toThrow(/đã có dữ liệu/);

    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    const broken = path.join(dir, 'broken.jsonl.gz');
    fs.writeFileSync(
      broken,
      zlib.gzipSync([...lines.slice(0, 200), '{"t": "users", "r": {oops', ...lines.slice(200)].join('\n')),
    );
    const countUsers = () => rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from users`);
    const before = await countUsers();
    await expect(restoreBackup(t.database.db, broken, { replace: true })).rejects.toThrow(/dòng 201/);
    expect(await countUsers()).toEqual(before);

    const notBackup = path.join(dir, 'not.gz');
    fs.writeFileSync(notBackup, zlib.gzipSync('hello\n'));
    await expect(readBackupHeader(notBackup)).rejects.toThrow(/không phải bản sao lưu/);
  });
});
