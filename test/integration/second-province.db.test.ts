import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/server/access/principal.ts';
import { rows } from '../../src/server/db/tx.ts';
import { createUser } from '../../src/server/modules/users/users.service.ts';
import type { PlanDto } from '../../src/shared/contracts/plans.ts';
import type { SrbEstimatesDto } from '../../src/shared/contracts/srb.ts';
import { committeePlan } from '../helpers/committee-plan.ts';
import { addSecondProvince, SECOND_PROVINCE } from '../helpers/second-province.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// A second real province, Lạng Sơn, added with the product's own service, and the programme's
// whole loop run there: a plan issued by its UBND tỉnh, cascaded to a commune, births under old
// and new commune codes, SRB, and the commune's report.

let t: TestApp;
const PASSWORD = 'Lang-Son@2026-kiem-thu';
const count = async (table: 'admin_units' | 'admin_unit_successors' | 'organisations' | 'app_meta') =>
  (await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]
    .n;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const orgOf = async (name: string) => {
  const items = (
    await (await t.as('admin')).get(`/api/organisations?province=20&q=${encodeURIComponent(name)}`)
  ).json().items as { id: string; name: string; adminUnitId: number }[];
  const found = items.find((o) => o.name === name);
  if (!found) throw new Error(`no organisation ${name}`);
  return found;
};

describe('adding Lạng Sơn', () => {
  it('loads its 65 communes and wards, each with its UBND and Trạm Y tế, and the provincial bodies', async () => {
    const first = await addSecondProvince(t);
    expect(first).toMatchObject({ code: '20', name: 'Tỉnh Lạng Sơn', changed: true });
    expect(first.organisations).toBe(5 + 2 * SECOND_PROVINCE.communes);
    const admin = await t.as('admin');
    const communes = (await admin.get('/api/admin-units?parent=20&level=commune')).json().items as {
      id: number;
    }[];
    expect(communes).toHaveLength(65);
    const stations = (await admin.get('/api/organisations?province=20&kind=commune_health_station')).json()
      .items as { adminUnitId: number; name: string }[];
    expect(new Set(stations.map((s) => s.adminUnitId))).toEqual(new Set(communes.map((c) => c.id)));
    expect(stations.map((s) => s.name)).toContain('Trạm Y tế phường Đông Kinh');
    for (const name of [
      'Ủy ban nhân dân tỉnh Lạng Sơn',
      'Sở Y tế tỉnh Lạng Sơn',
      'Chi cục Dân số tỉnh Lạng Sơn',
      'Trung tâm Kiểm soát bệnh tật tỉnh Lạng Sơn',
      'Bệnh viện Đa khoa tỉnh Lạng Sơn',
    ])
      await orgOf(name);
  });

  it('changes nothing when added again', async () => {
    const before = await Promise.all(
      (['admin_units', 'admin_unit_successors', 'organisations', 'app_meta'] as const).map(count),
    );
    const again = await addSecondProvince(t);
    expect(again).toMatchObject({ units: 0, successors: 0, organisations: 0, changed: false });
    const after = await Promise.all(
      (['admin_units', 'admin_unit_successors', 'organisations', 'app_meta'] as const).map(count),
    );
    expect(after).toEqual(before);
  });

  it('keeps its former communes linked to their successors', async () => {
    const admin = await t.as('admin');
    const old = (await admin.get('/api/admin-units?province=20&level=commune&at=2025-06-30')).json()
      .items as { code: string; successorIds: number[] }[];
    expect(old.length).toBeGreaterThan(190);
    expect(old.every((u) => u.successorIds.length >= 1)).toBe(true);
    const districts = (await admin.get('/api/admin-units?parent=20&level=district&at=2025-06-30')).json()
      .items;
    expect(districts).toHaveLength(11);
  });
});

