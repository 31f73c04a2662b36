import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanProgressDto } from '../../src/shared/contracts/activity-records.ts';
import type { BudgetDto } from '../../src/shared/contracts/budget.ts';
import {
  type PlanContent,
  type PlanDto,
  type PlanSummaryDto,
  planContent,
} from '../../src/shared/contracts/plans.ts';
import type { ReportCompletenessDto } from '../../src/shared/contracts/reports.ts';
import { committeePlanOf, planActivity } from '../helpers/committee-plan.ts';
import { docxParagraphs } from '../helpers/docx.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// A provincial People's Committee plan for 2022–2025, as such plans are written: activities across
// the years, a yearly reporting duty, per-year targets, a change target against 2021, a
// share-of-communes target and an annex — validated, issued, read per year and printed.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const id = () => crypto.randomUUID();

const activity = (title: string, start: string, end: string) => planActivity({ title, start, end });

function periodPlan(shareUnits: number[]): PlanContent {
  return committeePlanOf('Sơn La', {
    period: { start: 2022, end: 2025 },
    number: '112',
    issuedDate: '2022-04-15',
    subject: 'Thực hiện Đề án kiểm soát mất cân bằng giới tính khi sinh',
    legalBases: [],
    sections: undefined,
    targets: [
      {
        id: id(),
        indicator: 'Tỷ số giới tính khi sinh',
        comparator: 'lte',
        value: 111.2,
        unit: 'bé trai/100 bé gái',
        unitIds: [],
        byYear: [
          { year: 2022, value: 115 },
          { year: 2025, value: 111.2 },
        ],
      },
      {
        id: id(),
        kind: 'change',
        indicator: 'Tỷ số giới tính khi sinh',
        comparator: 'range',
        value: 0.3,
        valueMax: 0.5,
        unit: 'điểm',
        baselineYear: 2021,
        direction: 'decrease',
        unitIds: [],
      },
      {
        id: id(),
        kind: 'share',
        indicator: 'Xã, phường có câu lạc bộ',
        comparator: 'gte',
        value: 80,
        unit: '%',
        shareCondition: 'club',
        unitIds: shareUnits,
      },
    ],
    activities: [
      activity('Truyền thông nâng cao nhận thức', '2022-05-01', '2025-12-31'),
      activity('Hội nghị sơ kết giữa kỳ', '2023-11-01', '2023-11-30'),
    ],
    funding: {
      text: null,
      sources: [{ key: 'xhh', name: 'Nguồn xã hội hóa và các nguồn hợp pháp khác', amount: null }],
      total: null,
    },
    reporting: { period: 'year', deadline: '2022-12-05', toName: 'Ủy ban nhân dân tỉnh' },
    signature: {
      authority: 'TM.',
      authorityOf: 'Ủy ban nhân dân',
      positionLines: ['KT. Chủ tịch', 'Phó Chủ tịch'],
      signerName: 'Đặng Ngọc Hậu',
    },
    annexes: [
      {
        title: 'Chỉ tiêu theo năm',
        kind: 'table',
        landscape: false,
        items: [],
        columns: ['Năm', 'Tỷ số giới tính khi sinh'],
        rows: [
          ['2022', '≤ 115'],
          ['2025', '≤ 111,2'],
        ],
      },
    ],
  });
}

async function commune(code: string): Promise<{ id: number; name: string }> {
  const units = (
    await (await t.as('admin')).get(`/api/admin-units?province=14&level=commune&q=${code}`)
  ).json();
  const list = (units.items ?? units) as { id: number; code: string; name: string }[];
  return list.find((u) => u.code === code)!;
}

/** The province's SRB estimate of a year, as the SRB page reads it (one-year window). */
async function provinceSrb(year: number): Promise<number> {
  const r = (await (await t.as('admin')).get(`/api/srb/estimates?province=14&year=${year}&window=1`)).json();
  const parent = r.areas.find((a: { level: string }) => a.level === 'parent');
  return Math.round(parent.srb_est * 10) / 10;
}

