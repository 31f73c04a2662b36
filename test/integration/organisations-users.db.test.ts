import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DEMO_PASSWORD } from '../helpers/constants.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function orgId(name: string): Promise<string> {
  const admin = await t.as('admin');
  const items = (
    await admin.get(`/api/organisations?q=${encodeURIComponent(name)}&includeInactive=true`)
  ).json().items;
  return items.find((o: { name: string }) => o.name === name).id;
}

describe('organisations', () => {
  it('lists the province directory in Vietnamese order with accent-insensitive search', async () => {
    const c = await t.as('tyt-03646');
    const res = (await c.get('/api/organisations?q=chi%20cuc%20dan%20so')).json().items;
    expect(res.map((o: { name: string }) => o.name)).toEqual(['Chi cục Dân số tỉnh Sơn La']);
    expect(res[0]).toMatchObject({
      kind: 'population_office',
      parentName: 'Sở Y tế tỉnh Sơn La',
      isDemo: true,
    });
  });

  it('lets a province officer create and edit an organisation, with conflict detection', async () => {
    const c = await t.as('chicuc');
    const province = (await c.get('/api/admin-units?level=province')).json().items[0];
    const created = await c.post('/api/organisations', {
      name: 'Trường THPT Chiềng Sinh',
      kind: 'school_high',
      adminUnitId: province.id,
      parentId: await orgId('Sở Giáo dục và Đào tạo tỉnh Sơn La'),
    });
    expect(created.statusCode).toBe(201);
    const org = created.json();
    expect(org).toMatchObject({
      name: 'Trường THPT Chiềng Sinh',
      provinceCode: '14',
      isDemo: false,
      version: 1,
    });
    const edited = await c.patch(`/api/organisations/${org.id}`, { version: 1, headName: 'Lò Văn A' });
    expect(edited.json()).toMatchObject({ headName: 'Lò Văn A', version: 2 });
    const stale = await c.patch(`/api/organisations/${org.id}`, { version: 1, headName: 'Người khác' });
    expect(stale.statusCode).toBe(409);
    expect((await c.get(`/api/organisations/${org.id}`)).json().headName).toBe('Lò Văn A');
    const deactivated = await c.patch(`/api/organisations/${org.id}`, { version: 2, active: false });
    expect(deactivated.json().active).toBe(false);
    const listed = (await c.get('/api/organisations?q=chieng%20sinh&kind=school_high')).json().items;
    expect(listed).toEqual([]);
  });

  it('rejects a bad e-mail naming the field in Vietnamese', async () => {
    const c = await t.as('chicuc');
    const province = (await c.get('/api/admin-units?level=province')).json().items[0];
    const res = await c.post('/api/organisations', {
      name: 'Cơ quan X',
      kind: 'other',
      adminUnitId: province.id,
      email: 'khong-phai-thu',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toEqual(['email']);
    expect(res.json().message).toContain('Thư điện tử');
  });
});

describe('users', () => {
  it('lets a province officer manage users of the province but never see or make admins', async () => {
    const c = await t.as('chicuc');
    const users = (await c.get('/api/users')).json().items as { username: string; role: string }[];
    expect(users.find((u) => u.username === 'admin')).toBeUndefined();
    expect(users.find((u) => u.username === 'bcd-tamduong')).toBeUndefined();
    expect(users.filter((u) => u.username.startsWith('tyt-'))).toHaveLength(75);
    const ccds = await orgId('Chi cục Dân số tỉnh Sơn La');
    const admin = await c.post('/api/users', {
      username: 'gia-admin',
      displayName: 'X',
      password: 'Hoa-Ban-2026',
      role: 'admin',
      organisationId: ccds,
    });
    expect(admin.statusCode).toBe(403);
    const laiChau = await orgId('Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Lai Châu');
    const outside = await c.post('/api/users', {
      username: 'ngoai-tinh',
      displayName: 'X',
      password: 'Hoa-Ban-2026',
      role: 'reporter',
      organisationId: laiChau,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().issues[0].path).toEqual(['organisationId']);
    const ok = await c.post('/api/users', {
      username: 'Can-Bo.Moi',
      displayName: 'Cán bộ mới',
      password: 'Hoa-Ban-2026',
      role: 'reporter',
      organisationId: ccds,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      username: 'can-bo.moi',
      organisationName: 'Chi cục Dân số tỉnh Sơn La',
      isDemo: false,
    });
    const dup = await c.post('/api/users', {
      username: 'can-bo.moi',
      displayName: 'Trùng',
      password: 'Hoa-Ban-2026',
      role: 'reporter',
      organisationId: ccds,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().issues[0].path).toEqual(['username']);
  });

  it('refuses a short password and a user locking themselves out', async () => {
    const c = await t.as('chicuc');
    const ccds = await orgId('Chi cục Dân số tỉnh Sơn La');
    const short = await c.post('/api/users', {
      username: 'ngan',
      displayName: 'X',
      password: '123',
      role: 'reporter',
      organisationId: ccds,
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().issues[0]).toMatchObject({ path: ['password'] });
    const me = (await c.get('/api/me')).json();
    const self = (await c.get(`/api/users/${me.id}`)).json();
    const res = await c.patch(`/api/users/${me.id}`, { version: self.version, active: false });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('Bạn không thể tự khóa tài khoản của mình');
  });
});

describe('delegated administration (issue 17: a province officer took over the province)', () => {
  it('refuses a province officer the Sở Y tế, its own office and the leaders’ and inspectors’ accounts', async () => {
    const c = await t.as('chicuc');
    for (const name of ['Sở Y tế tỉnh Sơn La', 'Chi cục Dân số tỉnh Sơn La']) {
      const org = (await c.get(`/api/organisations/${await orgId(name)}`)).json();
      const res = await c.patch(`/api/organisations/${org.id}`, { version: org.version, active: false });
      expect(res.statusCode, name).toBe(403);
      expect(res.json().message, name).toMatch(
        name.startsWith('Sở')
          ? /"Sở Y tế tỉnh Sơn La" \(Sở Y tế\) là cơ quan cùng cấp hoặc cấp trên của bạn/
          : /Bạn không thể sửa hay ngừng hoạt động cơ quan của chính mình \(Chi cục Dân số tỉnh Sơn La\)/,
      );
    }
    for (const [username, role] of [
      ['lanhdao', 'Lãnh đạo (chỉ xem)'],
      ['thanhtra', 'Thanh tra, kiểm tra'],
    ]) {
      const user = (await c.get(`/api/users?q=${username}`)).json().items[0];
      expect(user.manageable, username).toBe(false);
      const res = await c.post(`/api/users/${user.id}/reset-password`, { password: 'Chiem-Quyen-2026' });
      expect(res.statusCode, username).toBe(403);
      expect(res.json().message).toBe(
        `Bạn không thể đặt lại mật khẩu của tài khoản "${username}" (${role}): vai trò này ngang hoặc trên vai trò của bạn. Bạn chỉ quản lý tài khoản "Cán bộ đơn vị báo cáo".`,
      );
      // Nothing changed: the account still signs in with its own password, not the attacker's.
      const login = await t.anonymous().post('/api/auth/login', { username, password: TEST_DEMO_PASSWORD });
      expect(login.statusCode, username).toBe(200);
    }
    // …while stations stay the province officer's to manage.
    const station = (await c.get('/api/users?q=tyt-03646')).json().items[0];
    expect(station.manageable).toBe(true);
  });
});