describe('the programme in Lạng Sơn', () => {
  let officer: string;
  let station: string;
  let planId: string;
  const communeCodes: string[] = [];

  beforeAll(async () => {
    const ccds = await orgOf('Chi cục Dân số tỉnh Lạng Sơn');
    const tyt = await orgOf('Trạm Y tế phường Đông Kinh');
    const system = systemPrincipal('kiểm thử');
    officer = (
      await createUser(t.database.db, system, {
        username: 'chicuc-ls',
        displayName: 'Cán bộ Chi cục Dân số Lạng Sơn',
        role: 'province_officer',
        organisationId: ccds.id,
        password: PASSWORD,
      })
    ).username;
    station = (
      await createUser(t.database.db, system, {
        username: 'tyt-05977',
        displayName: 'Cán bộ dân số Trạm Y tế phường Đông Kinh',
        role: 'reporter',
        organisationId: tyt.id,
        password: PASSWORD,
      })
    ).username;
  });

  it('issues a plan of the UBND tỉnh and cascades it to a commune', async () => {
    const c = await t.as(officer, PASSWORD);
    const ubnd = await orgOf('Ủy ban nhân dân tỉnh Lạng Sơn');
    // Its activity takes place in every commune and ward of the province.
    const communes = (await c.get('/api/admin-units?parent=20&level=commune')).json().items as {
      id: number;
      code: string;
    }[];
    communeCodes.push(...communes.map((u) => u.code));
    const content = committeePlan(communes.map((u) => u.id));
    const created = await c.post('/api/plans', { organisationId: ubnd.id, content });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json() as PlanDto;
    // It cites its own Chi cục Dân số and Sở Y tế for the reports: organisations of Lạng Sơn.
    const ccds = await orgOf('Chi cục Dân số tỉnh Lạng Sơn');
    const syt = await orgOf('Sở Y tế tỉnh Lạng Sơn');
    expect(draft.content.reporting).toBeNull();
    const withDuty = await c.put(`/api/plans/${draft.id}`, {
      version: draft.version,
      content: {
        ...draft.content,
        reporting: {
          deadline: '2026-12-05',
          period: 'year',
          throughOrganisationId: ccds.id,
          throughName: 'Chi cục Dân số',
          toOrganisationId: syt.id,
          toName: 'Sở Y tế',
          text: 'Các đơn vị báo cáo kết quả về Sở Y tế trước ngày 05/12/2026 (qua Chi cục Dân số).',
        },
      },
    });
    expect(withDuty.statusCode, withDuty.body).toBe(200);
    draft.version = withDuty.json().version;
    const issued = await c.post(`/api/plans/${draft.id}/issue`, { version: draft.version });
    expect(issued.statusCode, issued.body).toBe(200);
    planId = draft.id;

    const tyt = await orgOf('Trạm Y tế phường Đông Kinh');
    // "Chưa có kế hoạch": Lạng Sơn's own 65 communes, none of Sơn La's.
    const before = (await c.get(`/api/plans/${planId}/children`)).json() as {
      withoutPlan: { code: string }[];
    };
    expect(before.withoutPlan).toHaveLength(65);
    expect(new Set(before.withoutPlan.map((u) => u.code))).toEqual(new Set(communeCodes));
    const child = await c.post(`/api/plans/${planId}/children`, { organisationId: tyt.id });
    expect(child.statusCode, child.body).toBe(201);
    const mine = (await (await t.as(station, PASSWORD)).get('/api/plans')).json().items as {
      id: string;
      parentPlanId: string | null;
      organisationName: string;
    }[];
    expect(mine.find((p) => p.id === child.json().id)).toMatchObject({
      parentPlanId: planId,
      organisationName: 'Trạm Y tế phường Đông Kinh',
    });
    // Sơn La's officer sees nothing of it.
    const sonLa = (await (await t.as('chicuc')).get('/api/plans')).json().items as { id: string }[];
    expect(sonLa.map((p) => p.id)).not.toContain(planId);
  });

  it('rolls births under former commune codes up to their 2025 commune in its SRB', async () => {
    const c = await t.as(officer, PASSWORD);
    // 05980 (old Đông Kinh) and 05992 (Mai Pha), district 178 → the 2025 ward Đông Kinh (05977).
    const upload = await c.post('/api/births/imports', {
      fileName: 'sinh-lang-son.csv',
      contentBase64: Buffer.from(
        [
          'commune_code,year,month,birth_order,boys,girls',
          '05980,2024,3,1,100,95',
          '05992,2024,4,2,40,30',
          '05977,2026,2,1,60,50',
        ].join('\n'),
      ).toString('base64'),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const e = (await c.get('/api/srb/estimates?window=3')).json() as SrbEstimatesDto;
    expect(e.province).toEqual({ code: '20', name: 'Tỉnh Lạng Sơn' });
    const dongKinh = e.areas.find((a) => a.area_code === '05977');
    expect(dongKinh).toMatchObject({ boys: 200, girls: 175 });
    const districts = (await c.get('/api/srb/estimates?level=district&window=3')).json() as SrbEstimatesDto;
    expect(districts.areas.find((a) => a.area_code === '178')).toMatchObject({ boys: 200, girls: 175 });
    // Sơn La's officer still sees Sơn La.
    expect(
      ((await (await t.as('chicuc')).get('/api/srb/estimates')).json() as SrbEstimatesDto).province.code,
    ).toBe('14');
  });

  it('records the commune’s activity on the plan, and the province’s consolidated report counts it', async () => {
    const tyt = await t.as(station, PASSWORD);
    const plan = (await tyt.get(`/api/plans/${planId}`)).json() as PlanDto;
    const commune = (await tyt.get('/api/admin-units?parent=20&level=commune&q=Dong%20Kinh')).json()
      .items as { id: number; code: string }[];
    const recorded = await tyt.post('/api/activity-records', {
      planId,
      activityId: plan.content.activities[0].id,
      startDate: '2026-05-04',
      endDate: '2026-05-04',
      communeUnitId: commune.find((u) => u.code === '05977')!.id,
      participants: { total: 0 },
      outputs: [{ description: 'Tin phát trên loa truyền thanh', quantity: 4, unit: 'lượt' }],
      measures: { kind: 'media', items: [{ channel: 'loudspeaker', count: 4, minutes: 20 }] },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const report = (
      await (await t.as(officer, PASSWORD)).get(`/api/plans/${planId}/consolidated-report?format=json`)
    ).json();
    expect(report.activities.reduce((n: number, a: { records: number }) => n + a.records, 0)).toBe(1);
    expect(report.units.find((u: { name: string }) => u.name === 'Trạm Y tế phường Đông Kinh').records).toBe(
      1,
    );
    // Sơn La's officer reads none of it.
    expect((await (await t.as('chicuc')).get(`/api/activity-records/${recorded.json().id}`)).statusCode).toBe(
      404,
    );
  });

  it('lets the commune report on the province plan', async () => {
    const tyt = await t.as(station, PASSWORD);
    const opened = await tyt.post('/api/reports', { planId });
    expect(opened.statusCode, opened.body).toBeLessThan(300);
    const r = opened.json();
    const saved = await tyt.put(`/api/reports/${r.id}`, {
      version: r.version,
      results: 'Đã tổ chức 2 buổi truyền thông.',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const sent = await tyt.post(`/api/reports/${r.id}/submit`, { version: saved.json().version });
    expect(sent.statusCode, sent.body).toBe(200);
  });
});
