import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { adminUnits } from '../../src/server/db/schema/index.ts';
import { planMoney } from '../../src/server/figures/money.ts';
import { activityFigures, type FigurePlan } from '../../src/server/figures/outputs.ts';
import { divideWhole } from '../../src/server/figures/shares.ts';
import { resolveSession } from '../../src/server/modules/users/sessions.ts';
import { seededRandom } from '../../src/server/stats/srb/simulate.ts';
import type { PlanProgressDto } from '../../src/shared/contracts/activity-records.ts';
import type { BudgetDto } from '../../src/shared/contracts/budget.ts';
import type { LeadersDashboardDto } from '../../src/shared/contracts/dashboard.ts';
import type { PlanActivity, PlanContent, PlanDto } from '../../src/shared/contracts/plans.ts';
import { todayInVietnam, unitKey } from '../../src/shared/format/index.ts';
import { TEST_DEMO_PASSWORD } from '../helpers/constants.ts';
import { sonLaPlan2026 } from '../helpers/demo-plans.ts';
import { type Client, createTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 13's property: for generated plans (outputs in several units of measure, shares cascaded to
// a commune, a detailed budget or none), records (some sent twice) and vouchers, every route and
// document that shows a figure gives the figures layer's value for the same question, and the
// layer's value is what the generated data says (an oracle written here from the raw inputs).

let t: TestApp;
let base: PlanDto;
let toHieuOrg: string;
let toHieuUnit: number;
let communes: number;

const UNITS = ['lượt', 'tin, bài', 'buổi', 'bản'];
/** The same unit as officials type it: case and diacritics vary. */
const spellings = (u: string) => [u, u.toUpperCase(), u.charAt(0).toUpperCase() + u.slice(1), ` ${u} `];

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.as('admin');
  base = (await admin.get(`/api/plans/${await sonLaPlan2026(t)}`)).json();
  toHieuOrg = (await admin.get('/api/organisations?q=tram%20y%20te%20to%20hieu&province=14')).json().items[0]
    .id;
  toHieuUnit = (await admin.get('/api/admin-units?parent=14&q=to%20hieu')).json().items[0].id;
  const media = flat(base.content.activities).find((a) => a.kind === 'media')!;
  communes = media.placeUnitIds.length;
  expect(media.placeUnitIds).toContain(toHieuUnit);
}, 120_000);
afterAll(() => t.close());

const flat = (list: PlanActivity[]): PlanActivity[] => list.flatMap((a) => [a, ...flat(a.children)]);

async function principal(c: Client) {
  const token = /cb_sid=([^;]+)/.exec(c.cookie)![1];
  const config = loadConfig({}, { demoPassword: TEST_DEMO_PASSWORD, webDist: '/nonexistent' });
  return (await resolveSession(t.database.db, token, config))!;
}

async function ok(res: Promise<{ statusCode: number; body: string; json(): any }>, code = 200) {
  const r = await res;
  expect(r.statusCode, r.body).toBe(code);
  return r.json();
}

interface Generated {
  plan: PlanDto;
  child: PlanDto;
  media: PlanActivity;
  /** Records as sent (each once, after the duplicate sends are dropped). */
  records: { by: 'province' | 'commune'; outputs: { unit: string; quantity: number }[]; cost: number }[];
  vouchers: number;
  detailed: boolean;
}

