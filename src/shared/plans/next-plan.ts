import type { PlanContent } from '../contracts/plans.ts';

/**
 * The next plan's draft from this one: same structure, the period moved on by its length (2026 →
 * 2027; 2022–2025 → 2026–2029), and every year the plan names inside its period moved as much —
 * activity dates, the reporting deadline, the targets' years and yearly values, a change target's
 * baseline ("so với năm 2021" → 2025), years in the subject and annexes. No number or date yet.
 */
export function nextPlanContent(c: PlanContent): PlanContent {
  const step = c.period.end - c.period.start + 1;
  const shift = (d?: string | null) => (d ? `${Number(d.slice(0, 4)) + step}${d.slice(4)}` : d);
  const inPeriod = (y: number) => y >= c.period.start && y <= c.period.end;
  const bump = (s: string) =>
    s.replace(/\b(20\d\d)\b/g, (y) => (inPeriod(Number(y)) ? String(Number(y) + step) : y));
  const year = (y: number | null | undefined) => (y == null ? y : y + step);
  const activity = (a: PlanContent['activities'][number]): PlanContent['activities'][number] => ({
    ...a,
    id: crypto.randomUUID(),
    start: shift(a.start),
    end: shift(a.end),
    timeText: a.timeText ? bump(a.timeText) : a.timeText,
    budgetLines: a.budgetLines.map((l) => ({ ...l, id: crypto.randomUUID() })),
    children: a.children.map(activity),
  });
  const target = (t: PlanContent['targets'][number]): PlanContent['targets'][number] => ({
    ...t,
    id: crypto.randomUUID(),
    // A target's years are years of the period (or, for a baseline, the year before it): each
    // moves with the period, the values stay.
    ...(t.year != null ? { year: year(t.year) } : {}),
    ...(t.byYear ? { byYear: t.byYear.map((v) => ({ ...v, year: v.year + step })) } : {}),
    ...(t.baselineYear != null ? { baselineYear: year(t.baselineYear) } : {}),
  });
  return {
    ...c,
    period: { start: c.period.start + step, end: c.period.end + step },
    number: null,
    issuedDate: null,
    subject: bump(c.subject),
    preamble: c.preamble ? bump(c.preamble) : c.preamble,
    activities: c.activities.map(activity),
    targets: c.targets.map(target),
    reporting: c.reporting ? { ...c.reporting, deadline: shift(c.reporting.deadline) } : c.reporting,
    // The review of the previous period is written anew: the copied one reviews the period before.
    review: null,
    // A table of targets per year reads the new years: titles, headings and cells that are a year.
    annexes: c.annexes.map((a) => ({
      ...a,
      title: bump(a.title),
      ...(a.columns ? { columns: a.columns.map(bump) } : {}),
      ...(a.rows
        ? { rows: a.rows.map((r) => r.map((cell) => (/^\s*20\d\d\s*$/.test(cell) ? bump(cell) : cell))) }
        : {}),
    })),
  };
}
