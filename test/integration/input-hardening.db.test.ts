import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteAccess } from '../../src/server/http/auth.ts';
import { MAX_INPUT_DEPTH } from '../../src/server/http/input-guard.ts';
import { MAX_ACTIVITY_LEVELS } from '../../src/shared/contracts/plans.ts';
import type { Role } from '../../src/shared/roles.ts';
import { sonLaPlan2026 } from '../helpers/demo-plans.ts';
import { type Client, createTestApp, type TestApp } from '../helpers/test-app.ts';

// Request-side input rules, checked in one place for every route (src/server/http/input-guard.ts,
// validation.ts): control characters, nesting depth, and messages that name the field in Vietnamese.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const USER_OF: Record<Role, string> = {
  admin: 'admin',
  province_admin: 'quantri-sonla',
  province_officer: 'chicuc',
  leader: 'lanhdao',
  reporter: 'tyt-03646',
  inspector: 'thanhtra',
  national_reader: 'cucdanso',
};

async function callerFor(access: RouteAccess): Promise<Client> {
  if (access === 'public') return t.anonymous();
  return t.as(access === 'authenticated' ? 'admin' : USER_OF[access[0]]);
}

const ZOD_WORDS = /mong đợi|nhận được|undefined|Invalid input|expected/i;
const anId = '00000000-0000-4000-8000-000000000000';
const fill = (url: string) => url.replace(/:[A-Za-z]+/g, (p) => (/year/i.test(p) ? '2026' : anId));

describe('control characters', () => {
  it('refuses a NUL byte in the query of every GET route, naming the parameter', async () => {
    const routes = t.app.apiRoutes.filter((r) => r.method === 'GET' && !r.url.startsWith('/api/docs'));
    expect(routes.length).toBeGreaterThan(40);
    for (const r of routes) {
      const c = await callerFor(r.access);
      const res = await c.get(`${fill(r.url)}?q=a%00b`);
      expect({ route: r.url, status: res.statusCode }).toEqual({ route: r.url, status: 400 });
      expect(res.json().message).toContain('ký tự điều khiển');
      expect(res.json().issues[0].path).toEqual(['q']);
    }
  });

  it('refuses a control character in the body of every write route before anything else', async () => {
    const routes = t.app.apiRoutes.filter(
      (r) => ['POST', 'PATCH', 'PUT'].includes(r.method) && r.url !== '/api/auth/logout',
    );
    expect(routes.length).toBeGreaterThan(30);
    for (const r of routes) {
      const c = await callerFor(r.access);
      const res = await c.request({
        method: r.method as 'POST',
        url: fill(r.url),
        payload: { name: 'Trạm\u0007', nested: { items: ['ok', 'x\u0000y'] } },
      });
      // Multipart uploads refuse JSON with 415 before the body is read; every other route: 400.
      if (res.statusCode === 415) continue;
      expect({ route: r.url, status: res.statusCode }).toEqual({ route: r.url, status: 400 });
      expect(res.json().message).toMatch(/ký tự điều khiển không được phép \(U\+000[07]\)/);
    }
  });

  it('names the field: the login username, a create body, a key', async () => {
    const login = await t.anonymous().post('/api/auth/login', { username: 'chicuc\u0000', password: 'x' });
    expect(login.statusCode).toBe(400);
    expect(login.json().issues[0]).toEqual({
      path: ['username'],
      message: 'Tên đăng nhập chứa ký tự điều khiển không được phép (U+0000). Hãy xóa ký tự đó rồi gửi lại.',
    });
    const c = await t.as('chicuc');
    const unit = (await c.get('/api/admin-units?parent=14&q=to%20hieu')).json().items[0];
    const org = await c.post('/api/organisations', {
      name: 'Nhà thuốc\u001b[31m',
      kind: 'pharmacy',
      adminUnitId: unit.id,
    });
    expect(org.statusCode).toBe(400);
    expect(org.json().message).toContain('Tên chứa ký tự điều khiển');
    const key = await c.post('/api/organisations', { 'na\u0000me': 'x' });
    expect(key.statusCode).toBe(400);
    // C1 controls (U+0080–U+009F) never belong in Vietnamese text either.
    const c1 = await c.get('/api/organisations?q=%C2%85');
    expect(c1.statusCode).toBe(400);
  });

  it('keeps tabs, line breaks and Vietnamese text', async () => {
    const c = await t.as('chicuc');
    const unit = (await c.get('/api/admin-units?parent=14&q=to%20hieu')).json().items[0];
    const org = await c.post('/api/organisations', {
      name: 'Nhà thuốc Hồng Nhung',
      kind: 'pharmacy',
      adminUnitId: unit.id,
      address: 'Số 12, đường Tô Hiệu\nTổ 3,\tphường Tô Hiệu',
    });
    expect(org.statusCode).toBe(201);
    expect(org.json().address).toContain('\n');
  });
});