async function generate(seed: number): Promise<Generated> {
  const rand = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: T[]) => xs[int(0, xs.length - 1)];
  const admin = await t.as('admin');
  const content: PlanContent = structuredClone(base.content);
  const activities = flat(content.activities);
  const media = activities.find((a) => a.kind === 'media')!;
  const units = [...UNITS].sort(() => rand() - 0.5).slice(0, int(2, 3));
  media.outputs = units.map((unit, i) => {
    const quantity = int(communes, 1200);
    const manual = i === 0 && rand() < 0.5;
    return {
      description: `${unit.charAt(0).toUpperCase()}${unit.slice(1)} sinh ngẫu nhiên ${i + 1}`,
      quantity,
      unit,
      ...(manual
        ? { shareRule: 'by_unit' as const, shares: [{ unitId: toHieuUnit, quantity: int(1, 40) }] }
        : { shareRule: 'equal' as const }),
    };
  });
  // A detailed budget for some seeds, none for others (the Sơn La plan states no amounts).
  const detailed = seed % 2 === 0;
  const source = content.funding.sources[0].key;
  let total = 0;
  for (const a of activities) {
    a.budgetLines = [];
    if (detailed && rand() < 0.6) {
      const amount = int(1, 30) * 1_000_000;
      total += amount;
      a.budgetLines = [{ id: crypto.randomUUID(), item: 'Chi thực hiện', sourceKey: source, amount }];
    }
  }
  content.funding = {
    ...content.funding,
    total: detailed ? total : null,
    sources: content.funding.sources.map((s) => ({ ...s, amount: null })),
  };
  content.number = `${900 + seed}`;
  const created = await ok(admin.post('/api/plans', { organisationId: base.organisationId, content }), 201);
  const plan: PlanDto = await ok(admin.post(`/api/plans/${created.id}/issue`, { version: created.version }));
  const draftChild = await ok(
    admin.post(`/api/plans/${plan.id}/children`, { organisationId: toHieuOrg }),
    201,
  );
  const numbered = await ok(
    admin.put(`/api/plans/${draftChild.id}`, {
      version: draftChild.version,
      content: {
        ...draftChild.content,
        number: `${seed}`,
        symbol: 'KH-TYT',
        issuedDate: '2026-03-20',
        signature: { ...draftChild.content.signature, signerName: 'Lò Thị Hương' },
      },
    }),
  );
  const child: PlanDto = await ok(
    admin.post(`/api/plans/${draftChild.id}/issue`, { version: numbered.version }),
  );
  const childMedia = flat(child.content.activities).find((a) => a.inheritedFromId === media.id)!;

  const chicuc = await t.as('chicuc');
  const tyt = await t.as('tyt-03646');
  const records: Generated['records'] = [];
  for (let i = 0, n = int(5, 9); i < n; i++) {
    const by = rand() < 0.5 ? ('province' as const) : ('commune' as const);
    const outputs = Array.from({ length: int(1, 2) }, () => ({
      description: 'Kết quả ghi nhận',
      // Mostly a planned unit in some spelling; now and then one the plan did not plan.
      unit: rand() < 0.85 ? pick(spellings(pick(units))) : 'cuộc',
      quantity: int(1, 60),
    }));
    const cost = int(0, 20) * 100_000;
    const body = {
      planId: by === 'province' ? plan.id : child.id,
      activityId: by === 'province' ? media.id : childMedia.id,
      startDate: `2026-0${int(3, 9)}-0${int(1, 9)}`,
      endDate: '2026-09-28',
      ...(by === 'commune' ? { communeUnitId: toHieuUnit } : {}),
      participants: { total: int(0, 50) },
      outputs,
      cost,
      clientKey: `figures-${seed}-${i}`,
      measures: { kind: 'media', items: [{ channel: 'loudspeaker', count: 1, minutes: 10 }] },
    };
    const c = by === 'province' ? chicuc : tyt;
    expect([200, 201]).toContain((await c.post('/api/activity-records', body)).statusCode);
    // Sent twice after a dropped connection: stored and counted once.
    if (rand() < 0.3) expect([200, 201]).toContain((await c.post('/api/activity-records', body)).statusCode);
    records.push({ by, outputs, cost });
  }
  let vouchers = 0;
  for (let i = 0, n = int(1, 4); i < n; i++) {
    const a = pick(activities);
    const amount = int(1, 40) * 500_000;
    await ok(
      chicuc.post('/api/expenditures', {
        planId: plan.id,
        activityId: a.id,
        sourceKey: source,
        spentOn: '2026-07-01',
        amount,
        voucherNumber: `PC-${seed}-${i}`,
      }),
      201,
    );
    vouchers += amount;
  }
  return { plan, child, media, records, vouchers, detailed };
}

const asFigurePlan = (p: PlanDto): FigurePlan => ({
  id: p.id,
  parentPlanId: p.parentPlanId ?? null,
  provinceCode: p.provinceCode,
  content: p.content,
});

