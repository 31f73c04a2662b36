import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addSecondProvinceFixture,
  SECOND_PASSWORD,
  type SecondProvince,
} from '../helpers/second-province-fixture.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// The national level (issue 14): the national reader reads every province's issued plans and SRB,
// never a draft, writes only national things; the national page's figures are each province's own.

let t: TestApp;
let lc: SecondProvince;
beforeAll(async () => {
  t = await createTestApp();
  lc = await addSecondProvinceFixture(t);
});
afterAll(() => t.close());

describe('national page', () => {
  it("shows each province's SRB exactly as the province's own SRB page computes it", async () => {
    const overview = (await (await t.as('cucdanso')).get('/api/national/overview?year=2026')).json();
    const byCode = new Map(overview.provinces.map((p: { code: string }) => [p.code, p]));
    expect([...byCode.keys()]).toEqual(expect.arrayContaining(['14', '12']));
    for (const [code, officer, password] of [
      ['14', 'chicuc', undefined],
      ['12', lc.officer.username, SECOND_PASSWORD],
    ] as const) {
      const own = (await (await t.as(officer, password)).get('/api/srb/estimates?year=2026')).json();
      const parent = own.areas.find((a: { level: string }) => a.level === 'parent');
      expect(parent, code).toBeTruthy();
      expect((byCode.get(code) as { srb: unknown }).srb, code).toEqual(parent);
    }
    // The fixture's births: 2025 and 2026 of two communes, all counted.
    expect((byCode.get('12') as { srb: { births: number } }).srb.births).toBe(
      120 + 100 + 127 + 103 + 90 + 80 + 91 + 80,
    );
  });

  it('lists the provinces that issued their plan of the year, and a sent consolidated report', async () => {
    const reader = await t.as('cucdanso');
    const before = (await reader.get('/api/national/overview?year=2026')).json();
    const row = (code: string, o = before) => o.provinces.find((p: { code: string }) => p.code === code);
    expect(row('12').issuedPlan.id).toBe(lc.issuedPlan);
    expect(row('12').reportSentAt).toBeNull();
    expect(row('14').issuedPlan).not.toBeNull();
    const officer = await t.as(lc.officer.username, SECOND_PASSWORD);
    // A draft cannot be sent; another province's plan is not there at all.
    expect(
      (await officer.post(`/api/plans/${lc.draftPlan}/consolidated-report/send`, { year: 2026 })).statusCode,
    ).toBe(409);
    expect(
      (
        await (
          await t.as('chicuc')
        ).post(`/api/plans/${lc.issuedPlan}/consolidated-report/send`, { year: 2026 })
      ).statusCode,
    ).toBe(404);
    // A year outside the plan's period is not the plan's to report on.
    const outside = await officer.post(`/api/plans/${lc.issuedPlan}/consolidated-report/send`, {
      year: 2027,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().issues[0]).toEqual({
      path: ['year'],
      message: 'Năm 2027 nằm ngoài năm 2026 của kế hoạch.',
    });
    // Before it is sent, the report is the province's unpublished work: not there for Cục Dân số.
    const reportUrl = `/api/plans/${lc.issuedPlan}/consolidated-report?format=json&year=2026`;
    const unsent = await reader.get(reportUrl);
    expect(unsent.statusCode).toBe(404);
    expect(unsent.json().message).toBe(
      'Tỉnh chưa gửi báo cáo tổng hợp năm 2026 của kế hoạch này lên Cục Dân số.',
    );
    expect(row('12').report).toBeNull();
    const sent = await officer.post(`/api/plans/${lc.issuedPlan}/consolidated-report/send`, { year: 2026 });
    expect(sent.statusCode, sent.body).toBe(200);
    const after = (await reader.get('/api/national/overview?year=2026')).json();
    expect(row('12', after).reportSentAt).not.toBeNull();
    expect(row('12', after).report).toEqual({ planId: lc.issuedPlan, year: 2026, period: 1 });
    // Once sent, Cục Dân số reads the very report the province reads: the same figures, every unit.
    const own = (await officer.get(reportUrl)).json();
    const national = await reader.get(reportUrl);
    expect(national.statusCode, national.body).toBe(200);
    const { date: _d1, ...ownRest } = own;
    const { date: _d2, ...nationalRest } = national.json();
    expect(nationalRest).toEqual(ownRest);
    expect(own.sentToNational.sentBy).toBe(`Cán bộ ${lc.officer.username}`);
    const docx = await reader.get(`/api/plans/${lc.issuedPlan}/consolidated-report?format=docx&year=2026`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    // Another year, not sent: still not there.
    expect(
      (await reader.get(`/api/plans/${lc.issuedPlan}/consolidated-report?format=json&year=2025`)).statusCode,
    ).toBe(404);
    expect(after.figures.withReportSent).toBe(before.figures.withReportSent + 1);
    expect(after.figures.withIssuedPlan).toBe(
      after.provinces.filter((p: { issuedPlan: unknown }) => p.issuedPlan).length,
    );
  });

  it('is for the national reader and the system administrator only', async () => {
    for (const u of ['chicuc', 'lanhdao', 'tyt-03646', 'thanhtra'])
      expect((await (await t.as(u)).get('/api/national/overview?year=2026')).statusCode, u).toBe(403);
    expect((await (await t.as('admin')).get('/api/national/overview?year=2026')).statusCode).toBe(200);
  });
});

describe('national reader', () => {
  it('chooses among the enabled provinces on the SRB page; a province officer has only its own', async () => {
    for (const u of ['cucdanso', 'admin']) {
      const e = (await (await t.as(u)).get('/api/srb/estimates?province=12&year=2026')).json();
      expect(e.province.code, u).toBe('12');
      // Vietnamese alphabetical order: Lai Châu before Sơn La.
      expect(e.provinces.map((p: { code: string }) => p.code).slice(0, 2), u).toEqual(['12', '14']);
    }
    const own = (await (await t.as('chicuc')).get('/api/srb/estimates?province=12')).json();
    expect(own.province.code).toBe('14');
    expect(own.provinces).toEqual([{ code: '14', name: 'Tỉnh Sơn La' }]);
  });

  it("reads every province's issued plans and none of their drafts", async () => {
    const reader = await t.as('cucdanso');
    expect((await reader.get(`/api/plans/${lc.issuedPlan}`)).statusCode).toBe(200);
    expect((await reader.get(`/api/plans/${lc.draftPlan}`)).statusCode).toBe(404);
    const items = (await reader.get('/api/plans')).json().items as {
      id: string;
      status: string;
      provinceCode: string;
    }[];
    expect(items.map((p) => p.id)).toContain(lc.issuedPlan);
    expect(items.filter((p) => p.status === 'draft')).toEqual([]);
    expect(new Set(items.map((p) => p.provinceCode))).toEqual(new Set(['14', '12']));
  });

  it("reads any province's SRB down to its communes", async () => {
    const reader = await t.as('cucdanso');
    const e = (await reader.get('/api/srb/estimates?province=12&year=2026')).json();
    expect(e.areas.map((a: { area_code: string }) => a.area_code).sort()).toEqual(['03388', '03390', '12']);
    expect((await reader.get('/api/srb/areas/03388?province=12')).statusCode).toBe(200);
  });

  it("changes nothing of a province's", async () => {
    const reader = await t.as('cucdanso');
    const plan = (await reader.get(`/api/plans/${lc.issuedPlan}`)).json();
    const writes = {
      revise: await reader.post(`/api/plans/${lc.issuedPlan}/revise`),
      update: await reader.put(`/api/plans/${lc.issuedPlan}`, {
        version: plan.version,
        content: plan.content,
      }),
      newPlan: await reader.post('/api/plans', { organisationId: lc.office, content: plan.content }),
      child: await reader.post(`/api/plans/${lc.issuedPlan}/children`, { organisationId: lc.station }),
      births: await reader.put('/api/births/monthly', {
        unitCode: lc.communes[0].code,
        year: 2026,
        month: 1,
        baseBatchId: null,
        counts: [{ birthOrder: '1', boys: 1, girls: 1 }],
      }),
      unit: await reader.post('/api/admin-units', {
        parentId: lc.communes[0].id,
        name: 'Bản Mới',
        type: 'bản',
      }),
      organisation: await reader.patch(`/api/organisations/${lc.office}`, { version: 1, phone: '1' }),
      send: await reader.post(`/api/plans/${lc.issuedPlan}/consolidated-report/send`, { year: 2026 }),
    };
    // A cascade to another province's body: refused naming the field.
    expect(writes.child.json().issues[0].path).toEqual(['organisationId']);
    const statuses = Object.fromEntries(Object.entries(writes).map(([k, r]) => [k, r.statusCode]));
    expect(statuses).toEqual({
      revise: 403,
      update: 403,
      newPlan: 400,
      child: 400,
      births: 403,
      unit: 403,
      organisation: 403,
      send: 403,
    });
  });

  it('writes the national targets, which the SRB pages then compare with', async () => {
    const reader = await t.as('cucdanso');
    const made = await reader.post('/api/national-targets', {
      year: 2026,
      indicator: 'srb',
      comparator: 'below',
      value: 108.5,
      unit: 'bé trai/100 bé gái',
      sourceDocument: 'Công văn thử của Cục Dân số',
    });
    expect(made.statusCode, made.body).toBe(201);
    const again = await reader.post('/api/national-targets', {
      ...(made.json() as object),
      id: undefined,
      version: undefined,
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().issues[0].path).toEqual(['indicator']);
    const srb = (await (await t.as('chicuc')).get('/api/srb/estimates')).json();
    expect(srb.nationalTargets).toContainEqual({ year: 2026, below: 108.5, verified: true });
    for (const u of ['chicuc', 'lanhdao'])
      expect(
        (await (await t.as(u)).patch(`/api/national-targets/${made.json().id}`, { version: 1, value: 120 }))
          .statusCode,
      ).toBe(403);
    const edited = await reader.patch(`/api/national-targets/${made.json().id}`, { version: 1, value: 108 });
    expect(edited.json().value).toBe(108);
  });

  it('writes its own national plans', async () => {
    const reader = await t.as('cucdanso');
    const me = (await reader.get('/api/me')).json();
    const source = (await reader.get(`/api/plans/${lc.issuedPlan}`)).json().content;
    const made = await reader.post('/api/plans', {
      organisationId: me.organisationId,
      content: {
        ...source,
        issuerOrganisationId: me.organisationId,
        issuerName: 'Cục Dân số',
        subject: 'Kế hoạch toàn quốc 2026',
        activities: [],
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().provinceCode).toBe('00');
    // …which no province reads while it is a draft.
    expect((await (await t.as('chicuc')).get(`/api/plans/${made.json().id}`)).statusCode).toBe(404);
  });
});

describe('national reader accounts', () => {
  it('belong to a national body only, and a national body holds no province role', async () => {
    const admin = await t.as('admin');
    const office = (await (await t.as('cucdanso')).get('/api/me')).json().organisationId;
    const account = (role: string, organisationId: string) =>
      admin.post('/api/users', {
        username: `tk-${Math.random().toString(36).slice(2, 8)}`,
        displayName: 'Tài khoản thử',
        password: 'Song-Da-2026-x',
        role,
        organisationId,
      });
    for (const [role, org] of [
      ['national_reader', lc.office],
      ['province_officer', office],
    ] as const) {
      const res = await account(role, org);
      expect(res.statusCode, role).toBe(400);
      expect(res.json().issues[0].path).toEqual(['organisationId']);
    }
    expect((await account('national_reader', office)).statusCode).toBe(201);
    // A province officer cannot make one at all (it stands level with them).
    const byOfficer = await (await t.as('chicuc')).post('/api/users', {
      username: 'tk-cuc',
      displayName: 'Tài khoản thử',
      password: 'Song-Da-2026-x',
      role: 'national_reader',
      organisationId: office,
    });
    expect(byOfficer.statusCode).toBe(403);
  });
});