describe('nesting depth', () => {
  function nested(levels: number) {
    const make = (level: number): Record<string, unknown> => ({
      id: crypto.randomUUID(),
      title: `Hoạt động cấp ${level}`,
      children: level < levels ? [make(level + 1)] : [],
    });
    return [make(1)];
  }

  async function sonLaPlan(c: Client) {
    return (await c.get(`/api/plans/${await sonLaPlan2026(t)}`)).json();
  }
  const create = (c: Client, plan: { organisationId: string; content: object }, activities: unknown) =>
    c.post('/api/plans', { organisationId: plan.organisationId, content: { ...plan.content, activities } });

  it('refuses a plan whose activities nest 700 deep with a Vietnamese message, not a crash', async () => {
    const c = await t.as('chicuc');
    const plan = await sonLaPlan(c);
    let node: Record<string, unknown> = { id: anId, title: 'x', children: [] };
    for (let i = 0; i < 700; i++) node = { id: anId, title: 'x', children: [node] };
    const res = await create(c, plan, [node]);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(`lồng nhau quá sâu (tối đa ${MAX_INPUT_DEPTH} cấp)`);
  });

  it(`refuses activities past ${MAX_ACTIVITY_LEVELS} levels and accepts ${MAX_ACTIVITY_LEVELS}`, async () => {
    const c = await t.as('chicuc');
    const plan = await sonLaPlan(c);
    const deep = await create(c, plan, nested(MAX_ACTIVITY_LEVELS + 1));
    expect(deep.statusCode).toBe(400);
    expect(deep.json().message).toContain(`Hoạt động chỉ được lồng nhau tối đa ${MAX_ACTIVITY_LEVELS} cấp`);
    expect(deep.json().message).not.toMatch(ZOD_WORDS);
    const ok = await create(c, plan, nested(MAX_ACTIVITY_LEVELS));
    expect(ok.statusCode).toBe(201);
  });
});

describe('validation messages', () => {
  it('says what is missing or wrong by the field’s Vietnamese label, never in zod’s words', async () => {
    const missing = await t.anonymous().post('/api/auth/login', { username: 'chicuc' });
    expect(missing.json().issues[0]).toEqual({ path: ['password'], message: 'Thiếu mật khẩu.' });
    expect(missing.json().message).toBe('Dữ liệu không hợp lệ — Thiếu mật khẩu.');

    const c = await t.as('chicuc');
    const org = (await c.get('/api/organisations?q=tram%20y%20te%20to%20hieu')).json().items[0];
    const wrongType = await c.patch(`/api/organisations/${org.id}`, { version: 'một', phone: 5 });
    expect(wrongType.statusCode).toBe(400);
    const messages = wrongType.json().issues.map((i: { message: string }) => i.message);
    expect(messages).toContain('Phiên bản phải là một số.');
    expect(messages).toContain('Số điện thoại phải là chữ (văn bản).');

    const badQuery = await c.get('/api/audit?page=0');
    expect(badQuery.json().issues[0].message).toBe('Tham số trang phải từ 1 trở lên.');

    const badEnum = await c.get('/api/users?role=boss');
    expect(badEnum.json().issues[0].message).toMatch(
      /^Tham số vai trò không hợp lệ: hãy chọn một trong admin/,
    );
    for (const res of [missing, wrongType, badQuery, badEnum])
      expect(JSON.stringify(res.json())).not.toMatch(ZOD_WORDS);
  });

  it('keeps a schema’s own words, after the field’s label', async () => {
    const admin = await t.as('admin');
    const res = await admin.post('/api/users', {
      username: 'Có Dấu',
      displayName: 'X',
      password: 'Mot-mat-khau-dai-2026',
      role: 'leader',
      organisationId: null,
    });
    expect(res.json().issues[0].message).toMatch(/^Tên đăng nhập: Tên đăng nhập gồm 2–64 ký tự/);
  });
});
