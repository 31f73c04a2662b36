import { sql } from 'drizzle-orm';
import { formatVnd, formatVndEn } from '../../shared/format/index.ts';
import { compareVi } from '../../shared/text/index.ts';
import type { Principal } from '../access/principal.ts';
import type { Db } from '../db/client.ts';
import { rows } from '../db/tx.ts';
import { allocationRows } from '../modules/budget/budget-allocations.service.ts';
import { lineKey, planLines, rate, visibleMoney } from '../modules/budget/budget-lines.ts';
import { numberActivities } from '../modules/plans/plan-tree.ts';
import { type ActivityFigures, activityFigures, type FigurePlan } from './outputs.ts';
import type { FigureDefinition } from './types.ts';

// One truth for money: what was spent is what the vouchers (expenditures) record. The costs written
// in activity records are shown beside it and reconciled, never counted as spending. A plan without
// a detailed budget (no budget line with an amount) says so and raises no over-spending warning:
// a warning needs an allocation above 0 that spending has passed.

export const NO_DETAILED_BUDGET_VI = 'Kế hoạch chưa lập dự toán chi tiết';

const VOUCHERS_VI =
  'Mọi chứng từ chi đã ghi cho kế hoạch (mỗi số chứng từ một lần). Cấp tỉnh (cán bộ, lãnh đạo) xem mọi đơn vị; đơn vị xem của mình và cấp dưới.';
const VOUCHERS_EN =
  'Every voucher recorded under the plan (each voucher number once). Province officers and leaders see every unit; a unit sees its own and those below.';

export const moneyDefinitions: FigureDefinition[] = [
  {
    id: 'money.allocated',
    nameVi: 'Kinh phí được phân bổ (dự toán chi tiết)',
    nameEn: 'Allocated (detailed budget)',
    unit: 'money',
    formulaVi: 'Tổng thành tiền các dòng dự toán của hoạt động theo nguồn kinh phí',
    formulaEn: 'Sum of the amounts of the activity’s budget lines per funding source',
    countsVi: 'Các dòng dự toán trong kế hoạch; không có dòng nào: kế hoạch chưa lập dự toán chi tiết',
    countsEn: 'The plan’s budget lines; none: the plan has no detailed budget',
    breakdowns: ['plan', 'activity', 'fundingSource'],
  },
  {
    id: 'money.spent',
    nameVi: 'Chi theo chứng từ',
    nameEn: 'Spent (vouchers)',
    unit: 'money',
    formulaVi: 'Tổng số tiền các chứng từ chi đã ghi',
    formulaEn: 'Sum of the recorded vouchers’ amounts',
    countsVi: VOUCHERS_VI,
    countsEn: VOUCHERS_EN,
    breakdowns: ['plan', 'activity', 'adminUnit', 'fundingSource', 'period'],
  },
  {
    id: 'money.recordCost',
    nameVi: 'Chi theo báo cáo hoạt động',
    nameEn: 'Cost in activity records',
    unit: 'money',
    formulaVi: 'Tổng kinh phí ghi trong các bản ghi hoạt động (để đối chiếu, không phải số đã chi)',
    formulaEn: 'Sum of the costs written in the activity records (for reconciliation, not spending)',
    countsVi: 'Như số lần thực hiện: mọi bản ghi hoạt động đã lưu mà người xem được đọc',
    countsEn: 'As for records: every saved activity record the reader may read',
    breakdowns: ['plan', 'activity', 'adminUnit', 'period'],
  },
  {
    id: 'money.difference',
    nameVi: 'Chênh lệch (báo cáo hoạt động − chứng từ)',
    nameEn: 'Difference (records − vouchers)',
    unit: 'money',
    formulaVi: 'Chi theo báo cáo hoạt động − chi theo chứng từ',
    formulaEn: 'Cost in activity records − spent by vouchers',
    countsVi: 'Hai số trên, cùng phạm vi',
    countsEn: 'The two figures above, in the same scope',
    breakdowns: ['plan', 'activity'],
  },
  {
    id: 'money.rate',
    nameVi: 'Tỷ lệ giải ngân',
    nameEn: 'Disbursement rate',
    unit: 'percent',
    formulaVi: 'Chi theo chứng từ ÷ kinh phí được phân bổ × 100; không tính khi chưa phân bổ',
    formulaEn: 'Spent by vouchers ÷ allocated × 100; not computed when nothing is allocated',
    countsVi: VOUCHERS_VI,
    countsEn: VOUCHERS_EN,
    breakdowns: ['plan', 'activity', 'adminUnit', 'fundingSource'],
  },
  {
    id: 'alert.overSpend',
    nameVi: 'Cảnh báo chi vượt phân bổ',
    nameEn: 'Over-spending alert',
    unit: 'money',
    formulaVi:
      'Chi theo chứng từ của một hoạt động và nguồn (hoặc của một đơn vị trên phần được chia) lớn hơn số được phân bổ, khi số được phân bổ lớn hơn 0',
    formulaEn:
      'Vouchers of an activity and source (or of a unit on its share) above the allocation, when the allocation is above 0',
    countsVi: `${VOUCHERS_VI} Kế hoạch chưa lập dự toán chi tiết không có cảnh báo.`,
    countsEn: `${VOUCHERS_EN} A plan without a detailed budget raises none.`,
    breakdowns: ['plan', 'activity', 'fundingSource', 'adminUnit'],
  },
];