describe('every route and document gives the figures layer’s value (issue 13)', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`seed ${seed}`, async () => {
      const g = await generate(seed);
      const today = todayInVietnam();
      const chicuc = await t.as('chicuc');
      const lanhdao = await t.as('lanhdao');
      const tyt = await t.as('tyt-03646');
      const layer = await activityFigures(
        t.database.db,
        await principal(chicuc),
        asFigurePlan(g.plan),
        today,
      );
      const money = await planMoney(t.database.db, await principal(chicuc), asFigurePlan(g.plan), today);

      // The oracle: each planned output counts the records in its own unit only.
      const media = layer.find((a) => a.activityId === g.media.id)!;
      for (const o of g.media.outputs) {
        const done = g.records
          .flatMap((r) => r.outputs)
          .filter((x) => unitKey(x.unit) === unitKey(o.unit))
          .reduce((s, x) => s + x.quantity, 0);
        expect(media.outputs.find((l) => l.unit === o.unit)).toMatchObject({ planned: o.quantity, done });
      }
      const unplanned = g.records.flatMap((r) => r.outputs).filter((x) => x.unit === 'cuộc');
      expect(media.outputs.find((l) => l.unit === 'cuộc')?.done ?? 0).toBe(
        unplanned.reduce((s, x) => s + x.quantity, 0),
      );
      expect(media.records).toBe(g.records.length);
      const recordCost = g.records.reduce((s, r) => s + r.cost, 0);
      expect(media.recordCost).toBe(recordCost);
      const rated = media.outputs.filter((o) => o.planned);
      expect(media.rate).toBeCloseTo(
        rated.reduce((s, o) => s + Math.min(1, o.done / o.planned!), 0) / rated.length,
        10,
      );
      expect(media.status === 'done' || media.status === 'late_done').toBe(
        rated.every((o) => o.done >= o.planned!),
      );
      expect(money.total).toMatchObject({
        spent: g.vouchers,
        recordCost,
        difference: recordCost - g.vouchers,
      });
      expect(money.detailed).toBe(g.detailed);
      if (!g.detailed) expect(money.warnings).toEqual([]);

      // The breakdowns: an admin-unit subtree (the commune's records only) and a period.
      const [{ path }] = await t.database.db
        .select({ path: adminUnits.path })
        .from(adminUnits)
        .where(eq(adminUnits.id, toHieuUnit));
      const commune = await activityFigures(
        t.database.db,
        await principal(chicuc),
        asFigurePlan(g.plan),
        today,
        {
          unitPath: path,
        },
      );
      expect(commune.find((a) => a.activityId === g.media.id)!.records).toBe(
        g.records.filter((r) => r.by === 'commune').length,
      );
      const before = await activityFigures(
        t.database.db,
        await principal(chicuc),
        asFigurePlan(g.plan),
        today,
        {
          to: '2026-02-28',
        },
      );
      expect(before.reduce((s, a) => s + a.records, 0)).toBe(0);

      // Progress API.
      const progress: PlanProgressDto = await ok(chicuc.get(`/api/plans/${g.plan.id}/progress`));
      for (const f of layer) {
        const row = progress.activities.find((a) => a.activityId === f.activityId)!;
        expect(row.outputs).toEqual(f.outputs);
        expect(row.outputRate).toBe(f.rate);
        expect(row.status).toBe(f.status);
        expect(row.done.records).toBe(f.records);
        expect(row.money.records).toBe(f.recordCost);
      }
      expect(progress.money).toEqual({
        allocated: money.total.allocated,
        byVouchers: money.total.spent,
        byRecords: money.total.recordCost,
        difference: money.total.difference,
      });
      expect(progress.detailedBudget).toBe(money.detailed);

      // Budget API.
      const budget: BudgetDto = await ok(chicuc.get(`/api/plans/${g.plan.id}/budget`));
      expect(budget.detailed).toBe(money.detailed);
      expect(budget.total.spent).toBe(money.total.spent);
      expect(budget.total.allocated).toBe(money.total.allocated);
      expect(budget.reconciliation).toEqual({
        byRecords: money.total.recordCost,
        byVouchers: money.total.spent,
        difference: money.total.difference,
      });
      expect(budget.warnings).toEqual(money.warnings.map((w) => w.text));

      // Leaders' dashboard (read as the leader, who sees the same province-wide figures).
      const leaderMoney = await planMoney(
        t.database.db,
        await principal(lanhdao),
        asFigurePlan(g.plan),
        today,
      );
      const d: LeadersDashboardDto = await ok(lanhdao.get(`/api/plans/${g.plan.id}/dashboard`));
      expect(d.budget).toMatchObject({
        detailed: leaderMoney.detailed,
        spent: leaderMoney.total.spent,
        byRecords: leaderMoney.total.recordCost,
        allocated: leaderMoney.total.allocated,
      });
      expect(d.alerts.filter((a) => a.kind === 'over_spend').map((a) => a.text)).toEqual(
        leaderMoney.warnings.map((w) => w.text),
      );
      const leaderLayer = await activityFigures(
        t.database.db,
        await principal(lanhdao),
        asFigurePlan(g.plan),
        today,
      );
      expect(d.progress.records).toBe(leaderLayer.reduce((s, a) => s + a.records, 0));
      expect(d.progress.done).toBe(
        leaderLayer.filter((a) => a.status === 'done' || a.status === 'late_done').length,
      );

      // The plan XLSX: planned and done as numbers, equal to the layer's lines.
      const res = await chicuc.get(`/api/plans/${g.plan.id}/export?format=xlsx`);
      expect(res.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('Kết quả dự kiến')!;
      const header = (sheet.getRow(1).values as unknown[]).map(String);
      const col = (name: string) => header.indexOf(name);
      const mediaRows: { unit: string; planned: unknown; done: unknown }[] = [];
      sheet.eachRow((row, i) => {
        if (i === 1) return;
        if (row.getCell(col('STT hoạt động')).value !== media.numberLabel) return;
        mediaRows.push({
          unit: String(row.getCell(col('Đơn vị tính')).value ?? ''),
          planned: row.getCell(col('Số lượng dự kiến')).value,
          done: row.getCell(col('Đã thực hiện')).value,
        });
        expect(row.getCell(col('Số lượng dự kiến')).numFmt).toBe('#,##0');
      });
      expect(mediaRows).toEqual(
        media.outputs.map((o) => ({ unit: o.unit ?? '', planned: o.planned, done: o.done })),
      );
      // No number is written as text with its unit ("15000 bản"): issue 13.
      for (const ws of wb.worksheets)
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^\d[\d.,]*\s+\p{L}/u);
          }),
        );

      // The commune's plan holds its own share, never the province's whole figure.
      const childMedia = flat(g.child.content.activities).find((a) => a.inheritedFromId === g.media.id)!;
      const place = [...g.media.placeUnitIds].sort((a, b) => a - b).indexOf(toHieuUnit);
      for (const o of g.media.outputs) {
        const own = childMedia.outputs.find((c) => c.unit === o.unit)!;
        const expected =
          o.shareRule === 'by_unit'
            ? o.shares!.find((s) => s.unitId === toHieuUnit)!.quantity
            : divideWhole(
                o.quantity!,
                g.media.placeUnitIds.map(() => 1),
              )[place];
        expect(own).toMatchObject({ quantity: expected, shareOf: { of: o.quantity } });
        expect(own.quantity).toBeLessThan(o.quantity!);
      }
      // The commune's progress counts its own records against its own share.
      const childLayer = await activityFigures(
        t.database.db,
        await principal(tyt),
        asFigurePlan(g.child),
        today,
      );
      const childProgress: PlanProgressDto = await ok(tyt.get(`/api/plans/${g.child.id}/progress`));
      const cm = childLayer.find((a) => a.activityId === childMedia.id)!;
      expect(childProgress.activities.find((a) => a.activityId === childMedia.id)!.outputs).toEqual(
        cm.outputs,
      );
      expect(cm.records).toBe(g.records.filter((r) => r.by === 'commune').length);
      for (const o of childMedia.outputs)
        expect(cm.outputs.find((l) => l.unit === o.unit)!.done).toBe(
          g.records
            .filter((r) => r.by === 'commune')
            .flatMap((r) => r.outputs)
            .filter((x) => unitKey(x.unit) === unitKey(o.unit))
            .reduce((s, x) => s + x.quantity, 0),
        );
    }, 180_000);
  }
});

