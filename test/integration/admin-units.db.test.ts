import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVi } from '../../src/shared/text/index.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('administrative units of Sơn La', () => {
  it('lists the 75 current communes and wards under province 14, in Vietnamese order', async () => {
    const c = await t.as('tyt-03646');
    const res = await c.get('/api/admin-units?parent=14&level=commune');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      name: string;
      shortName: string;
      code: string;
      validTo: string | null;
    }[];
    expect(items).toHaveLength(75);
    expect(items.every((u) => u.validTo === null)).toBe(true);
    const names = items.map((u) => u.shortName);
    expect(names).toEqual([...names].sort(compareVi));
    expect(items.find((u) => u.code === '03646')?.name).toBe('Phường Tô Hiệu');
  });

  it('gives every current commune its Trạm Y tế', async () => {
    const c = await t.as('chicuc');
    const communes = (await c.get('/api/admin-units?parent=14&level=commune')).json().items as {
      id: number;
    }[];
    const stations = (await c.get('/api/organisations?province=14&kind=commune_health_station')).json()
      .items as { adminUnitId: number; name: string }[];
    expect(stations).toHaveLength(75);
    expect(new Set(stations.map((s) => s.adminUnitId))).toEqual(new Set(communes.map((u) => u.id)));
    expect(stations.every((s) => s.name.startsWith('Trạm Y tế '))).toBe(true);
  });

  it('finds a commune without accents', async () => {
    const c = await t.as('tyt-03646');
    const res = await c.get(`/api/admin-units?q=${encodeURIComponent('chieng sinh')}&level=commune`);
    const names = res.json().items.map((u: { name: string }) => u.name);
    expect(names).toContain('Phường Chiềng Sinh');
    expect(names.every((n: string) => n.includes('Chiềng Sinh'))).toBe(true);
  });

  it('keeps the 200 former communes and their districts, linked to their successors', async () => {
    const c = await t.as('chicuc');
    const old = (await c.get('/api/admin-units?province=14&level=commune&at=2025-06-30')).json().items as {
      id: number;
      successorIds: number[];
      validTo: string;
    }[];
    expect(old).toHaveLength(200);
    expect(old.every((u) => u.validTo === '2025-06-30' && u.successorIds.length >= 1)).toBe(true);
    const districts = (await c.get('/api/admin-units?parent=14&level=district&at=2025-06-30')).json().items;
    expect(districts).toHaveLength(12);
    const detail = (await c.get(`/api/admin-units/${old[0].id}`)).json();
    expect(detail.ancestors.map((a: { level: string }) => a.level)).toEqual(['province', 'district']);
    expect(detail.successors.length).toBeGreaterThan(0);
    const successor = (await c.get(`/api/admin-units/${detail.successors[0].id}`)).json();
    expect(successor.predecessors.map((p: { id: number }) => p.id)).toContain(old[0].id);
  });

  it('keeps Tam Đường as it was in 2020, under Lai Châu', async () => {
    const admin = await t.as('admin');
    const units = (await admin.get('/api/admin-units?parent=106&at=2020-06-01')).json().items;
    expect(units.length).toBeGreaterThanOrEqual(13);
    expect(units.every((u: { provinceCode: string }) => u.provinceCode === '12')).toBe(true);
  });

  it('shows a Sơn La user nothing of another province', async () => {
    const c = await t.as('tyt-03646');
    expect((await c.get('/api/admin-units?province=12')).json().items).toEqual([]);
    expect((await c.get('/api/admin-units?parent=106&at=2020-06-01')).json().items).toEqual([]);
    const admin = await t.as('admin');
    const laiChau = (await admin.get('/api/admin-units?parent=12&includeExpired=true')).json().items[0];
    expect((await c.get(`/api/admin-units/${laiChau.id}`)).statusCode).toBe(404);
    const search = (await c.get('/api/admin-units?q=tam%20duong&includeExpired=true')).json().items;
    expect(search.every((u: { provinceCode: string }) => u.provinceCode === '14')).toBe(true);
  });
});

describe('villages', () => {
  it('lets a province officer add and rename a village, refusing stale saves', async () => {
    const c = await t.as('chicuc');
    const commune = (await c.get('/api/admin-units?parent=14&q=to%20hieu')).json().items[0];
    const created = await c.post('/api/admin-units', {
      parentId: commune.id,
      name: '  Bản   Mé ',
      type: 'bản',
    });
    expect(created.statusCode).toBe(201);
    const village = created.json();
    expect(village).toMatchObject({
      name: 'Bản Mé',
      shortName: 'Mé',
      level: 'village',
      parentId: commune.id,
      code: null,
    });
    const dup = await c.post('/api/admin-units', { parentId: commune.id, name: 'bản mé', type: 'bản' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().issues[0].path).toEqual(['name']);

    const renamed = await c.patch(`/api/admin-units/${village.id}`, {
      version: village.version,
      name: 'Mé',
      type: 'tổ dân phố',
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().name).toBe('Tổ dân phố Mé');
    const stale = await c.patch(`/api/admin-units/${village.id}`, { version: village.version, name: 'Khác' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    const children = (await c.get(`/api/admin-units?parentId=${commune.id}`)).json().items;
    expect(children.map((u: { name: string }) => u.name)).toEqual(['Tổ dân phố Mé']);
  });

  it('refuses official units as edit targets and villages under a district', async () => {
    const c = await t.as('chicuc');
    const commune = (await c.get('/api/admin-units?parent=14&q=to%20hieu')).json().items[0];
    const res = await c.patch(`/api/admin-units/${commune.id}`, { version: commune.version, name: 'X' });
    expect(res.statusCode).toBe(403);
    const district = (await c.get('/api/admin-units?parent=14&level=district&at=2025-06-30')).json().items[0];
    const bad = await c.post('/api/admin-units', { parentId: district.id, name: 'Bản X', type: 'bản' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toEqual(['parentId']);
  });
});
