import type { REPORTING_PERIODS } from '../../../shared/contracts/plans.ts';
import { formatMonthYearVi, halfYearLabelVi, quarterLabelVi } from '../../../shared/format/index.ts';

// The periods a reporting duty asks for in a year, and their deadlines. The plan gives one date
// (the year's report, e.g. 05/12/2026); shorter periods fall due on the same day of the month
// after they end, and the last one on the plan's date itself.

export type PeriodKind = (typeof REPORTING_PERIODS)[number];
export interface ReportPeriod {
  kind: PeriodKind;
  year: number;
  no: number;
  /** Inclusive ISO dates. */
  from: string;
  to: string;
  due: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** `day` of the month after `month` (clamped to that month's length). */
function dueAfter(year: number, month: number, day: number): string {
  const y = month === 12 ? year + 1 : year;
  const m = month === 12 ? 1 : month + 1;
  return `${y}-${pad(m)}-${pad(Math.min(day, lastDay(y, m)))}`;
}

const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, half_year: 6, year: 12 };

/** "Năm 2026", "Quý I/2026", "6 tháng đầu năm 2026"…: the period as documents name it. */
export function periodLabel(kind: PeriodKind, year: number, no: number): string {
  if (kind === 'year') return `Năm ${year}`;
  if (kind === 'half_year') return halfYearLabelVi(year, no);
  if (kind === 'quarter') return quarterLabelVi(year, no);
  return formatMonthYearVi(year, no);
}

export function periodsOf(kind: PeriodKind, year: number, deadline: string): ReportPeriod[] {
  const months = MONTHS[kind];
  const count = 12 / months;
  const day = Number(deadline.slice(8, 10));
  return Array.from({ length: count }, (_, i) => {
    const first = i * months + 1;
    const last = first + months - 1;
    const label = periodLabel(kind, year, i + 1);
    return {
      kind,
      year,
      no: i + 1,
      from: `${year}-${pad(first)}-01`,
      to: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
      due: i === count - 1 ? deadline : dueAfter(year, last, day),
      label,
    };
  });
}

/**
 * The deadline of the report of `year` in a multi-year plan: the plan's date, moved to that year
 * (05/12/2022 → 05/12/2024; 29/02 → 28/02 in a common year). A plan of 2022–2025 owes a report
 * every year of its period, not one inside its first year.
 */
export function deadlineInYear(deadline: string, year: number): string {
  const month = Number(deadline.slice(5, 7));
  const day = Math.min(Number(deadline.slice(8, 10)), lastDay(year, month));
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The periods of one year of a plan's period, due by the plan's deadline moved to that year. */
export function periodsOfYear(kind: PeriodKind, year: number, deadline: string): ReportPeriod[] {
  return periodsOf(kind, year, deadlineInYear(deadline, year));
}

/**
 * On time as DHIS2 counts it: submitted on or before the due day, the day being the one in Viet
 * Nam (UTC+7, no daylight saving) — a report sent at 23:59 on the due day is on time.
 */
export function onTime(submittedAt: Date, due: string): boolean {
  const vn = new Date(submittedAt.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return vn <= due;
}
