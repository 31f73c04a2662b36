import type { ActivityProgressRow, PlanProgressDto } from '../../../shared/contracts/activity-records.ts';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import { todayInVietnam } from '../../../shared/format/index.ts';
import type { Principal } from '../../access/principal.ts';
import type { Db } from '../../db/client.ts';
import { planMoney } from '../../figures/money.ts';
import { activityFigures } from '../../figures/outputs.ts';
import { planYear } from '../../figures/plan-year.ts';
import { targetAttainment } from '../../figures/targets.ts';
import { numberActivities } from '../plans/plan-tree.ts';
import { loadPlan } from '../plans/plans.service.ts';

// Planned against done for every activity of a plan, rolled up through the cascade: a province
// activity counts the records of the commune activities inherited from it (root_activity_id).
// Each user counts only the records they may read, so a commune sees its own part. Every figure
// comes from the figures layer (src/server/figures): outputs per unit of measure, money by vouchers.

/**
 * A plan's progress in one year of its period (default: this year while the plan runs): the
 * records dated that year against the activities, the money, and the targets judged for that year.
 */
export async function planProgress(
  db: Db,
  p: Principal,
  planId: string,
  wantedYear?: number | null,
): Promise<PlanProgressDto> {
  const plan = await loadPlan(db, p, planId);
  const content = plan.content as PlanContent;
  const today = todayInVietnam();
  const { year, years, scope } = planYear(content.period, today, wantedYear);
  const figurePlan = { ...plan, content };
  const figures = await activityFigures(db, p, figurePlan, today, scope);
  const money = await planMoney(db, p, figurePlan, today, figures, scope);
  const moneyOf = new Map(money.byActivity.map((m) => [m.activityId, m]));
  const activities = numberActivities(content.activities).map(({ activity: a }, i) => {
    const f = figures[i];
    const m = moneyOf.get(a.id);
    return {
      activityId: a.id,
      numberLabel: f.numberLabel,
      title: a.title,
      kind: a.kind ?? null,
      start: a.start ?? null,
      end: a.end ?? null,
      outputs: f.outputs,
      outputRate: f.rate,
      done: {
        records: f.records,
        participants: f.participants,
        firstDate: f.firstDate,
        lastDate: f.lastDate,
      },
      money: { allocated: m?.allocated ?? 0, vouchers: m?.spent ?? 0, records: f.recordCost },
      status: f.status,
      units: f.units,
    } satisfies ActivityProgressRow;
  });
  return {
    planId,
    asOf: today,
    year,
    years,
    detailedBudget: money.detailed,
    money: {
      allocated: money.total.allocated,
      byVouchers: money.total.spent,
      byRecords: money.total.recordCost,
      difference: money.total.difference,
    },
    activities,
    targets: await targetAttainment(db, p, { provinceCode: plan.provinceCode, content }, year),
  };
}
