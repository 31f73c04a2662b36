import { AppError } from '../../shared/errors.ts';
import {
  defaultPeriodYear,
  isMultiYear,
  type PlanPeriod,
  periodIncludes,
  periodLabel,
  periodYears,
} from '../../shared/plans/period.ts';

// The year of a plan's period a page reads (progress, budget, reports): the one asked for, else
// this year while the plan runs (its nearest year otherwise). A multi-year plan's figures are
// scoped to the records and vouchers dated in that year; a yearly plan keeps all of its own.

export interface PlanYear {
  year: number;
  years: number[];
  /** Records and vouchers dated in the year; empty for a yearly plan. */
  scope: { from?: string; to?: string };
}

export function planYear(period: PlanPeriod, today: string, wanted?: number | null): PlanYear {
  if (wanted != null && !periodIncludes(period, wanted))
    throw new AppError('VALIDATION', {
      issues: [{ path: ['year'], message: `Năm ${wanted} nằm ngoài ${periodLabel(period)} của kế hoạch.` }],
    });
  const year = defaultPeriodYear(period, today, wanted);
  return {
    year,
    years: periodYears(period),
    scope: isMultiYear(period) ? { from: `${year}-01-01`, to: `${year}-12-31` } : {},
  };
}
