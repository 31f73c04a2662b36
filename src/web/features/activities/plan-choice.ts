import type { MeDto } from '../../../shared/contracts/auth.ts';
import type { PlanSummaryDto } from '../../../shared/contracts/plans.ts';

/**
 * The plans a user records under, their own organisation's first (a commune's issued plan, the
 * province's for the province office); the rest they can see follow, the top of the cascade first.
 */
export function plansFor(me: MeDto, plans: PlanSummaryDto[]): PlanSummaryDto[] {
  const own = plans.filter((p) => p.organisationId === me.organisationId);
  return [...own, ...plans.filter((p) => p.organisationId !== me.organisationId)];
}

/** A plan's name in a picker: its number and the organisation that issued it. */
export const planLabel = (p: Pick<PlanSummaryDto, 'numberSymbol' | 'organisationName' | 'year'>) =>
  `${p.numberSymbol ? `${p.numberSymbol} · ` : ''}${p.organisationName} (${p.year})`;
