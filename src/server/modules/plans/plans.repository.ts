import { eq } from 'drizzle-orm';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import type { Db } from '../../db/client.ts';
import {
  planActivities,
  planBudgetLines,
  planFundingSources,
  planLegalBases,
  planTargets,
} from '../../db/schema/index.ts';
import { activityBudget, numberActivities } from './plan-tree.ts';

/** Rewrites the relational projection of a plan's content (same transaction as the plan row). */
export async function writeProjections(
  tx: Db,
  planId: string,
  provinceCode: string,
  content: PlanContent,
): Promise<void> {
  for (const table of [planActivities, planTargets, planFundingSources, planBudgetLines, planLegalBases]) {
    await tx.delete(table).where(eq(table.planId, planId));
  }
  const numbered = numberActivities(content.activities);
  if (numbered.length) {
    await tx.insert(planActivities).values(
      numbered.map((n) => ({
        id: n.activity.id,
        planId,
        provinceCode,
        parentId: n.parentId,
        position: n.position,
        numberLabel: n.number,
        title: n.activity.title,
        kind: n.activity.kind ?? null,
        leadOrganisationId: n.activity.leadOrganisationId ?? null,
        leadName: n.activity.leadName ?? null,
        coordinatingOrganisationIds: n.activity.coordinatingOrganisationIds,
        placeUnitIds: n.activity.placeUnitIds,
        startDate: n.activity.start ?? null,
        endDate: n.activity.end ?? null,
        outputs: n.activity.outputs,
        budgetTotal: activityBudget(n.activity),
        inheritedFromId: n.activity.inheritedFromId ?? null,
      })),
    );
    const lines = numbered.flatMap((n) =>
      n.activity.budgetLines.map((l) => ({
        id: l.id,
        planId,
        activityId: n.activity.id,
        provinceCode,
        sourceKey: l.sourceKey,
        item: l.item,
        amount: l.amount,
      })),
    );
    if (lines.length) await tx.insert(planBudgetLines).values(lines);
  }
  if (content.targets.length) {
    await tx.insert(planTargets).values(
      content.targets.map((t, position) => ({
        id: t.id,
        planId,
        provinceCode,
        position,
        indicator: t.indicator,
        comparator: t.comparator,
        value: t.value,
        valueMax: t.valueMax ?? null,
        unit: t.unit,
        population: t.population ?? null,
        unitIds: t.unitIds,
        inheritedFromId: t.inheritedFromId ?? null,
      })),
    );
  }
  if (content.funding.sources.length) {
    await tx.insert(planFundingSources).values(
      content.funding.sources.map((s) => ({
        planId,
        key: s.key,
        provinceCode,
        name: s.name,
        legalBasis: s.legalBasis ?? null,
        amount: s.amount ?? null,
      })),
    );
  }
  if (content.legalBases.length) {
    await tx.insert(planLegalBases).values(
      content.legalBases.map((b, position) => ({
        planId,
        position,
        kind: b.kind,
        number: b.number ?? null,
        date: b.date ?? null,
        issuer: b.issuer ?? null,
        citedPlanId: b.planId ?? null,
      })),
    );
  }
}