describe('a 2022–2025 plan of the provincial People’s Committee', () => {
  let planId: string;

  it('refuses an activity outside the period, naming the activity and the period', async () => {
    const c = await t.as('admin');
    const ubnd = (
      await c.get('/api/organisations?q=uy%20ban%20nhan%20dan%20tinh%20son%20la&province=14')
    ).json().items[0];
    const content = periodPlan([]);
    content.activities.push(activity('Tổng kết giai đoạn', '2026-01-10', '2026-01-20'));
    const created = (await c.post('/api/plans', { organisationId: ubnd.id, content })).json() as PlanDto;
    const checks = (await c.get(`/api/plans/${created.id}/validation`)).json().issues as {
      message: string;
    }[];
    expect(checks.map((i) => i.message)).toEqual([
      'Hoạt động 3 “Tổng kết giai đoạn”: thời gian 10/01/2026 nằm ngoài giai đoạn 2022–2025 của kế hoạch.',
      'Hoạt động 3 “Tổng kết giai đoạn”: thời gian 20/01/2026 nằm ngoài giai đoạn 2022–2025 của kế hoạch.',
    ]);
  });

  it('is issued with activities across the years, offered as still running, and read per year', async () => {
    const c = await t.as('admin');
    const ubnd = (
      await c.get('/api/organisations?q=uy%20ban%20nhan%20dan%20tinh%20son%20la&province=14')
    ).json().items[0];
    const created = await c.post('/api/plans', { organisationId: ubnd.id, content: periodPlan([]) });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json() as PlanDto;
    planId = draft.id;
    expect(draft.content.period).toEqual({ start: 2022, end: 2025 });
    expect((await c.get(`/api/plans/${planId}/validation`)).json().issues).toEqual([]);
    const issued = await c.post(`/api/plans/${planId}/issue`, { version: draft.version });
    expect(issued.statusCode, issued.body).toBe(200);

    // Plans still running in 2024 include it (its period includes the year), not only 2024's plans.
    const in2024 = (await c.get('/api/plans?year=2024&status=issued')).json().items as PlanSummaryDto[];
    const mine = in2024.find((p) => p.id === planId)!;
    expect([mine.startYear, mine.endYear]).toEqual([2022, 2025]);
    expect((await c.get('/api/plans?year=2021')).json().items.map((p: PlanSummaryDto) => p.id)).not.toContain(
      planId,
    );

    // Progress per year: the year asked for, every year of the period offered; outside: refused by name.
    const p2023 = (await c.get(`/api/plans/${planId}/progress?year=2023`)).json() as PlanProgressDto;
    expect(p2023.year).toBe(2023);
    expect(p2023.years).toEqual([2022, 2023, 2024, 2025]);
    // Today (2026 or later) is after the period: the page opens on its last year.
    const byDefault = (await c.get(`/api/plans/${planId}/progress`)).json() as PlanProgressDto;
    expect(byDefault.year).toBe(2025);
    const outside = await c.get(`/api/plans/${planId}/progress?year=2026`);
    expect(outside.statusCode).toBe(400);
    expect(outside.body).toContain('Năm 2026 nằm ngoài giai đoạn 2022–2025 của kế hoạch.');

    // The per-year target: 2022 judged against its own value (115), 2025 against 111,2; 2023 not set → followed only.
    const target = (p: PlanProgressDto) => p.targets[0];
    const p2022 = (await c.get(`/api/plans/${planId}/progress?year=2022`)).json() as PlanProgressDto;
    expect(target(p2022).goal.value).toBe(115);
    expect(target(byDefault).goal.value).toBe(111.2);
    const srb2022 = await provinceSrb(2022);
    expect(target(p2022).actual).toBe(srb2022);
    expect(target(p2022).met).toBe(srb2022 <= 115);
    expect(target(p2023).met).toBeNull();

    // Budget per year: the selector's years and the chosen one.
    const budget = (await c.get(`/api/plans/${planId}/budget?year=2024`)).json() as BudgetDto;
    expect([budget.year, budget.years]).toEqual([2024, [2022, 2023, 2024, 2025]]);

    // Reports: a yearly report owed every year of the period, due 05/12 of that year.
    const r2024 = (
      await c.get(`/api/plans/${planId}/reports?period=1&year=2024`)
    ).json() as ReportCompletenessDto;
    expect(r2024.period).toMatchObject({ year: 2024, label: 'Năm 2024', due: '2024-12-05' });
    expect(r2024.years).toEqual([2022, 2023, 2024, 2025]);
    const summary = (await c.get(`/api/plans/${planId}/reporting-summary?year=2023`)).json();
    expect(summary.periods.map((x: { due: string }) => x.due)).toEqual(['2023-12-05']);
  });

  it('evaluates the change target as the fall since 2021, never against the SRB level', async () => {
    const c = await t.as('admin');
    const p = (await c.get(`/api/plans/${planId}/progress?year=2024`)).json() as PlanProgressDto;
    const change = p.targets[1];
    const [base, now] = [await provinceSrb(2021), await provinceSrb(2024)];
    const expected = Math.round(((base - now) / 3) * 100) / 100;
    expect(change.kind).toBe('change');
    expect(change.actual).toBe(expected);
    expect(change.actual).not.toBe(now);
    expect(change.met).toBe(expected >= 0.3);
    expect(change.goalText).toBe('giảm 0,3 – 0,5 điểm mỗi năm so với năm 2021');
    expect(change.formula).toContain(
      'Mức giảm mỗi năm = (giá trị năm 2021 − giá trị năm 2024) ÷ (2024 − 2021)',
    );
    expect(change.inputs.slice(0, 2)).toEqual([
      { label: 'Giá trị năm gốc 2021', value: base },
      { label: 'Giá trị năm 2024', value: now },
    ]);
    // The baseline year itself has no change to judge yet: "Chưa đủ dữ liệu", not a level compared.
    const plan = (await c.get(`/api/plans/${planId}`)).json() as PlanDto;
    expect(plan.content.targets[1].baselineYear).toBe(2021);
  });

  it('prints the period, the targets with their decimals, every source and the annex', async () => {
    const c = await t.as('admin');
    const p = await docxParagraphs((await c.get(`/api/plans/${planId}/export?format=docx`)).rawPayload);
    expect(p).toContain('Thực hiện Đề án kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2022–2025');
    expect(p).toContain(
      '- Tỷ số giới tính khi sinh: ≤ 111,2 bé trai/100 bé gái (năm 2022: ≤ 115 bé trai/100 bé gái; năm 2025: ≤ 111,2 bé trai/100 bé gái).',
    );
    expect(p).toContain('- Tỷ số giới tính khi sinh: giảm 0,3 – 0,5 điểm mỗi năm so với năm 2021.');
    expect(p).toContain('- Xã, phường có câu lạc bộ: ≥ 80 % số xã, phường có câu lạc bộ đang hoạt động.');
    // The source without an amount is listed all the same.
    expect(p.filter((x) => /^[-+] Nguồn xã hội hóa và các nguồn hợp pháp khác\.$/.test(x))).toHaveLength(1);
    expect(p).toContain('CHỈ TIÊU THEO NĂM');
    expect(p).toContain('≤ 111,2');
    const headings = p.filter((x) => /^[IVX]+\. /.test(x));
    for (const h of headings) expect(p[p.indexOf(h) + 1], h).not.toMatch(/^[IVX]+\. /);
  });
});

