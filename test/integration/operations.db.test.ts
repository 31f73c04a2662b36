import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { restoreBackup, writeBackup } from '../../src/server/db/backup.ts';
import { type Database, type Db, openDatabase } from '../../src/server/db/client.ts';
import { migrateDatabase } from '../../src/server/db/migrate.ts';
import { rows } from '../../src/server/db/tx.ts';
import { sealAudit, verifyAudit } from '../../src/server/modules/audit/audit-chain.ts';
import { DEFAULT_THROTTLE, LoginThrottle } from '../../src/server/modules/users/login-throttle.ts';
import { ERRORS } from '../../src/shared/errors.ts';
import { sonLaPlan2026 } from '../helpers/demo-plans.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { createTestDatabase } from '../helpers/test-db.ts';

// Item 9 of issue 17: the audit trail as evidence (append-only, hash-chained, downloads and refusals
// in it), backups that give away no sessions, and a database outage answered 503 and survived.

let t: TestApp;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-ops-'));
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const lenient = () => new LoginThrottle({ ...DEFAULT_THROTTLE, freePerPair: 1000, freePerAccount: 1000 });

async function emptyTarget(): Promise<{ database: Database; replace: boolean }> {
  if (inject('testBackend') === 'pglite') {
    const database = await openDatabase({});
    await migrateDatabase(database);
    return { database, replace: false };
  }
  return { database: await createTestDatabase(), replace: true };
}

