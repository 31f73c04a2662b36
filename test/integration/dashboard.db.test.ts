import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetDto } from '../../src/shared/contracts/budget.ts';
import type { LeadersDashboardDto } from '../../src/shared/contracts/dashboard.ts';
import type { FacilityFiguresDto } from '../../src/shared/contracts/facilities.ts';
import type { PlanContent } from '../../src/shared/contracts/plans.ts';
import type { ReportCompletenessDto } from '../../src/shared/contracts/reports.ts';
import type { SrbEstimatesDto } from '../../src/shared/contracts/srb.ts';
import { sonLaPlan2026 } from '../helpers/demo-plans.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// The leaders' dashboard of Sơn La's 2026 plan: every figure is the one its own page shows, and
// the alerts follow the data (an over-spend, a report waiting, units overdue, communes flagged).

let t: TestApp;
let planId: string;
let content: PlanContent;
beforeAll(async () => {
  t = await createTestApp();
  const chicuc = await t.as('chicuc');
  planId = await sonLaPlan2026(t);
  content = (await chicuc.get(`/api/plans/${planId}`)).json().content;
});
afterAll(() => t.close());

const dashboard = async (user = 'lanhdao', period = 1) => {
  const res = await (await t.as(user)).get(`/api/plans/${planId}/dashboard?period=${period}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as LeadersDashboardDto;
};

describe('leaders’ dashboard', () => {
  it('shows the same figures as the progress, reports, budget, facilities and SRB pages', async () => {
    const d = await dashboard();
    const leader = await t.as('lanhdao');
    expect(d.plan).toMatchObject({ id: planId, year: 2026, organisationName: 'Sở Y tế tỉnh Sơn La' });

    const progress = (await leader.get(`/api/plans/${planId}/progress`)).json() as {
      activities: { status: string; done: { records: number; participants: number } }[];
    };
    expect(d.progress.activities).toBe(progress.activities.length);
    expect(d.progress.done + d.progress.inProgress + d.progress.late + d.progress.notStarted).toBe(
      d.progress.activities,
    );
    expect(d.progress.done).toBe(
      progress.activities.filter((a) => a.status === 'done' || a.status === 'late_done').length,
    );
    expect(d.progress.doneRate).toBeCloseTo(d.progress.done / d.progress.activities, 10);
    expect(d.progress.records).toBe(progress.activities.reduce((s, a) => s + a.done.records, 0));
    expect(d.progress.records).toBeGreaterThan(0);

    const c = (await leader.get(`/api/plans/${planId}/reports`)).json() as ReportCompletenessDto;
    expect(d.reports).toMatchObject({
      periodLabel: 'Năm 2026',
      due: '2026-12-05',
      expected: c.expected,
      received: c.received,
      reportingRate: c.reportingRate,
    });

    const budget = (await leader.get(`/api/plans/${planId}/budget`)).json() as BudgetDto;
    expect(d.budget).toMatchObject({
      detailed: budget.detailed,
      allocated: budget.total.allocated,
      spent: budget.total.spent,
      byRecords: budget.reconciliation.byRecords,
      spentInWords: budget.spentInWords,
    });
    expect(d.budget.bySource.map((s) => s.key)).toEqual(content.funding.sources.map((s) => s.key));

    const f = (await leader.get('/api/facility-figures?year=2026')).json() as FacilityFiguresDto;
    expect(d.inspections).toMatchObject({
      planned: f.inspections.planned,
      done: f.inspections.done,
      violations: f.violations,
      fines: f.fines,
      commitmentRate: f.coverage.rate,
      commitmentGaps: f.coverage.lapsed + f.coverage.missing,
    });

    // The map beside it asks for the same view; its province figure is the dashboard's.
    expect(d.srb).not.toBeNull();
    const srb = (
      await leader.get(`/api/srb/estimates?level=commune&window=${d.srb!.window}&year=${d.srb!.endYear}`)
    ).json() as SrbEstimatesDto;
    const province = srb.areas.find((a) => a.level === 'parent')!;
    expect(d.srb).toMatchObject({ estimate: province.srb_est, births: province.births, simulated: true });
    const flagged = srb.areas.filter((a) => a.level === 'area' && a.flag === 'imbalanced');
    expect(d.srb!.imbalancedCommunes).toBe(flagged.length);
    const srbAlerts = d.alerts.filter((a) => a.kind === 'srb_imbalanced');
    expect(flagged.length).toBeGreaterThan(3); // the simulated province is imbalanced
    expect(srbAlerts).toHaveLength(1);
    const first = [...flagged].sort((a, b) => b.p_imbalanced - a.p_imbalanced)[0];
    expect(srbAlerts[0].text).toMatch(
      new RegExp(
        `^${flagged.length} xã, phường có khả năng mất cân bằng giới tính khi sinh \\(\\d{4}–\\d{4}, số liệu mô phỏng\\): ${srb.names[first.area_code]} `,
      ),
    );
    expect(srbAlerts[0].text).toContain(`và ${flagged.length - 3} xã, phường khác.`);
  });

  it('raises an alert when spending passes an allocation, never on a plan without a detailed budget', async () => {
    const before = await dashboard();
    expect(before.alerts.filter((a) => a.kind === 'over_spend')).toHaveLength(0);
    type Activity = PlanContent['activities'][number];
    const flat = (list: Activity[]): Activity[] => list.flatMap((a) => [a, ...flat(a.children)]);
    // The Sơn La plan states no amounts: it has no detailed budget, so spending passes nothing
    // (issue 13: "vượt số được phân bổ 0 đồng" was the first red alert after one voucher).
    const activity = flat(content.activities)[0];
    const source = content.funding.sources[0];
    expect(activity.budgetLines).toEqual([]);
    expect(before.budget.detailed).toBe(false);
    const chicuc = await t.as('chicuc');
    const spend = (amount: number, voucherNumber: string) =>
      chicuc.post('/api/expenditures', {
        planId,
        activityId: activity.id,
        sourceKey: source.key,
        spentOn: '2026-06-15',
        amount,
        voucherNumber,
      });
    const first = await spend(23_500_000, 'BẢNG-ĐH-00');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().warnings).toEqual([]);
    const noBudget = await dashboard();
    expect(noBudget.budget).toMatchObject({ detailed: false, spent: before.budget.spent + 23_500_000 });
    expect(noBudget.alerts.filter((a) => a.kind === 'over_spend')).toHaveLength(0);

    // Once the activity has an allocation above 0, passing it raises the alert.
    const line = {
      id: crypto.randomUUID(),
      item: 'Chi phát sóng',
      sourceKey: source.key,
      amount: 24_000_000,
    };
    await t.database.db.execute(
      sql`update plans set content = jsonb_set(content, '{activities,0,budgetLines}', ${JSON.stringify([line])}::jsonb) where id = ${planId}`,
    );
    const spent = await spend(1_500_000, 'BẢNG-ĐH-01');
    expect(spent.statusCode, spent.body).toBe(201);
    const tyt = await t.as('tyt-03646');
    const r = (await tyt.post('/api/reports', { planId })).json();
    expect((await tyt.post(`/api/reports/${r.id}/submit`, { version: r.version })).statusCode).toBe(200);

    const after = await dashboard();
    expect(after.budget.detailed).toBe(true);
    expect(after.budget.spent).toBe(before.budget.spent + 25_000_000);
    const over = after.alerts.filter((a) => a.kind === 'over_spend');
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({ level: 'error', link: `/budget/${planId}` });
    expect(over[0].text).toContain(
      `từ nguồn ${source.name}: 25.000.000 đồng, vượt số được phân bổ 24.000.000 đồng (1.000.000 đồng)`,
    );
    expect(after.reports!.received).toBe(before.reports!.received + 1);
    expect(after.alerts.find((a) => a.kind === 'report_waiting')).toMatchObject({
      text: `${after.reports!.waiting} báo cáo đã gửi đang chờ xem xét, chấp nhận hoặc trả lại.`,
    });
    expect(after.reports!.waiting).toBeGreaterThanOrEqual(1);
  });

  it('lists the units overdue once a period’s due day has passed (quarterly duty, quarter 1)', async () => {
    // The duty made quarterly: quarter 1 of 2026 was due on 05/04/2026, long past.
    await t.database.db.execute(
      sql`update plans set content = jsonb_set(content, '{reporting,period}', '"quarter"') where id = ${planId}`,
    );
    try {
      const d = await dashboard('chicuc', 1);
      expect(d.reports).toMatchObject({ periodLabel: 'Quý I/2026', due: '2026-04-05', received: 0 });
      expect(d.reports!.overdue).toHaveLength(d.reports!.expected);
      const alert = d.alerts.find((a) => a.kind === 'report_overdue')!;
      expect(alert.level).toBe('error');
      expect(alert.text).toMatch(
        new RegExp(`^${d.reports!.expected} đơn vị quá hạn nộp báo cáo Quý I/2026 \\(hạn 05/04/2026\\): `),
      );
      expect(alert.text).toContain(`và ${d.reports!.expected - 3} đơn vị khác`);
      expect(alert.link).toBe(`/reports?plan=${planId}&period=1`);
    } finally {
      await t.database.db.execute(
        sql`update plans set content = jsonb_set(content, '{reporting,period}', '"year"') where id = ${planId}`,
      );
    }
  });

  it('is for the province’s leaders and officers, not the communes', async () => {
    expect((await (await t.as('tyt-03646')).get(`/api/plans/${planId}/dashboard`)).statusCode).toBe(403);
    expect((await (await t.as('thanhtra')).get(`/api/plans/${planId}/dashboard`)).statusCode).toBe(403);
    expect((await (await t.as('chicuc')).get(`/api/plans/${planId}/dashboard?period=13`)).statusCode).toBe(
      400,
    );
  });
});
