import type { PlanContent } from '../../../shared/contracts/plans.ts';
import { halfYearLabel, monthLabel, quarterLabel, yearLabel } from '../../i18n/format.ts';

type Duty = NonNullable<PlanContent['reporting']>;
const COUNT = { year: 1, half_year: 2, quarter: 4, month: 12 } as const;

/** The periods a duty asks for in the plan's year, named as documents name them ("Quý I/2026"). */
export function periodOptions(duty: Duty | null | undefined, year: number) {
  if (!duty?.deadline) return [];
  const kind = duty.period ?? 'year';
  return Array.from({ length: COUNT[kind] }, (_, i) => ({
    value: i + 1,
    label:
      kind === 'year'
        ? yearLabel(year)
        : kind === 'half_year'
          ? halfYearLabel(year, i + 1)
          : kind === 'quarter'
            ? quarterLabel(year, i + 1)
            : monthLabel(year, i + 1),
  }));
}
