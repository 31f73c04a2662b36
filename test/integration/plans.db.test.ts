import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanContent, PlanDto, PlanSummaryDto } from '../../src/shared/contracts/plans.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function planOf(username: string, match: (p: PlanSummaryDto) => boolean): Promise<PlanDto> {
  const c = await t.as(username);
  const list = (await c.get('/api/plans')).json().items as PlanSummaryDto[];
  const summary = list.find(match);
  if (!summary) throw new Error(`no plan for ${username}`);
  return (await c.get(`/api/plans/${summary.id}`)).json();
}

const sonLa = () =>
  planOf(
    'chicuc',
    (p) => p.startYear === 2026 && p.organisationName === 'Sở Y tế tỉnh Sơn La' && p.status === 'issued',
  );

describe('the demo plans', () => {
  it('holds the Sơn La 2026 plan, issued, with its parts as data', async () => {
    const plan = await sonLa();
    const c = plan.content;
    expect(plan.status).toBe('issued');
    expect(c).toMatchObject({
      number: '246',
      symbol: 'KH-SYT',
      parentBodyName: 'UBND TỈNH SƠN LA',
      place: 'Sơn La',
    });
    expect(c.legalBases.map((b) => b.number)).toEqual(['855/QĐ-UBND', '1097/BYT-CDS']);
    expect(c.activities).toHaveLength(8);
    expect(c.responsibilities[2].children.map((r) => r.heading)).toContain('Chi cục Dân số tỉnh');
    expect(c.reporting).toMatchObject({
      deadline: '2026-12-05',
      throughName: 'Chi cục Dân số',
      toName: 'Sở Y tế',
    });
    expect(c.signature).toEqual({
      authority: 'KT.',
      authorityOf: 'GIÁM ĐỐC',
      positionLines: ['PHÓ GIÁM ĐỐC'],
      signerName: 'Nguyễn Hữu Hùng',
    });
    expect(c.recipients.at(-1)!.name).toBe('75 Trạm Y tế');
  });

  it('holds the Tam Đường 2020 plan with funding that adds up to 23.500.000 đồng', async () => {
    const plan = await planOf(
      'admin',
      (p) => p.startYear === 2020 && p.status === 'issued' && p.organisationName.startsWith('Ban Chỉ đạo'),
    );
    expect(plan.content.funding.total).toBe(23_500_000);
    expect(plan.content.funding.sources.map((s) => s.amount)).toEqual([8_500_000, 15_000_000]);
    const summary = (await (await t.as('admin')).get('/api/plans?year=2020'))
      .json()
      .items.find((p: PlanSummaryDto) => p.id === plan.id);
    expect(summary.budgetTotal).toBe(23_500_000);
    expect(plan.content.targets.find((x) => x.comparator === 'range')).toMatchObject({
      value: 104,
      valueMax: 106,
    });
    const children = (await (await t.as('admin')).get(`/api/plans/${plan.id}/children`)).json();
    expect(children.children).toHaveLength(5);
  });

  it('shows which communes have no plan under the province plan yet', async () => {
    const plan = await sonLa();
    const res = (await (await t.as('chicuc')).get(`/api/plans/${plan.id}/children`)).json();
    expect(res.children).toHaveLength(3);
    expect(res.withoutPlan).toHaveLength(72);
    expect(res.withoutPlan.map((u: { code: string }) => u.code)).not.toContain('03646');
  });
});

