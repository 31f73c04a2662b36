import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetDto } from '../../src/shared/contracts/budget.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// Spending under Tam Đường 2020 (23.500.000 đồng from two sources, with budget lines per activity)
// by its health centre: rates by source, activity and unit, over-spending warned, totals reconciled.

let t: TestApp;
let planId: string;
let lines: { activityId: string; sourceKey: string; amount: number }[];
beforeAll(async () => {
  t = await createTestApp();
  const bcd = await t.as('bcd-tamduong');
  planId = (
    (await bcd.get('/api/plans?year=2020')).json().items as { id: string; numberSymbol: string }[]
  ).find((p) => p.numberSymbol === '25/KH-BCĐ')!.id;
  const flat = (list: any[]): any[] => list.flatMap((a) => [a, ...flat(a.children ?? [])]);
  lines = flat((await bcd.get(`/api/plans/${planId}`)).json().content.activities).flatMap((a) =>
    a.budgetLines.map((l: { sourceKey: string; amount: number }) => ({
      activityId: a.id,
      sourceKey: l.sourceKey,
      amount: l.amount,
    })),
  );
});
afterAll(() => t.close());

describe('budget execution', () => {
  it('records spending against allocations, warns past an allocation, and reconciles', async () => {
    const bcd = await t.as('bcd-tamduong');
    const first0 = lines[0];
    // The allocation of one activity from one source (it may hold several budget lines).
    const line = {
      ...first0,
      amount: lines
        .filter((l) => l.activityId === first0.activityId && l.sourceKey === first0.sourceKey)
        .reduce((s, l) => s + l.amount, 0),
    };
    const spend = (amount: number, voucherNumber: string, over: Record<string, unknown> = {}) =>
      bcd.post('/api/expenditures', {
        planId,
        activityId: line.activityId,
        sourceKey: line.sourceKey,
        spentOn: '2020-07-10',
        amount,
        voucherNumber,
        ...over,
      });
    const first = await spend(line.amount - 100_000, 'PC-01');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().warnings).toEqual([]);
    expect((await spend(50_000, 'PC-01')).json().issues[0]).toMatchObject({ path: ['voucherNumber'] });
    const over = await spend(300_000, 'PC-02');
    expect(over.statusCode, over.body).toBe(201);
    expect(over.json().warnings[0]).toMatch(/vượt số được phân bổ .* \(200\.000 đồng\)\.$/);
    expect((await spend(1000, 'PC-03', { spentOn: '2021-01-02' })).json().issues[0].path).toEqual([
      'spentOn',
    ]);
    expect((await spend(1000, 'PC-04', { sourceKey: 'khong-co' })).json().issues[0].path).toEqual([
      'sourceKey',
    ]);

    const b = (await bcd.get(`/api/plans/${planId}/budget`)).json() as BudgetDto;
    expect(b.total).toMatchObject({
      planned: 23_500_000,
      allocated: 23_500_000,
      spent: line.amount + 200_000,
    });
    expect(b.total.rate).toBeCloseTo((line.amount + 200_000) / 23_500_000, 10);
    expect(b.reconciles).toBe(true);
    expect(b.bySource.reduce((s, x) => s + x.allocated, 0)).toBe(23_500_000);
    expect(b.byActivity.find((a) => a.activityId === line.activityId)!.over).toBe(true);
    expect(b.byUnit).toEqual([expect.objectContaining({ spent: line.amount + 200_000 })]);
    expect(b.warnings).toHaveLength(1);
    expect(b.spentInWords).toMatch(/đồng/);
  });

  it('keeps other provinces and unassigned units out', async () => {
    expect((await (await t.as('chicuc')).get(`/api/plans/${planId}/budget`)).statusCode).toBe(404);
    expect((await (await t.as('lanhdao')).post('/api/expenditures', {})).statusCode).toBe(403);
  });
});
