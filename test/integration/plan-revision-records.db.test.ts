import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetDto } from '../../src/shared/contracts/budget.ts';
import type { PlanContent, PlanDto } from '../../src/shared/contracts/plans.ts';
import type { ReportCompletenessDto } from '../../src/shared/contracts/reports.ts';
import { sonLaPlan2026 } from '../helpers/demo-plans.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// A plan revised in the middle of the year keeps what was done under it: the spending, the units'
// reports and the activity records made under revision 1 count under revision 2 once it is issued.

let t: TestApp;
let planId: string;
beforeAll(async () => {
  t = await createTestApp();
  planId = await sonLaPlan2026(t);
});
afterAll(() => t.close());

describe('a revised plan', () => {
  it('carries its spending, reports and records to the revision that replaces it', async () => {
    const chicuc = await t.as('chicuc');
    const tyt = await t.as('tyt-03646');
    const content = (await chicuc.get(`/api/plans/${planId}`)).json().content as PlanContent;
    const activity = content.activities[0];
    const spent = await chicuc.post('/api/expenditures', {
      planId,
      activityId: activity.id,
      sourceKey: content.funding.sources[0].key,
      spentOn: '2026-05-10',
      amount: 3_200_000,
      voucherNumber: 'PC-ĐC-01',
    });
    expect(spent.statusCode, spent.body).toBe(201);
    const report = (await tyt.post('/api/reports', { planId })).json();
    expect((await tyt.post(`/api/reports/${report.id}/submit`, { version: report.version })).statusCode).toBe(
      200,
    );
    const before = {
      budget: (await chicuc.get(`/api/plans/${planId}/budget`)).json() as BudgetDto,
      reports: (await chicuc.get(`/api/plans/${planId}/reports`)).json() as ReportCompletenessDto,
      records: (await chicuc.get(`/api/activity-records?planId=${planId}`)).json().items.length as number,
    };
    expect(before.records).toBeGreaterThan(0);

    const draft = (await chicuc.post(`/api/plans/${planId}/revise`)).json() as PlanDto;
    const numbered = await chicuc.put(`/api/plans/${draft.id}`, {
      version: draft.version,
      content: { ...draft.content, number: '312', issuedDate: '2026-06-01' },
    });
    expect(numbered.statusCode, numbered.body).toBe(200);
    const issued = await chicuc.post(`/api/plans/${draft.id}/issue`, { version: numbered.json().version });
    expect(issued.statusCode, issued.body).toBe(200);
    expect((await chicuc.get(`/api/plans/${planId}`)).json().status).toBe('superseded');

    const budget = (await chicuc.get(`/api/plans/${draft.id}/budget`)).json() as BudgetDto;
    expect(budget.total.spent).toBe(before.budget.total.spent);
    expect(budget.total.spent).toBeGreaterThanOrEqual(3_200_000);
    expect(budget.reconciles).toBe(true);
    const reports = (await chicuc.get(`/api/plans/${draft.id}/reports`)).json() as ReportCompletenessDto;
    expect(reports.received).toBe(before.reports.received);
    expect(reports.rows.find((r) => r.reportId === report.id)).toMatchObject({ status: 'submitted' });
    // The report itself now belongs to the issued revision, and can still be reviewed.
    expect((await tyt.get(`/api/reports/${report.id}`)).json().planId).toBe(draft.id);
    const accepted = await chicuc.post(`/api/reports/${report.id}/accept`, { version: report.version + 1 });
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    const records = (await chicuc.get(`/api/activity-records?planId=${draft.id}`)).json().items.length;
    expect(records).toBe(before.records);
    // Spending once recorded is not recorded again under the new revision's number.
    const again = await chicuc.post('/api/expenditures', {
      planId: draft.id,
      activityId: activity.id,
      sourceKey: content.funding.sources[0].key,
      spentOn: '2026-05-10',
      amount: 3_200_000,
      voucherNumber: 'PC-ĐC-01',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().issues[0]).toMatchObject({ path: ['voucherNumber'] });
  });
});
