import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { rows } from '../../src/server/db/tx.ts';
import { LoginThrottle } from '../../src/server/modules/users/login-throttle.ts';
import { ERRORS } from '../../src/shared/errors.ts';
import { TEST_DEMO_PASSWORD } from '../helpers/constants.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// Sign-in as an attacker would try it: throttling per account rather than per address, proxies
// trusted only when configured, refusals that all look alike, and the password policy.
// The addresses are documentation ranges written into injected requests; nothing is sent anywhere.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const WRONG = { code: 'INVALID_CREDENTIALS', message: ERRORS.INVALID_CREDENTIALS.vi };

async function withApp(trustedProxies: string[], fn: (app: FastifyInstance) => Promise<void>): Promise<void> {
  const config = loadConfig({}, { webDist: '/nonexistent', trustedProxies });
  const app = await buildApp({ database: t.database, config, throttle: new LoginThrottle() });
  try {
    await fn(app);
  } finally {
    await app.close();
  }
}

function login(
  app: FastifyInstance,
  username: string,
  password: string,
  from: { remoteAddress: string; forwardedFor?: string },
) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: from.remoteAddress,
    headers: from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {},
    payload: { username, password },
  });
}

const lastLogin = async (username: string) =>
  (
    await rows<{ action: string; ip: string; after: { reason?: string } | null }>(
      t.database.db,
      sql`select action, ip, after from audit_log where actor_username = ${username}
          and action in ('login', 'login_failed') order by id desc limit 1`,
    )
  )[0];

describe('login throttling', () => {
  it('after 5 failures from one address answers that address exactly as a wrong password, others not at all', async () => {
    await withApp([], async (app) => {
      const office = { remoteAddress: '192.0.2.10' };
      for (let i = 0; i < 5; i++)
        expect((await login(app, 'thanhtra', 'Sai-mat-khau', office)).json()).toEqual(WRONG);
      const held = await login(app, 'thanhtra', TEST_DEMO_PASSWORD, office);
      expect({ status: held.statusCode, body: held.json() }).toEqual({ status: 401, body: WRONG });
      expect(held.headers['retry-after']).toBeUndefined();
      expect((await lastLogin('thanhtra')).after).toEqual({ reason: 'throttled' });
      // The same account from elsewhere, and other accounts from the same office, sign in.
      expect(
        (await login(app, 'thanhtra', TEST_DEMO_PASSWORD, { remoteAddress: '192.0.2.11' })).statusCode,
      ).toBe(200);
      expect((await login(app, 'lanhdao', TEST_DEMO_PASSWORD, office)).statusCode).toBe(200);
    });
  });

  it('50 failures from one NAT address do not keep any other account out', async () => {
    await withApp([], async (app) => {
      const nat = { remoteAddress: '198.51.100.50' };
      for (let i = 0; i < 50; i++)
        expect((await login(app, `tyt-0${3600 + (i % 10)}`, 'Sai-mat-khau', nat)).statusCode).toBe(401);
      for (const u of ['chicuc', 'tyt-03646', 'admin'])
        expect((await login(app, u, TEST_DEMO_PASSWORD, nat)).statusCode, u).toBe(200);
    });
  });

  it('slows one account guessed from 20 addresses, but not from the address its owner used', async () => {
    await withApp([], async (app) => {
      const owner = { remoteAddress: '192.0.2.77' };
      expect((await login(app, 'chicuc', TEST_DEMO_PASSWORD, owner)).statusCode).toBe(200);
      for (let i = 0; i < 20; i++)
        await login(app, 'chicuc', 'Sai-mat-khau', { remoteAddress: `203.0.113.${i + 1}` });
      expect(
        (await login(app, 'chicuc', TEST_DEMO_PASSWORD, { remoteAddress: '203.0.113.200' })).json(),
      ).toEqual(WRONG);
      expect((await login(app, 'chicuc', TEST_DEMO_PASSWORD, owner)).statusCode).toBe(200);
    });
  });
});

