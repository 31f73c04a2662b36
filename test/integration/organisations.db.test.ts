import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANISATION_KIND_LEVELS, type OrganisationKind } from '../../src/shared/organisation-kinds.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { xlsxOf } from '../helpers/xlsx.ts';

// Organisations managed in the app (issue 14 item 5): the kind fits the unit's level, a name never
// names another province, an organisation never moves to another province, bulk import all or
// nothing, and a province administrator kept to its province.

let t: TestApp;
let sonLa: number;
let laiChau: number;
let toHieu: number;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.as('admin');
  sonLa = (await admin.get('/api/admin-units?level=province&q=son%20la')).json().items[0].id;
  laiChau = (await admin.get('/api/admin-units?level=province&q=lai%20chau')).json().items[0].id;
  toHieu = (await admin.get('/api/admin-units?province=14&q=to%20hieu')).json().items[0].id;
});
afterAll(() => t.close());

const issue = (res: { json(): { issues: { path: unknown[]; message: string }[] } }) => res.json().issues[0];

describe('organisations', () => {
  it('every demo organisation sits at a level its kind allows (the rule table fits real data)', async () => {
    const items = (await (await t.as('admin')).get('/api/organisations?includeInactive=true')).json().items;
    const units = new Map<number, string>();
    for (const o of items as { kind: OrganisationKind; adminUnitId: number; name: string }[]) {
      if (!units.has(o.adminUnitId))
        units.set(
          o.adminUnitId,
          (await (await t.as('admin')).get(`/api/admin-units/${o.adminUnitId}`)).json().level,
        );
      expect(ORGANISATION_KIND_LEVELS[o.kind], o.name).toContain(units.get(o.adminUnitId));
    }
  });

  it('refuses a kind at a level it does not sit at, naming the field', async () => {
    const admin = await t.as('admin');
    const station = await admin.post('/api/organisations', {
      name: 'Trạm Y tế tỉnh',
      kind: 'commune_health_station',
      adminUnitId: sonLa,
    });
    expect(station.statusCode).toBe(400);
    expect(issue(station).path).toEqual(['kind']);
    expect(issue(station).message).toContain('"Trạm Y tế" chỉ đặt ở địa bàn xã, phường');
    const so = await admin.post('/api/organisations', {
      name: 'Sở Tài chính',
      kind: 'finance_department',
      adminUnitId: toHieu,
    });
    expect(issue(so).path).toEqual(['kind']);
    const ok = await admin.post('/api/organisations', {
      name: 'Sở Tài chính tỉnh Sơn La',
      kind: 'finance_department',
      adminUnitId: sonLa,
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('never attaches an organisation to another province: by name, by moving it, by its parent', async () => {
    const admin = await t.as('admin');
    const wrong = await admin.post('/api/organisations', {
      name: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      kind: 'people_committee',
      adminUnitId: sonLa,
    });
    expect(wrong.statusCode).toBe(400);
    expect(issue(wrong).path).toEqual(['name']);
    expect(issue(wrong).message).toContain('Tỉnh Sơn La');
    const made = (
      await admin.post('/api/organisations', {
        name: 'Sở Nội vụ tỉnh Sơn La',
        kind: 'home_affairs_department',
        adminUnitId: sonLa,
      })
    ).json();
    const moved = await admin.patch(`/api/organisations/${made.id}`, {
      version: made.version,
      adminUnitId: laiChau,
    });
    expect(moved.statusCode).toBe(400);
    expect(issue(moved).path).toEqual(['adminUnitId']);
    const lcOrg = (await admin.get('/api/organisations?province=12')).json().items[0].id;
    const parent = await admin.patch(`/api/organisations/${made.id}`, {
      version: made.version,
      parentId: lcOrg,
    });
    expect(issue(parent).path).toEqual(['parentId']);
  });

  it('keeps a province administrator to its own province', async () => {
    const qt = await t.as('quantri-sonla');
    const own = await qt.post('/api/organisations', {
      name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La',
      kind: 'culture_department',
      adminUnitId: sonLa,
    });
    expect(own.statusCode, own.body).toBe(201);
    const other = await qt.post('/api/organisations', {
      name: 'Công an tỉnh Lai Châu',
      kind: 'provincial_police',
      adminUnitId: laiChau,
    });
    expect(other.statusCode).toBe(400);
    expect(issue(other).path).toEqual(['adminUnitId']);
    const lcOrg = (await (await t.as('admin')).get('/api/organisations?province=12')).json().items[0];
    expect(
      (await qt.patch(`/api/organisations/${lcOrg.id}`, { version: lcOrg.version, phone: '1' })).statusCode,
    ).toBe(404);
    expect((await qt.get('/api/organisations?province=12')).json().items).toEqual([]);
  });

  it('imports organisations all or nothing, naming the rows', async () => {
    const admin = await t.as('admin');
    const heading = ['Tên cơ quan', 'Loại', 'Địa bàn', 'Cơ quan chủ quản'];
    const upload = async (rows: string[][]) =>
      admin.post('/api/organisations/import', {
        fileName: 'co-quan.xlsx',
        contentBase64: (await xlsxOf(rows)).toString('base64'),
      });
    const bad = await upload([
      heading,
      ['Công an tỉnh Sơn La', 'Công an tỉnh', 'Tỉnh Sơn La', ''],
      ['Trạm Y tế ở tỉnh', 'Trạm Y tế', '14', ''],
      ['Ủy ban nhân dân tỉnh Lạng Sơn', 'Ủy ban nhân dân', '14', ''],
      ['Hội Chữ thập đỏ', 'Khác', 'Tỉnh Không Có', ''],
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { path: unknown[] }) => i.path)).toEqual([
      ['line', 3, 'Loại'],
      ['line', 4, 'Tên cơ quan'],
      ['line', 5, 'Địa bàn'],
    ]);
    expect((await admin.get('/api/organisations?q=cong%20an%20tinh%20son%20la')).json().items).toEqual([]);
    const ok = await upload([
      heading,
      ['Công an tỉnh Sơn La', 'Công an tỉnh', 'Tỉnh Sơn La', ''],
      ['Phòng Cảnh sát hành chính', 'khác', '14', 'Công an tỉnh Sơn La'],
    ]);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().created).toBe(2);
    const child = (await admin.get('/api/organisations?q=canh%20sat%20hanh%20chinh')).json().items[0];
    expect(child.parentName).toBe('Công an tỉnh Sơn La');
  });
});