describe('a share-of-communes target', () => {
  it('is computed from the communes’ clubs: communes with an active club ÷ communes of the target × 100', async () => {
    const [a, b] = [await commune('03646'), await commune('03679')];
    const station = await t.as('tyt-03646');
    const made = await station.post('/api/clubs', {
      name: 'Câu lạc bộ Bạn gái tiêu biểu',
      members: 20,
      active: true,
    });
    expect(made.statusCode, made.body).toBe(201);
    const admin = await t.as('admin');
    const clubs = (await admin.get('/api/clubs')).json().items as {
      adminUnitName: string;
      active: boolean;
    }[];
    const withClub = [a, b].filter((u) => clubs.some((x) => x.active && x.adminUnitName === u.name)).length;
    expect(withClub).toBeGreaterThanOrEqual(1);

    const ubnd = (
      await admin.get('/api/organisations?q=uy%20ban%20nhan%20dan%20tinh%20son%20la&province=14')
    ).json().items[0];
    const content = { ...periodPlan([a.id, b.id]), period: { start: 2025, end: 2027 }, reporting: null };
    content.activities = [activity('Truyền thông', '2026-01-01', '2026-12-31')];
    const created = (await admin.post('/api/plans', { organisationId: ubnd.id, content })).json() as PlanDto;
    const p = (await admin.get(`/api/plans/${created.id}/progress?year=2026`)).json() as PlanProgressDto;
    const share = p.targets[2];
    expect(share.kind).toBe('share');
    expect(share.inputs.map((x) => x.value)).toEqual([withClub, 2]);
    expect(share.actual).toBe(Math.round((1000 * withClub) / 2) / 10);
    expect(share.met).toBe((100 * withClub) / 2 >= 80);
    expect(share.formula).toContain('÷ số xã, phường của địa bàn × 100');
  });
});

describe('plans and their JSON from before periods', () => {
  it('every demo plan loads, validates and exports as before, and its JSON with the old `year` still reads', async () => {
    const c = await t.as('admin');
    const plans = (await c.get('/api/plans')).json().items as PlanSummaryDto[];
    for (const s of plans.filter((x) => x.isDemo)) {
      const plan = (await c.get(`/api/plans/${s.id}`)).json() as PlanDto;
      // Migrated: a yearly plan is the one-year period, in the row and in the content.
      expect(plan.content.period).toEqual({ start: s.startYear, end: s.endYear });
      expect(s.startYear).toBe(s.endYear);
      expect('year' in plan.content).toBe(false);
      // Its JSON as written before periods reads as the same plan.
      const { period, ...rest } = plan.content;
      const legacy = planContent.parse({ ...rest, year: period.start });
      expect(legacy).toEqual(planContent.parse(plan.content));
      expect((await c.get(`/api/plans/${s.id}/validation`)).statusCode).toBe(200);
      expect((await c.get(`/api/plans/${s.id}/export?format=docx`)).statusCode).toBe(200);
    }
  });

  it('reads a year written "2022-2025" or "2022–2025" as the period, and refuses one it cannot read by name', () => {
    const base = periodPlan([]);
    const { period: _p, ...rest } = base;
    expect(planContent.parse({ ...rest, year: '2022-2025' }).period).toEqual({ start: 2022, end: 2025 });
    expect(planContent.parse({ ...rest, year: '2022–2025' }).period).toEqual({ start: 2022, end: 2025 });
    expect(planContent.parse({ ...rest, year: 2026 }).period).toEqual({ start: 2026, end: 2026 });
    const bad = planContent.safeParse({ ...rest, year: 'hai năm' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toContain('period');
  });
});
