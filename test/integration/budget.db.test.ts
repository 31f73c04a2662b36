import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetAllocationsDto, BudgetDto } from '../../src/shared/contracts/budget.ts';
import { type Client, createTestApp, type TestApp } from '../helpers/test-app.ts';

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

describe('allocations to units', () => {
  // The province (a Lai Châu province officer: the demo has none) divides the plan's nq38 line of
  // one activity between the district health centre (which spends, as bcd-tamduong) and the radio.
  let lc: Client;
  let ttyt: string;
  let radio: string;
  let line: { activityId: string; sourceKey: string; amount: number };
  const url = () => `/api/plans/${planId}/budget/allocations`;
  const lineOf = (d: BudgetAllocationsDto) =>
    d.lines.find((l) => l.activityId === line.activityId && l.sourceKey === line.sourceKey)!;
  beforeAll(async () => {
    const admin = await t.as('admin');
    const org = async (q: string) =>
      (await admin.get(`/api/organisations?province=12&q=${encodeURIComponent(q)}`)).json().items[0]
        .id as string;
    const created = await admin.post('/api/users', {
      username: 'chicuc-laichau',
      displayName: 'Cán bộ Chi cục Dân số Lai Châu',
      password: 'Hoa-Ban-2026',
      role: 'province_officer',
      organisationId: await org('chi cuc dan so'),
    });
    expect(created.statusCode, created.body).toBe(201);
    lc = await t.as('chicuc-laichau', 'Hoa-Ban-2026');
    ttyt = await org('trung tam y te huyen tam duong');
    radio = await org('dai truyen thanh');
    const first = lines.find((l) => l.sourceKey === 'nq38')!;
    line = {
      ...first,
      amount: lines
        .filter((l) => l.activityId === first.activityId && l.sourceKey === first.sourceKey)
        .reduce((s, l) => s + l.amount, 0),
    };
    expect(line.amount).toBe(5_000_000);
  });
  const put = (body: Record<string, unknown>, as: Client = lc) =>
    as.put(url(), { activityId: line.activityId, sourceKey: line.sourceKey, ...body });

  it('divides a line among units and refuses shares that pass the line, naming activity and source', async () => {
    const first = await put({ organisationId: ttyt, amount: 3_000_000, note: 'Hội nghị tại huyện' });
    expect(first.statusCode, first.body).toBe(200);
    expect(lineOf(first.json())).toMatchObject({
      amount: 5_000_000,
      divided: 3_000_000,
      units: [{ organisationId: ttyt, amount: 3_000_000, note: 'Hội nghị tại huyện', spent: 0, version: 1 }],
    });
    const over = await put({ organisationId: radio, amount: 2_500_000 });
    expect(over.statusCode, over.body).toBe(400);
    expect(over.json().issues[0].path).toEqual(['amount']);
    const message = over.json().message as string;
    expect(message).toMatch(/^Số tiền: hoạt động \d+(\.\d+)* "/);
    expect(message).toContain('nguồn Nghị quyết');
    expect(message).toContain('có 5.000.000 đồng trong kế hoạch');
    expect(message).toContain('chỉ còn 2.000.000 đồng');
    expect(message).toContain('(vượt 500.000 đồng)');
    const rest = await put({ organisationId: radio, amount: 2_000_000 });
    expect(rest.statusCode, rest.body).toBe(200);
    expect(lineOf(rest.json()).divided).toBe(5_000_000);
    // Sending the same share again (a retry) changes nothing.
    const again = await put({ organisationId: radio, amount: 2_000_000 });
    expect(lineOf(again.json()).units.find((u) => u.organisationId === radio)!.version).toBe(1);
  });

  it('reads each unit against its share and warns when a unit spends past it', async () => {
    const bcd = await t.as('bcd-tamduong');
    const before = ((await lc.get(`/api/plans/${planId}/budget`)).json() as BudgetDto).byUnit.find(
      (u) => u.organisationId === ttyt,
    )!;
    const spent = await bcd.post('/api/expenditures', {
      planId,
      activityId: line.activityId,
      sourceKey: line.sourceKey,
      spentOn: '2020-09-15',
      amount: 3_200_000,
      voucherNumber: 'PC-U1',
    });
    expect(spent.statusCode, spent.body).toBe(201);
    // The activity's 5.000.000 is not passed; the health centre's share of it is.
    expect(spent.json().warnings).toEqual([
      expect.stringMatching(
        /^Trung tâm Y tế huyện Tam Đường chi cho hoạt động \S+ từ nguồn .*: 3\.200\.000 đồng, vượt phần được phân bổ cho đơn vị 3\.000\.000 đồng \(200\.000 đồng\)\.$/,
      ),
    ]);
    const b = (await lc.get(`/api/plans/${planId}/budget`)).json() as BudgetDto;
    const centre = b.byUnit.find((u) => u.organisationId === ttyt)!;
    expect(centre).toMatchObject({ allocated: 3_000_000, spent: before.spent + 3_200_000, over: true });
    expect(centre.rate).toBeCloseTo((before.spent + 3_200_000) / 3_000_000, 10);
    expect(b.byUnit.find((u) => u.organisationId === radio)).toMatchObject({
      allocated: 2_000_000,
      spent: 0,
      rate: 0,
      over: false,
    });
    expect(b.warnings.filter((w) => w.startsWith('Trung tâm Y tế'))).toHaveLength(1);
    // Shares divide the plan's lines: the plan's total is what it was, and everything reconciles.
    expect(b.total.allocated).toBe(23_500_000);
    expect(b.byUnit.reduce((s, u) => s + u.spent, 0)).toBe(b.total.spent);
    expect(b.reconciles).toBe(true);
    const shares = lineOf((await lc.get(url())).json());
    expect(shares.units.find((u) => u.organisationId === ttyt)!.spent).toBe(3_200_000);
  });

  it('refuses a stale version with 409 and removes a share set to 0', async () => {
    const read = lineOf((await lc.get(url())).json()).units.find((u) => u.organisationId === ttyt)!;
    const saved = await put({ organisationId: ttyt, amount: 2_800_000, version: read.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const stale = await put({ organisationId: ttyt, amount: 2_900_000, version: read.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT' });
    expect(stale.json().message).toContain('Trung tâm Y tế huyện Tam Đường');
    // A second "new" share for a unit that already has one is someone else's: refused too.
    expect((await put({ organisationId: ttyt, amount: 1_000_000 })).statusCode).toBe(409);
    const radioShare = lineOf(saved.json()).units.find((u) => u.organisationId === radio)!;
    const removed = await put({ organisationId: radio, amount: 0, version: radioShare.version });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(lineOf(removed.json())).toMatchObject({
      divided: 2_800_000,
      units: [
        expect.objectContaining({ organisationId: ttyt, amount: 2_800_000, version: read.version + 1 }),
      ],
    });
    expect((await put({ organisationId: radio, amount: 100, version: radioShare.version })).statusCode).toBe(
      409,
    );
  });

  it('lets only the province allocate, and only inside its province', async () => {
    const body = { organisationId: radio, amount: 1000 };
    expect((await put(body, await t.as('bcd-tamduong'))).statusCode).toBe(403);
    expect((await put(body, await t.as('lanhdao'))).statusCode).toBe(403);
    const chicuc = await t.as('chicuc');
    expect((await chicuc.get(url())).statusCode).toBe(404);
    expect((await put(body, chicuc)).statusCode).toBe(404);
    const slOrg = (await chicuc.get('/api/organisations?q=tram%20y%20te%20to%20hieu')).json().items[0].id;
    const foreign = await put({ organisationId: slOrg, amount: 1000 });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().issues[0].path).toEqual(['organisationId']);
    // The unit reads its own share.
    const mine = (await (await t.as('bcd-tamduong')).get(url())).json() as BudgetAllocationsDto;
    expect(lineOf(mine).units.map((u) => u.organisationId)).toEqual([ttyt]);
  });
});
