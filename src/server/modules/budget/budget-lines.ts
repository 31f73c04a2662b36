import { sql } from 'drizzle-orm';
import type { PlanBudgetLine } from '../../../shared/contracts/budget.ts';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import type { Principal } from '../../access/principal.ts';
import { subtreeCondition } from '../../access/scope.ts';
import { numberActivities, shortTitle } from '../plans/plan-tree.ts';

// What the budget services share: whose money a reader sees, the rate, and the plan's budget lines
// summed per activity × funding source (an activity may hold several lines from one source).

/** Province users see all spending and shares of a plan; a unit its own subtree's (`u` = the unit's admin unit). */
export const visibleMoney = (p: Principal) =>
  p.role === 'province_officer' || p.role === 'leader' ? sql`true` : subtreeCondition(p, sql`u.path`);

/** spent ÷ allocated; null when nothing is allocated. */
export const rate = (spent: number, allocated: number) => (allocated > 0 ? spent / allocated : null);

/** The plan's money per activity and source, in the plan's order; only lines with an amount. */
export function planLines(content: PlanContent): PlanBudgetLine[] {
  return numberActivities(content.activities).flatMap(({ activity: a, number }) =>
    content.funding.sources
      .map((s) => ({
        activityId: a.id,
        numberLabel: number,
        title: a.title,
        sourceKey: s.key,
        sourceName: s.name,
        amount: a.budgetLines.filter((l) => l.sourceKey === s.key).reduce((t, l) => t + l.amount, 0),
      }))
      .filter((l) => l.amount > 0),
  );
}

export const lineKey = (activityId: string, sourceKey: string) => `${activityId}|${sourceKey}`;

/** "hoạt động 2.1 "Tổ chức hội nghị …"" — long titles cut at a word, for messages. */
export const activityLabel = (l: Pick<PlanBudgetLine, 'numberLabel' | 'title'>) =>
  `hoạt động ${l.numberLabel} "${shortTitle(l.title, 80)}"`;