describe('editing', () => {
  it('round-trips both seed plans through their JSON form', async () => {
    for (const original of [
      await sonLa(),
      await planOf(
        'admin',
        (p) => p.startYear === 2020 && p.status === 'issued' && p.organisationName.startsWith('Ban Chỉ đạo'),
      ),
    ]) {
      const c = await t.as('admin');
      const copy: PlanContent = { ...original.content, number: null, issuedDate: null };
      const created = await c.post('/api/plans', { organisationId: original.organisationId, content: copy });
      expect(created.statusCode, created.body).toBe(201);
      const back = (await c.get(`/api/plans/${created.json().id}`)).json() as PlanDto;
      expect(back.content).toEqual(copy);
      // The relational projection agrees with the content: same activities, same budget.
      const summary = ((await c.get('/api/plans')).json().items as PlanSummaryDto[]).find(
        (p) => p.id === back.id,
      )!;
      const originalSummary = ((await c.get('/api/plans')).json().items as PlanSummaryDto[]).find(
        (p) => p.id === original.id,
      )!;
      expect([summary.activityCount, summary.budgetTotal]).toEqual([
        originalSummary.activityCount,
        originalSummary.budgetTotal,
      ]);
    }
  });

  it('keeps a plan copied by a province officer as it was written', async () => {
    const original = await sonLa();
    const c = await t.as('chicuc');
    const ccds = (await c.get('/api/organisations?q=chi%20cuc%20dan%20so&province=14')).json().items[0].id;
    const copy: PlanContent = {
      ...original.content,
      number: null,
      issuedDate: null,
      subject: `${original.content.subject} (bản sao)`,
    };
    const created = await c.post('/api/plans', { organisationId: ccds, content: copy });
    expect(created.statusCode).toBe(201);
    const back = (await c.get(`/api/plans/${created.json().id}`)).json() as PlanDto;
    expect(back.content).toEqual(copy);
    expect(back.status).toBe('draft');
  });

  it('refuses a stale save and keeps the first one', async () => {
    const c = await t.as('tyt-03679');
    const draft = await planOf('tyt-03679', (p) => p.status === 'draft');
    const first = await c.request({
      method: 'PUT',
      url: `/api/plans/${draft.id}`,
      payload: { version: draft.version, content: { ...draft.content, preamble: 'Bản của người thứ nhất' } },
    });
    expect(first.statusCode).toBe(200);
    const second = await c.request({
      method: 'PUT',
      url: `/api/plans/${draft.id}`,
      payload: { version: draft.version, content: { ...draft.content, preamble: 'Bản của người thứ hai' } },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('CONFLICT');
    expect((await c.get(`/api/plans/${draft.id}`)).json().content.preamble).toBe('Bản của người thứ nhất');
  });

  it('names every rule a plan breaks before it can be issued', async () => {
    const c = await t.as('tyt-03664');
    const draft = await planOf('tyt-03664', (p) => p.status === 'draft');
    const broken: PlanContent = {
      ...draft.content,
      number: null,
      funding: {
        text: null,
        sources: [{ key: 'ns', name: 'Ngân sách xã', amount: 1_000_000 }],
        total: 2_000_000,
      },
      activities: [
        {
          ...draft.content.activities[0],
          leadOrganisationId: null,
          leadName: null,
          start: '2025-12-01',
          children: [],
          budgetLines: [
            {
              id: crypto.randomUUID(),
              item: 'Loa',
              sourceKey: 'ns',
              quantity: 2,
              unitCost: 300_000,
              amount: 500_000,
            },
          ],
        },
      ],
    };
    const saved = await c.request({
      method: 'PUT',
      url: `/api/plans/${draft.id}`,
      payload: { version: draft.version, content: broken },
    });
    expect(saved.statusCode).toBe(200);
    const issues = (await c.get(`/api/plans/${draft.id}/validation`)).json().issues as {
      path: (string | number)[];
      message: string;
    }[];
    const messages = issues.map((i) => i.message).join('\n');
    expect(messages).toContain('chưa có đơn vị chủ trì');
    expect(messages).toContain('nằm ngoài năm 2026');
    expect(messages).toContain('2 × 300.000 đồng không bằng 500.000 đồng');
    expect(messages).toContain('Tổng kinh phí 2.000.000 đồng không bằng tổng các nguồn 1.000.000 đồng');
    expect(messages).toContain(
      'Các dòng kinh phí của hoạt động cộng lại 500.000 đồng, khác tổng kinh phí 2.000.000 đồng',
    );
    expect(issues.find((i) => i.message.includes('chủ trì'))!.path).toEqual([
      'content',
      'activities',
      0,
      'leadOrganisationId',
    ]);
    const issue = await c.post(`/api/plans/${draft.id}/issue`, { version: saved.json().version });
    expect(issue.statusCode).toBe(400);
    expect(issue.json().issues.map((i: { path: string[] }) => i.path.join('.'))).toContain('content.number');
  });
});

describe('lifecycle', () => {
  it('issues, locks, revises as a new version and supersedes the old one', async () => {
    const c = await t.as('tyt-03646');
    const issued = await planOf(
      'tyt-03646',
      (p) => p.status === 'issued' && p.organisationName.includes('Tô Hiệu'),
    );
    const locked = await c.request({
      method: 'PUT',
      url: `/api/plans/${issued.id}`,
      payload: { version: issued.version, content: issued.content },
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('INVALID_STATE');

    const revision = await c.post(`/api/plans/${issued.id}/revise`);
    expect(revision.statusCode).toBe(201);
    const draft = revision.json() as PlanDto;
    expect(draft).toMatchObject({ status: 'draft', revision: 2, previousRevisionId: issued.id });
    expect(draft.content.activities.map((a) => a.id)).toEqual(issued.content.activities.map((a) => a.id));
    expect((await c.post(`/api/plans/${issued.id}/revise`)).statusCode).toBe(409);

    const numbered = await c.request({
      method: 'PUT',
      url: `/api/plans/${draft.id}`,
      payload: {
        version: draft.version,
        content: { ...draft.content, number: '31', symbol: 'KH-TYT', issuedDate: '2026-06-01' },
      },
    });
    const done = await c.post(`/api/plans/${draft.id}/issue`, { version: numbered.json().version });
    expect(done.statusCode).toBe(200);
    expect((await c.get(`/api/plans/${issued.id}`)).json().status).toBe('superseded');
    const history = (await c.get(`/api/plans/${draft.id}/history`)).json().items;
    expect(history.map((h: PlanSummaryDto) => [h.revision, h.status])).toEqual([
      [2, 'issued'],
      [1, 'superseded'],
    ]);
  });
});

describe('cascade', () => {
  it('creates a commune plan that cites the province plan and inherits what falls to the commune', async () => {
    const parent = await sonLa();
    const c = await t.as('chicuc');
    const station = (await c.get('/api/organisations?q=tram%20y%20te%20phuong%20moc%20chau')).json().items[0];
    const res = await c.post(`/api/plans/${parent.id}/children`, { organisationId: station.id });
    expect(res.statusCode, res.body).toBe(201);
    const child = res.json() as PlanDto;
    expect(child.parentPlanId).toBe(parent.id);
    expect(child.content.legalBases[0]).toMatchObject({
      kind: 'Kế hoạch',
      number: '246/KH-SYT',
      planId: parent.id,
    });
    // Activities 1, 6 and 7 name every commune among their places; the others do not concern it.
    const inheritedFrom = child.content.activities.map((a) => a.inheritedFromId);
    expect(inheritedFrom).toEqual([
      parent.content.activities[0].id,
      parent.content.activities[5].id,
      parent.content.activities[6].id,
    ]);
    expect(child.content.activities.every((a) => a.id !== a.inheritedFromId)).toBe(true);
    expect(child.content.issuerName).toBe(station.name);
    expect(
      (await c.post(`/api/plans/${parent.id}/children`, { organisationId: station.id })).statusCode,
    ).toBe(409);
    const listed = (await c.get(`/api/plans/${parent.id}/children`)).json();
    expect(listed.children.map((x: PlanSummaryDto) => x.id)).toContain(child.id);
  });

  it('refuses a child plan from a draft or for an organisation outside the plan’s area', async () => {
    const c = await t.as('admin');
    const draft = await planOf('tyt-03679', (p) => p.status === 'draft');
    const anyStation = (await c.get('/api/organisations?kind=commune_health_station&province=14')).json()
      .items[0].id;
    expect((await c.post(`/api/plans/${draft.id}/children`, { organisationId: anyStation })).statusCode).toBe(
      409,
    );
    const parent = await sonLa();
    const laiChau = (await c.get('/api/organisations?province=12&kind=population_office')).json().items[0].id;
    const outside = await c.post(`/api/plans/${parent.id}/children`, { organisationId: laiChau });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().issues[0].path).toEqual(['organisationId']);
  });
});

describe('scope', () => {
  it('lets a commune read issued plans and its own drafts, never another commune’s draft', async () => {
    const me = await t.as('tyt-03646');
    const list = (await me.get('/api/plans')).json().items as PlanSummaryDto[];
    expect(list.some((p) => p.organisationName === 'Sở Y tế tỉnh Sơn La')).toBe(true);
    expect(
      list.filter((p) => p.status === 'draft').every((p) => p.organisationName.includes('Tô Hiệu')),
    ).toBe(true);
    const other = await planOf('tyt-03679', (p) => p.status === 'draft');
    expect((await me.get(`/api/plans/${other.id}`)).statusCode).toBe(404);
    expect(
      (
        await me.request({
          method: 'PUT',
          url: `/api/plans/${other.id}`,
          payload: { version: other.version, content: other.content },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('lets a commune edit only its own plan and leaders edit none', async () => {
    const parent = await sonLa();
    const me = await t.as('tyt-03646');
    expect((await me.post(`/api/plans/${parent.id}/revise`)).statusCode).toBe(403);
    const stationElsewhere = (
      await me.get('/api/organisations?q=tram%20y%20te%20phuong%20chieng%20sinh')
    ).json().items[0].id;
    const foreign = await me.post('/api/plans', {
      organisationId: stationElsewhere,
      content: { ...parent.content, number: null },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().issues[0].path).toEqual(['organisationId']);
    expect(
      (
        await (
          await t.as('lanhdao')
        ).post('/api/plans', { organisationId: stationElsewhere, content: parent.content })
      ).statusCode,
    ).toBe(403);
  });
});