export interface MoneyWarning {
  activityId: string;
  /** A unit's share passed; none when the activity's allocation itself is. */
  organisationId?: string;
  text: string;
  /** The same in English, for the English pages. */
  textEn: string;
}

export interface MoneyFigure {
  allocated: number;
  spent: number;
  rate: number | null;
}

export interface PlanMoney {
  /** The plan has at least one budget line with an amount. */
  detailed: boolean;
  total: MoneyFigure & { planned: number | null; recordCost: number; difference: number };
  bySource: (MoneyFigure & { key: string; name: string; legalBasis: string | null; amount: number | null })[];
  byActivity: (MoneyFigure & {
    activityId: string;
    numberLabel: string;
    title: string;
    over: boolean;
    recordCost: number;
  })[];
  byUnit: (MoneyFigure & { organisationId: string; name: string; over: boolean })[];
  warnings: MoneyWarning[];
  reconciles: boolean;
}

/** The plan's money: allocations, vouchers by source, activity and unit, record costs beside them, warnings. */
export async function planMoney(
  db: Db,
  p: Principal,
  plan: FigurePlan,
  today: string,
  /** The plan's activity figures when the caller has them already (the progress page). */
  known?: ActivityFigures[],
  /** One year of a multi-year plan: the vouchers dated in it (allocations stay the plan's). */
  scope: { from?: string; to?: string } = {},
): Promise<PlanMoney> {
  const content = plan.content;
  const spent = await rows<{
    activity_id: string;
    source_key: string;
    organisation_id: string;
    org_name: string;
    amount: number;
  }>(
    db,
    sql`select e.activity_id, e.source_key, e.organisation_id, o.name as org_name, sum(e.amount)::bigint as amount
          from expenditures e join organisations o on o.id = e.organisation_id join admin_units u on u.id = e.admin_unit_id
         where e.plan_id = ${plan.id} and ${visibleMoney(p)}
           ${scope.from ? sql`and e.spent_on >= ${scope.from}` : sql``}
           ${scope.to ? sql`and e.spent_on <= ${scope.to}` : sql``}
         group by e.activity_id, e.source_key, e.organisation_id, o.name`,
  );
  const [shares, activities] = await Promise.all([
    allocationRows(db, p, plan.id),
    known ?? activityFigures(db, p, plan, today, scope),
  ]);
  const recordCost = new Map(activities.map((a) => [a.activityId, a.recordCost]));
  const sum = (f: (x: (typeof spent)[number]) => boolean) =>
    spent.filter(f).reduce((s, x) => s + Number(x.amount), 0);
  const lines = planLines(content);
  const warnings: MoneyWarning[] = [];
  const byActivity = numberActivities(content.activities).map(({ activity: a, number }) => {
    const allocated = a.budgetLines.reduce((s, l) => s + l.amount, 0);
    const used = sum((x) => x.activity_id === a.id);
    for (const source of content.funding.sources) {
      const alloc = lines.find((l) => l.activityId === a.id && l.sourceKey === source.key)?.amount ?? 0;
      const out = sum((x) => x.activity_id === a.id && x.source_key === source.key);
      // Without an allocation there is nothing to pass: spending on a line the plan never costed is
      // not over-spending (issue 13: "vượt số được phân bổ 0 đồng").
      if (alloc > 0 && out > alloc)
        warnings.push({
          activityId: a.id,
          text: `Chi cho hoạt động ${number} từ nguồn ${source.name}: ${formatVnd(out)}, vượt số được phân bổ ${formatVnd(alloc)} (${formatVnd(out - alloc)}).`,
          textEn: `Spent on activity ${number} from ${source.name}: ${formatVndEn(out)}, over the allocation of ${formatVndEn(alloc)} (by ${formatVndEn(out - alloc)}).`,
        });
    }
    return {
      activityId: a.id,
      numberLabel: number,
      title: a.title,
      allocated,
      spent: used,
      rate: rate(used, allocated),
      over: allocated > 0 && used > allocated,
      recordCost: recordCost.get(a.id) ?? 0,
    };
  });
  const bySource = content.funding.sources.map((s) => {
    const allocated = lines.filter((l) => l.sourceKey === s.key).reduce((t, l) => t + l.amount, 0);
    const used = sum((x) => x.source_key === s.key);
    return {
      key: s.key,
      name: s.name,
      legalBasis: s.legalBasis ?? null,
      amount: s.amount ?? null,
      allocated,
      spent: used,
      rate: rate(used, allocated),
    };
  });

  // Units: their shares of the divided lines against what they spent. A line the province has not
  // divided is judged only as a whole (above); a unit is warned only about a share above 0.
  const divided = new Set(shares.map((s) => lineKey(s.activityId, s.sourceKey)));
  const units = new Map<string, { organisationId: string; name: string; allocated: number; spent: number }>();
  const unit = (organisationId: string, name: string) => {
    const u = units.get(organisationId) ?? { organisationId, name, allocated: 0, spent: 0 };
    units.set(organisationId, u);
    return u;
  };
  for (const x of spent) unit(x.organisation_id, x.org_name).spent += Number(x.amount);
  for (const s of shares) if (s.visible) unit(s.organisationId, s.organisationName).allocated += s.amount;
  const overUnits = new Set<string>();
  // By unit and line, so a province of many units and lines is not a nested search.
  const shareOf = new Map(
    shares.map((s) => [`${s.organisationId}|${lineKey(s.activityId, s.sourceKey)}`, s.amount]),
  );
  const spentOn = new Map<string, number>();
  for (const x of spent) {
    const k = `${x.organisation_id}|${lineKey(x.activity_id, x.source_key)}`;
    spentOn.set(k, (spentOn.get(k) ?? 0) + Number(x.amount));
  }
  for (const u of units.values())
    for (const l of lines) {
      const line = lineKey(l.activityId, l.sourceKey);
      if (!divided.has(line)) continue;
      const share = shareOf.get(`${u.organisationId}|${line}`) ?? 0;
      const out = spentOn.get(`${u.organisationId}|${line}`) ?? 0;
      if (share <= 0 || out <= share) continue;
      overUnits.add(u.organisationId);
      warnings.push({
        activityId: l.activityId,
        organisationId: u.organisationId,
        text: `${u.name} chi cho hoạt động ${l.numberLabel} từ nguồn ${l.sourceName}: ${formatVnd(out)}, vượt phần được phân bổ cho đơn vị ${formatVnd(share)} (${formatVnd(out - share)}).`,
        textEn: `${u.name} spent on activity ${l.numberLabel} from ${l.sourceName}: ${formatVndEn(out)}, over the unit's share of ${formatVndEn(share)} (by ${formatVndEn(out - share)}).`,
      });
    }
  const byUnit = [...units.values()]
    .map((u) => ({ ...u, rate: rate(u.spent, u.allocated), over: overUnits.has(u.organisationId) }))
    .sort((a, b) => b.spent - a.spent || b.allocated - a.allocated || compareVi(a.name, b.name));

  const allocated = bySource.reduce((s, x) => s + x.allocated, 0);
  const total = sum(() => true);
  const totalRecordCost = byActivity.reduce((s, a) => s + a.recordCost, 0);
  const reconciles =
    bySource.reduce((s, x) => s + x.spent, 0) === total &&
    byActivity.reduce((s, x) => s + x.spent, 0) === total &&
    byUnit.reduce((s, x) => s + x.spent, 0) === total &&
    // Shares divide a line; together they never make more money than the line.
    lines.every(
      (l) =>
        shares
          .filter((s) => s.activityId === l.activityId && s.sourceKey === l.sourceKey)
          .reduce((t, s) => t + s.amount, 0) <= l.amount,
    ) &&
    shares.every((s) => lines.some((l) => l.activityId === s.activityId && l.sourceKey === s.sourceKey));
  return {
    detailed: lines.length > 0,
    total: {
      planned: content.funding.total ?? null,
      allocated,
      spent: total,
      rate: rate(total, allocated),
      recordCost: totalRecordCost,
      difference: totalRecordCost - total,
    },
    bySource,
    byActivity,
    byUnit,
    warnings,
    reconciles,
  };
}
