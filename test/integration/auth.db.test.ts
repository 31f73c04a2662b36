import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/shared/errors.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sign-in and sessions', () => {
  it('answers the health check from the database', async () => {
    const res = await t.anonymous().get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: expect.stringMatching(/pglite|postgres/) });
  });

  it('signs in with a session cookie and tells who is signed in', async () => {
    const res = await t
      .anonymous()
      .post('/api/auth/login', { username: 'TYT-03646', password: 'CanBang@2026' });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'cb_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await t
      .anonymous()
      .request({ method: 'GET', url: '/api/me', headers: { cookie: `cb_sid=${cookie.value}` } });
    expect(me.json()).toMatchObject({
      username: 'tyt-03646',
      role: 'reporter',
      organisationName: 'Trạm Y tế phường Tô Hiệu',
      unitName: 'Phường Tô Hiệu',
      // A commune: the station's pages open on its own forms (issue 16).
      unitLevel: 'commune',
    });
  });

  it('refuses a wrong password with a Vietnamese message and no cookie', async () => {
    const res = await t.anonymous().post('/api/auth/login', { username: 'chicuc', password: 'sai-mat-khau' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'INVALID_CREDENTIALS', message: ERRORS.INVALID_CREDENTIALS.vi });
    expect(res.cookies.find((c) => c.name === 'cb_sid')).toBeUndefined();
  });

  it('names the missing field in Vietnamese', async () => {
    const res = await t.anonymous().post('/api/auth/login', { username: 'chicuc' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION');
    expect(body.issues[0].path).toEqual(['password']);
    expect(body.message).toContain('Thiếu mật khẩu');
  });

  it('answers 401 to a signed-out request before looking at its body', async () => {
    const res = await t.anonymous().post('/api/users', { nonsense: true });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const c = await t.as('chicuc');
    const res = await c.request({
      method: 'POST',
      url: '/api/me/password',
      headers: { 'x-csrf-token': 'wrong' },
      payload: { currentPassword: 'x', newPassword: 'yyyyyyyy' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF');
  });

  it('ends the session at logout', async () => {
    const login = await t
      .anonymous()
      .post('/api/auth/login', { username: 'lanhdao', password: 'CanBang@2026' });
    const cookie = `cb_sid=${login.cookies.find((c) => c.name === 'cb_sid')!.value}`;
    const headers = { cookie, 'x-csrf-token': login.json().csrfToken };
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers })).statusCode).toBe(401);
  });

  it('ends every session of a user who is deactivated or whose password is reset', async () => {
    const admin = await t.as('admin');
    const created = await admin.post('/api/users', {
      username: 'tam-thoi',
      displayName: 'Người dùng tạm thời',
      password: 'Hoa-Ban-2026',
      role: 'leader',
      organisationId: await firstOrganisation(admin),
    });
    expect(created.statusCode).toBe(201);
    const user = await t.as('tam-thoi', 'Hoa-Ban-2026');
    expect((await user.get('/api/me')).statusCode).toBe(200);
    const reset = await admin.post(`/api/users/${created.json().id}/reset-password`, {
      password: 'MatKhauMoi@456',
    });
    expect(reset.statusCode).toBe(200);
    expect((await user.get('/api/me')).statusCode).toBe(401);

    const again = await t.as('tam-thoi', 'MatKhauMoi@456');
    const current = (await admin.get(`/api/users/${created.json().id}`)).json();
    expect(
      (await admin.patch(`/api/users/${current.id}`, { version: current.version, active: false })).statusCode,
    ).toBe(200);
    expect((await again.get('/api/me')).statusCode).toBe(401);
    const login = await t
      .anonymous()
      .post('/api/auth/login', { username: 'tam-thoi', password: 'MatKhauMoi@456' });
    // Deactivated answers exactly as a wrong password: the right password is not confirmed.
    const wrong = await t
      .anonymous()
      .post('/api/auth/login', { username: 'tam-thoi', password: 'Sai-Mat-Khau-1' });
    expect({ status: login.statusCode, body: login.json() }).toEqual({
      status: wrong.statusCode,
      body: wrong.json(),
    });
    expect(login.json()).toEqual({ code: 'INVALID_CREDENTIALS', message: ERRORS.INVALID_CREDENTIALS.vi });
  });

  it('changes one’s own password, keeping this session and ending the others', async () => {
    const admin = await t.as('admin');
    const org = await firstOrganisation(admin);
    await admin.post('/api/users', {
      username: 'doi-mk',
      displayName: 'Đổi mật khẩu',
      password: 'Hoa-Ban-2026',
      role: 'leader',
      organisationId: org,
    });
    const first = await t.as('doi-mk', 'Hoa-Ban-2026');
    const second = await t
      .anonymous()
      .post('/api/auth/login', { username: 'doi-mk', password: 'Hoa-Ban-2026' });
    const secondCookie = `cb_sid=${second.cookies.find((c) => c.name === 'cb_sid')!.value}`;
    const wrong = await first.post('/api/me/password', {
      currentPassword: 'sai',
      newPassword: 'MatKhauMoi@1',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().issues[0]).toMatchObject({
      path: ['currentPassword'],
      message: 'Mật khẩu hiện tại không đúng.',
    });
    expect(
      (await first.post('/api/me/password', { currentPassword: 'Hoa-Ban-2026', newPassword: 'MatKhauMoi@1' }))
        .statusCode,
    ).toBe(200);
    expect((await first.get('/api/me')).statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: secondCookie } })).statusCode,
    ).toBe(401);
  });

  it('sends secure headers', async () => {
    const res = await t.anonymous().get('/api/health');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('serves the OpenAPI description at /api/docs', async () => {
    const res = await t.anonymous().get('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/auth/login', '/api/admin-units', '/api/organisations']),
    );
  });
});

async function firstOrganisation(c: Awaited<ReturnType<TestApp['as']>>): Promise<string> {
  const res = await c.get('/api/organisations?province=14&kind=health_department');
  return res.json().items[0].id;
}
