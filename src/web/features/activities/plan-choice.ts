import type { MeDto } from '../../../shared/contracts/auth.ts';
import type { PlanSummaryDto } from '../../../shared/contracts/plans.ts';
import { periodText } from '../../../shared/plans/period.ts';

/**
 * The plans a user records under, their own organisation's first (a commune's issued plan, the
 * province's for the province office); the rest they can see follow, the top of the cascade first.
 */
export function plansFor(me: MeDto, plans: PlanSummaryDto[]): PlanSummaryDto[] {
  const own = plans.filter((p) => p.organisationId === me.organisationId);
  return [...own, ...plans.filter((p) => p.organisationId !== me.organisationId)];
}

/** A plan's name in a picker: its number, the organisation that issued it and its period (2022–2025). */
export const planLabel = (
  p: Pick<PlanSummaryDto, 'numberSymbol' | 'organisationName' | 'startYear' | 'endYear'>,
) =>
  `${p.numberSymbol ? `${p.numberSymbol} · ` : ''}${p.organisationName} (${periodText({ start: p.startYear, end: p.endYear })})`;
