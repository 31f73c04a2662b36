// A plan covers a period: one year (2026) or several (giai đoạn 2022–2025). A yearly plan is the
// one-year case, start = end. Plans written before periods carried a `year`; their JSON is read
// as that one-year period, and a `year` typed as "2022-2025" becomes the period it names — never
// dropped (the old form kept 2022 and silently lost the rest).

export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2100;
/** The longest period a plan may cover (a 10-year strategy). */
export const MAX_PERIOD_YEARS = 10;

/** A plan's period; checked by `planPeriod` (contracts/plans.ts), kept out of here so that the
 *  station's pages, which only read periods, do not load zod. */
export interface PlanPeriod {
  start: number;
  end: number;
}

/** "2026" → 2026–2026; "2022-2025", "2022–2025", "2022 - 2025", "giai đoạn 2022–2025" → 2022–2025; else null. */
export function parsePeriodText(text: string): PlanPeriod | null {
  const s = text.trim();
  const range = /^(?:giai đoạn\s+|năm\s+)?(\d{4})\s*[-–—/]\s*(\d{4})$/iu.exec(s);
  if (range) return { start: Number(range[1]), end: Number(range[2]) };
  const one = /^(?:năm\s+)?(\d{4})$/iu.exec(s);
  return one ? { start: Number(one[1]), end: Number(one[1]) } : null;
}

/**
 * Reads a plan's JSON as written before periods: `year` (a number, or a text naming a period)
 * becomes `period`. A text that names no period is left under `year`, so validation refuses it by
 * name rather than the plan silently losing it.
 */
export function withPeriod(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const { year, ...rest } = raw as Record<string, unknown>;
  if (year === undefined) return raw;
  if ('period' in rest && rest.period != null) return rest; // the period wins; the old key is dropped
  const period =
    typeof year === 'number' && Number.isInteger(year)
      ? { start: year, end: year }
      : typeof year === 'string'
        ? parsePeriodText(year)
        : null;
  return period ? { ...rest, period } : raw;
}

/** Every year of the period, in order. */
export function periodYears(p: PlanPeriod): number[] {
  return Array.from({ length: p.end - p.start + 1 }, (_, i) => p.start + i);
}

export const isMultiYear = (p: PlanPeriod) => p.end > p.start;

export const periodIncludes = (p: PlanPeriod, year: number) => year >= p.start && year <= p.end;

/** Does an ISO date fall inside the period? */
export const dateInPeriod = (p: PlanPeriod, iso: string) => periodIncludes(p, Number(iso.slice(0, 4)));

/** "2022–2025" or "2026": the period as a plan list shows it. */
export function periodText(p: PlanPeriod): string {
  return isMultiYear(p) ? `${p.start}–${p.end}` : String(p.start);
}

/** "giai đoạn 2022–2025" or "năm 2026" (en: "2022–2025" or "2026"), as running text names it. */
export function periodLabel(p: PlanPeriod, locale: 'vi' | 'en' = 'vi'): string {
  if (locale === 'en') return isMultiYear(p) ? `the period ${p.start}–${p.end}` : `the year ${p.start}`;
  return isMultiYear(p) ? `giai đoạn ${p.start}–${p.end}` : `năm ${p.start}`;
}

/**
 * The year a page opens on: this year while the plan runs, its first year before it starts, its
 * last after it ends. A `wanted` year inside the period wins.
 */
export function defaultPeriodYear(p: PlanPeriod, today: string, wanted?: number | null): number {
  if (wanted != null && periodIncludes(p, wanted)) return wanted;
  const now = Number(today.slice(0, 4));
  return Math.min(p.end, Math.max(p.start, now));
}

/** The subject as printed: the period named once ("… giai đoạn 2022–2025"), added when the text omits it. */
export function subjectWithPeriod(subject: string, p: PlanPeriod): string {
  const years = isMultiYear(p) ? [`${p.start}–${p.end}`, `${p.start}-${p.end}`] : [String(p.start)];
  if (years.some((y) => subject.includes(y))) return subject;
  return `${subject.trim()} ${periodLabel(p)}`;
}
