import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('records who changed what, before and after, and hides password hashes', async () => {
    const c = await t.as('chicuc');
    const org = (await c.get('/api/organisations?q=tram%20y%20te%20to%20hieu')).json().items[0];
    await c.patch(`/api/organisations/${org.id}`, { version: org.version, phone: '0212 3852 000' });
    const entries = (await c.get(`/api/audit?entity=organisations&entityId=${org.id}`)).json();
    expect(entries.total).toBe(1);
    expect(entries.items[0]).toMatchObject({
      action: 'update',
      actorUsername: 'chicuc',
      adminUnitName: 'Phường Tô Hiệu',
      before: expect.objectContaining({ phone: null }),
      after: expect.objectContaining({ phone: '0212 3852 000' }),
    });

    const user = (await c.get('/api/users?q=tyt-'))
      .json()
      .items.find((u: { username: string }) => u.username !== 'tyt-03646');
    await c.post(`/api/users/${user.id}/reset-password`, { password: 'MatKhauMoi@789' });
    const userEntries = (await c.get(`/api/audit?entity=users&entityId=${user.id}`)).json().items;
    const update = userEntries.find((e: { action: string }) => e.action === 'update');
    expect(update.after.password_hash).toBe('(đã thay đổi)');
    expect(JSON.stringify(userEntries)).not.toContain('$argon2');
  });

  it('records sign-ins and failed attempts under the user’s unit', async () => {
    await t.anonymous().post('/api/auth/login', { username: 'tyt-03646', password: 'sai' });
    const c = await t.as('chicuc');
    const res = (await c.get('/api/audit?user=tyt-03646')).json().items;
    expect(res.map((e: { action: string }) => e.action)).toContain('login_failed');
  });

  it('filters by unit subtree and dates, and shows nothing of another province', async () => {
    const admin = await t.as('admin');
    const laiChau = (await admin.get('/api/organisations?province=12&kind=population_office')).json()
      .items[0];
    await admin.patch(`/api/organisations/${laiChau.id}`, { version: laiChau.version, phone: '0213 000' });
    const c = await t.as('chicuc');
    const mine = (await c.get('/api/audit?entity=organisations&pageSize=200')).json().items;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e: { provinceCode: string }) => e.provinceCode === '14')).toBe(true);
    expect((await admin.get(`/api/audit?entityId=${laiChau.id}`)).json().total).toBe(1);
    expect(
      (await admin.get(`/api/audit?entityId=${laiChau.id}&from=2000-01-01&to=2000-12-31`)).json().total,
    ).toBe(0);
    const province = (await c.get('/api/admin-units?level=province')).json().items[0];
    const commune = (await c.get('/api/admin-units?parent=14&q=to%20hieu')).json().items[0];
    const inCommune = (await c.get(`/api/audit?unit=${commune.id}`)).json().items;
    expect(inCommune.every((e: { adminUnitName: string }) => e.adminUnitName === 'Phường Tô Hiệu')).toBe(
      true,
    );
    expect((await c.get(`/api/audit?unit=${province.id}`)).json().total).toBeGreaterThanOrEqual(
      inCommune.length,
    );
  });

  it('is closed to leaders, reporters and inspectors', async () => {
    for (const u of ['lanhdao', 'tyt-03646', 'thanhtra']) {
      expect((await (await t.as(u)).get('/api/audit')).statusCode).toBe(403);
    }
  });

  it('filters by every audited kind: a table, or events by their action', async () => {
    const admin = await t.as('admin');
    const c = await t.as('chicuc');
    await c.get('/api/me');
    const signIns = (await admin.get('/api/audit?entity=action:login&pageSize=200')).json();
    expect(signIns.total).toBeGreaterThan(0);
    for (const e of signIns.items)
      expect(['login', 'logout', 'login_failed', 'password_changed']).toContain(e.action);
    const plans = (await admin.get('/api/audit?entity=plans&pageSize=200')).json();
    expect(plans.total).toBeGreaterThan(0);
    expect(new Set(plans.items.map((e: { entity: string }) => e.entity))).toEqual(new Set(['plans']));
    expect(
      (await admin.get('/api/audit?entity=action:download'))
        .json()
        .items.every((e: { action: string }) => e.action === 'download'),
    ).toBe(true);
  });
});