describe('the demo’s Sơn La plan (issue 13 regressions)', () => {
  it('gives Phường Tô Hiệu its own share of the broadcasts, not the province’s 912', async () => {
    const c = await t.as('tyt-03646');
    const plans = (await c.get('/api/plans?year=2026&status=issued')).json().items as PlanDto[];
    const own = plans.find(
      (p) => p.organisationName === 'Trạm Y tế phường Tô Hiệu' && p.parentPlanId === base.id,
    )!;
    const plan: PlanDto = await ok(c.get(`/api/plans/${own.id}`));
    const media = flat(plan.content.activities).find((a) => a.kind === 'media')!;
    expect(media.outputs).toEqual([
      {
        description: 'Lượt phát tin, bài trên loa truyền thanh xã, phường',
        quantity: 12,
        unit: 'lượt',
        shareOf: { of: 900, rule: 'equal', units: communes },
      },
    ]);
    const progress: PlanProgressDto = await ok(c.get(`/api/plans/${own.id}/progress`));
    const row = progress.activities.find((a) => a.activityId === media.id)!;
    expect(row.outputs.map((o) => o.planned)).toEqual([12]);
    // "Hoàn thành muộn" with 0% is gone: done only when the share is reached.
    expect(row.status === 'done' || row.status === 'late_done').toBe(row.outputs[0].done >= 12);
  });

  it('writes each output once in the plan document', async () => {
    const res = await (await t.as('chicuc')).get(`/api/plans/${base.id}/export?format=docx`);
    expect(res.statusCode).toBe(200);
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('900 lượt phát tin, bài trên loa truyền thanh xã, phường');
    expect(text).toContain('75 pa nô, áp phích, băng zôn');
    expect(text).toContain('13 buổi sinh hoạt ngoại khóa tại trường THPT');
    for (const twice of ['lượt Lượt', 'buổi Buổi', 'cái Pa nô', '15000 bản'])
      expect(text).not.toContain(twice);
  });
});