describe('proxies', () => {
  it('reads X-Forwarded-For only from a configured proxy, taking the right-most untrusted address', async () => {
    await withApp(['10.0.0.1', '10.20.0.0/16'], async (app) => {
      // Through the proxy: the client wrote 1.2.3.4 itself; the proxy appended what it saw.
      await login(app, 'lanhdao', TEST_DEMO_PASSWORD, {
        remoteAddress: '10.20.3.4',
        forwardedFor: '1.2.3.4, 203.0.113.9, 10.0.0.1',
      });
      expect((await lastLogin('lanhdao')).ip).toBe('203.0.113.9');
      // Straight from a client: its header is ignored.
      await login(app, 'lanhdao', TEST_DEMO_PASSWORD, {
        remoteAddress: '198.51.100.7',
        forwardedFor: '10.0.0.1',
      });
      expect((await lastLogin('lanhdao')).ip).toBe('198.51.100.7');
    });
  });

  it('does not let a client behind the proxy escape throttling by forging the header', async () => {
    await withApp(['10.0.0.1'], async (app) => {
      for (let i = 0; i < 6; i++) {
        await login(app, 'thanhtra', 'Sai-mat-khau', {
          remoteAddress: '10.0.0.1',
          forwardedFor: `1.1.1.${i}, 203.0.113.66`,
        });
      }
      const held = await login(app, 'thanhtra', TEST_DEMO_PASSWORD, {
        remoteAddress: '10.0.0.1',
        forwardedFor: '9.9.9.9, 203.0.113.66',
      });
      expect(held.json()).toEqual(WRONG);
      expect((await lastLogin('thanhtra')).ip).toBe('203.0.113.66');
    });
  });

  it('refuses the old all-trusting setting and a malformed address at start', () => {
    expect(() => loadConfig({ CANBANG_TRUST_PROXY: 'true' })).toThrow(/CANBANG_TRUSTED_PROXIES/);
    expect(() => loadConfig({ CANBANG_TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/không phải địa chỉ IP/);
    expect(() => loadConfig({ CANBANG_TRUSTED_PROXIES: 'proxy.local' })).toThrow(/không phải địa chỉ IP/);
    expect(loadConfig({ CANBANG_TRUSTED_PROXIES: ' 10.0.0.1, ::1,192.168.0.0/24 ' }).trustedProxies).toEqual([
      '10.0.0.1',
      '::1',
      '192.168.0.0/24',
    ]);
  });
});

describe('no oracle', () => {
  it('answers an unknown account, a deactivated one and a deactivated organisation as a wrong password', async () => {
    const admin = await t.as('admin');
    const org = (await admin.get('/api/organisations?province=14&kind=health_department')).json().items[0];
    const created = (
      await admin.post('/api/users', {
        username: 'se-nghi',
        displayName: 'Sẽ nghỉ',
        password: 'Hoa-Ban-2026',
        role: 'leader',
        organisationId: org.id,
      })
    ).json();
    await admin.patch(`/api/users/${created.id}`, { version: created.version, active: false });
    const answers = await Promise.all(
      [
        { username: 'se-nghi', password: 'Hoa-Ban-2026' },
        { username: 'se-nghi', password: 'Sai-mat-khau' },
        { username: 'khong-ton-tai', password: 'Hoa-Ban-2026' },
      ].map((payload) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload })),
    );
    for (const a of answers)
      expect({ status: a.statusCode, body: a.json() }).toEqual({ status: 401, body: WRONG });
    const reasons = await rows<{ reason: string }>(
      t.database.db,
      sql`select after->>'reason' as reason from audit_log where action = 'login_failed'
           and actor_username in ('se-nghi', 'khong-ton-tai') order by id`,
    );
    expect(reasons.map((r) => r.reason).sort()).toEqual(['inactive', 'unknown_user', 'wrong_password']);
  });
});

describe('password policy', () => {
  it('holds for a user changing their own, an admin creating a user and resetting a password', async () => {
    const admin = await t.as('admin');
    const org = (await admin.get('/api/organisations?province=14&kind=health_department')).json().items[0];
    const body = (password: string) => ({
      username: 'moi-tao',
      displayName: 'Mới tạo',
      password,
      role: 'leader',
      organisationId: org.id,
    });
    for (const [password, words] of [
      ['12345678', 'ít nhất 10 ký tự'],
      ['1234567890', 'phổ biến'],
      ['Password2026!', 'phổ biến ("password")'],
      ['aaaaaaaaaaaa', 'quá ít ký tự khác nhau'],
      ['moi-tao-2026', 'tên đăng nhập'],
    ]) {
      const res = await admin.post('/api/users', body(password));
      expect(res.statusCode, password).toBe(400);
      expect(res.json().issues[0].path).toEqual(['password']);
      expect(res.json().message).toContain(words);
    }
    const created = await admin.post('/api/users', body('Hoa-Ban-2026'));
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const same = await admin.post(`/api/users/${id}/reset-password`, { password: 'Hoa-Ban-2026' });
    expect(same.json().message).toBe('Mật khẩu mới phải khác mật khẩu hiện tại.');
    expect(
      (await admin.post(`/api/users/${id}/reset-password`, { password: 'matkhau@123' })).statusCode,
    ).toBe(400);
    expect(
      (await admin.post(`/api/users/${id}/reset-password`, { password: 'Suoi-Mo-Ban-Hin' })).statusCode,
    ).toBe(200);

    const me = await t.as('moi-tao', 'Suoi-Mo-Ban-Hin');
    const change = (newPassword: string) =>
      me.post('/api/me/password', { currentPassword: 'Suoi-Mo-Ban-Hin', newPassword });
    const unchanged = await change('Suoi-Mo-Ban-Hin');
    expect(unchanged.json().issues[0]).toEqual({
      path: ['newPassword'],
      message: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    });
    expect((await change('qwerty123456')).json().issues[0].path).toEqual(['newPassword']);
    expect((await change('Moi-Tao.2026')).json().message).toContain('tên đăng nhập');
    expect((await change('Đồi chè Mộc Châu xanh')).statusCode).toBe(200);
  });
});