/** Runs `statement` as the tables' owner with the restore switch on: the one way past the trigger. */
async function asRestore(db: Db, statement: ReturnType<typeof sql>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('canbang.restoring', 'on', true)`);
    await tx.execute(statement);
  });
}

describe('the audit trail', () => {
  it('records downloads and refused attempts under the actor’s unit', async () => {
    const chicuc = await t.as('chicuc');
    const planId = await sonLaPlan2026(t);
    const file = await chicuc.get(`/api/plans/${planId}/export?format=xlsx`);
    expect(file.statusCode).toBe(200);
    const station = await t.as('tyt-03646');
    expect((await station.get('/api/audit')).statusCode).toBe(403);
    const csrf = await station.request({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(csrf.json().code).toBe('CSRF');

    const downloads = (await chicuc.get('/api/audit?user=chicuc&entity=/api/plans/:id/export')).json().items;
    expect(downloads[0]).toMatchObject({
      action: 'download',
      entityId: planId,
      after: { fileName: expect.stringMatching(/\.xlsx$/), url: `/api/plans/${planId}/export?format=xlsx` },
    });
    // The province officer sees the station's refusals: they are filed under the station's commune.
    const refused = (await chicuc.get('/api/audit?user=tyt-03646'))
      .json()
      .items.filter((e: { action: string }) => e.action === 'refused');
    expect(refused.map((e: { after: { code: string } }) => e.after.code).sort()).toEqual([
      'CSRF',
      'FORBIDDEN',
    ]);
    expect(refused[0].adminUnitName).toBe('Phường Tô Hiệu');
  });

  it('cannot be edited, deleted or emptied, not even by the application’s own connection', async () => {
    const db = t.database.db;
    for (const table of ['audit_log', 'audit_chain']) {
      await sealAudit(db);
      for (const statement of [
        `update ${table} set ${table === 'audit_log' ? 'ip' : 'hash'} = 'x'`,
        `delete from ${table}`,
        `truncate ${table}`,
      ]) {
        await expect(db.execute(sql.raw(statement)), statement).rejects.toMatchObject({
          cause: expect.objectContaining({ message: expect.stringContaining('chỉ được ghi thêm') }),
        });
      }
    }
  });

  it('refuses a separate application role by privilege, and the restore switch does not help it', async () => {
    const role = `canbang_app_${crypto.randomBytes(4).toString('hex')}`;
    const db = t.database.db;
    await db.execute(sql.raw(`create role ${role} nologin`));
    try {
      // What the README tells an operator to run for the application's role.
      for (const statement of [
        `grant usage on schema public to ${role}`,
        `grant select, insert, update, delete on all tables in schema public to ${role}`,
        `revoke update, delete, truncate on audit_log, audit_chain from ${role}`,
      ])
        await db.execute(sql.raw(statement));
      const asApp = (statement: string, restoring = false) =>
        db.transaction(async (tx) => {
          await tx.execute(sql.raw(`set local role ${role}`));
          if (restoring) await tx.execute(sql`select set_config('canbang.restoring', 'on', true)`);
          await tx.execute(sql.raw(statement));
        });
      await expect(asApp('delete from audit_log')).rejects.toMatchObject({
        cause: expect.objectContaining({ message: expect.stringContaining('permission denied') }),
      });
      await expect(
        asApp(`insert into audit_log (action, entity) values ('x', 'y')`),
      ).resolves.toBeUndefined();
      // Even with the privilege granted back by mistake, the trigger stands: the role is not the owner.
      await db.execute(sql.raw(`grant delete on audit_log to ${role}`));
      await expect(asApp('delete from audit_log', true)).rejects.toMatchObject({
        cause: expect.objectContaining({ message: expect.stringContaining('chỉ được ghi thêm') }),
      });
    } finally {
      await db.execute(sql.raw(`revoke all on all tables in schema public from ${role}`));
      await db.execute(sql.raw(`revoke usage on schema public from ${role}`));
      await db.execute(sql.raw(`drop role ${role}`));
    }
  });

  it('is hash-chained: verify names the row edited, deleted or the link removed', async () => {
    const database = await createTestDatabase();
    try {
      const db = database.db;
      await db.execute(
        sql`insert into audit_log (action, entity, ip) values ('a', 't', '1'), ('b', 't', '2'), ('c', 't', '3'), ('d', 't', '4')`,
      );
      await sealAudit(db);
      const clean = await verifyAudit(db);
      expect(clean).toMatchObject({ ok: true, unsealed: 0, breaks: [] });
      expect(clean.sealed).toBeGreaterThanOrEqual(4);
      const links = await rows<{ seq: number; audit_id: number }>(
        db,
        sql`select c.seq::int as seq, c.audit_id::int as audit_id from audit_chain c
             join audit_log a on a.id = c.audit_id where a.entity = 't' order by c.seq`,
      );
      await asRestore(db, sql`update audit_log set ip = '6.6.6.6' where id = ${links[0].audit_id}`);
      await asRestore(db, sql`delete from audit_log where id = ${links[1].audit_id}`);
      await asRestore(db, sql`delete from audit_chain where seq = ${links[2].seq}`);
      expect((await verifyAudit(db)).breaks).toEqual([
        { seq: links[0].seq, auditId: links[0].audit_id, problem: 'edited' },
        { seq: links[1].seq, auditId: links[1].audit_id, problem: 'deleted' },
        // The link of the third row is gone: the fourth cannot be checked, and says so.
        { seq: links[3].seq, auditId: links[3].audit_id, problem: 'missing_link' },
      ]);
      expect((await verifyAudit(db)).unsealed).toBe(1); // the third row, now outside the chain
    } finally {
      await database.close();
    }
  });
});

describe('backups', { timeout: 120_000 }, () => {
  it('are 0600, leave sessions out, and restore to a database whose users sign in again', async () => {
    await t.as('chicuc'); // at least one live session
    await sealAudit(t.database.db);
    const file = path.join(dir, 'backup.jsonl.gz');
    const header = await writeBackup(t.database.db, file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(header.tables.map((x) => x.name)).not.toContain('sessions');
    expect(header.tables.map((x) => x.name)).toContain('audit_chain');
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    expect(lines.some((l) => l.startsWith('{"t":"sessions"'))).toBe(false);

    const { database, replace } = await emptyTarget();
    try {
      await restoreBackup(database.db, file, { replace });
      expect(await rows(database.db, sql`select 1 from sessions`)).toEqual([]);
      expect(await verifyAudit(database.db)).toMatchObject({ ok: true });
      const app = await buildApp({
        database,
        config: loadConfig({}, { webDist: '/nonexistent' }),
        throttle: lenient(),
      });
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'chicuc', password: 'CanBang@2026' },
      });
      expect(login.statusCode).toBe(200);
      await app.close();
    } finally {
      await database.close();
    }
  });

  it('restored from an edited file, says exactly which audit row no longer matches', async () => {
    await sealAudit(t.database.db);
    const file = path.join(dir, 'edited.jsonl.gz');
    await writeBackup(t.database.db, file);
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"t":"audit_log"') && l.includes('"action":"login"'));
    const entry = JSON.parse(lines[at]);
    entry.r.ip = '203.0.113.250';
    lines[at] = JSON.stringify(entry);
    fs.writeFileSync(file, zlib.gzipSync(lines.join('\n')));
    const { database, replace } = await emptyTarget();
    try {
      await restoreBackup(database.db, file, { replace });
      const report = await verifyAudit(database.db);
      expect(report.ok).toBe(false);
      expect(report.breaks).toEqual([
        expect.objectContaining({ auditId: Number(entry.r.id), problem: 'edited' }),
      ]);
    } finally {
      await database.close();
    }
  });
});

describe('a database outage', () => {
  it('answers 503 with Retry-After in Vietnamese, and recovers without a restart', async () => {
    if (inject('testBackend') === 'postgres') {
      await postgresOutage();
      return;
    }
    // PGlite is in the process: it cannot go away and come back; a closed one must still be a 503.
    const database = await openDatabase({ loadDataDir: undefined });
    await migrateDatabase(database);
    const app = await buildApp({
      database,
      config: loadConfig({}, { webDist: '/nonexistent' }),
      throttle: lenient(),
    });
    expect((await app.inject({ url: '/api/health' })).json().databaseReachable).toBe(true);
    await database.close();
    await expectUnavailable(app);
    await app.close();
  });
});

async function expectUnavailable(app: Awaited<ReturnType<typeof buildApp>>) {
  const health = await app.inject({ url: '/api/health' });
  expect(health.statusCode).toBe(503);
  expect(health.json()).toMatchObject({ status: 'unavailable', databaseReachable: false });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'chicuc', password: 'CanBang@2026' },
  });
  expect(login.statusCode).toBe(503);
  expect(login.headers['retry-after']).toBe('15');
  expect(login.json()).toEqual({ code: 'DATABASE_UNAVAILABLE', message: ERRORS.DATABASE_UNAVAILABLE.vi });
  expect(login.json().message).toContain('thử lại sau');
}

/** The app talks to PostgreSQL through a TCP relay on loopback that we cut and then restore. */
async function postgresOutage() {
  const target = await createTestDatabase();
  const upstream = new URL(target.location);
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const server = net.connect(Number(upstream.port || 5432), upstream.hostname);
    for (const s of [client, server]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(server).pipe(client);
  });
  const listen = (port: number) => new Promise<void>((r) => relay.listen(port, '127.0.0.1', () => r()));
  await listen(0);
  const port = (relay.address() as net.AddressInfo).port;
  const url = new URL(upstream);
  url.host = `127.0.0.1:${port}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 3 });
  const app = await buildApp({
    database,
    config: loadConfig({}, { webDist: '/nonexistent' }),
    throttle: lenient(),
  });
  try {
    const signIn = () =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'chicuc', password: 'CanBang@2026' },
      });
    expect((await signIn()).statusCode).toBe(200);
    // Cut: no new connections, the open ones dropped.
    await new Promise<void>((r) => relay.close(() => r()));
    for (const s of sockets) s.destroy();
    await expectUnavailable(app);
    // Back: the same app, no restart.
    await listen(port);
    expect((await app.inject({ url: '/api/health' })).json()).toMatchObject({
      status: 'ok',
      databaseReachable: true,
    });
    expect((await signIn()).statusCode).toBe(200);
  } finally {
    await app.close();
    await database.close();
    relay.close();
    for (const s of sockets) s.destroy();
    await target.close();
  }
}
