import { useQuery } from '@tanstack/react-query';
import type { PlanContent, PlanDto, PlanSummaryDto } from '../../../shared/contracts/plans.ts';
import type { ErrorIssue } from '../../../shared/errors.ts';
import { get, qs } from '../../app/api.ts';

export const usePlans = (params: { year?: number; status?: string }) =>
  useQuery({
    queryKey: ['plans', 'list', params],
    queryFn: () => get<{ items: PlanSummaryDto[] }>(`/api/plans${qs(params)}`),
  });

export const usePlan = (id: string | undefined) =>
  useQuery({
    queryKey: ['plans', 'one', id],
    queryFn: () => get<PlanDto>(`/api/plans/${id}`),
    enabled: !!id,
  });

export const usePlanChecks = (id: string | undefined) =>
  useQuery({
    queryKey: ['plans', 'checks', id],
    queryFn: () => get<{ issues: ErrorIssue[] }>(`/api/plans/${id}/validation`),
    enabled: !!id,
  });

export const usePlanChildren = (id: string | undefined) =>
  useQuery({
    queryKey: ['plans', 'children', id],
    queryFn: () =>
      get<{ children: PlanSummaryDto[]; withoutPlan: { id: number; code: string | null; name: string }[] }>(
        `/api/plans/${id}/children`,
      ),
    enabled: !!id,
  });

export const usePlanHistory = (id: string | undefined) =>
  useQuery({
    queryKey: ['plans', 'history', id],
    queryFn: () => get<{ items: PlanSummaryDto[] }>(`/api/plans/${id}/history`),
    enabled: !!id,
  });

/**
 * The next plan's draft from this one: same structure, the period moved on by its length (2026 →
 * 2027; 2022–2025 → 2026–2029), dates moved as much, no number yet.
 */
export function nextYearContent(c: PlanContent): PlanContent {
  const step = c.period.end - c.period.start + 1;
  const shift = (d?: string | null) => (d ? `${Number(d.slice(0, 4)) + step}${d.slice(4)}` : d);
  const bump = (s: string) =>
    s.replace(/\b(20\d\d)\b/g, (y) =>
      Number(y) >= c.period.start && Number(y) <= c.period.end ? String(Number(y) + step) : y,
    );
  const activity = (a: PlanContent['activities'][number]): PlanContent['activities'][number] => ({
    ...a,
    id: crypto.randomUUID(),
    start: shift(a.start),
    end: shift(a.end),
    budgetLines: a.budgetLines.map((l) => ({ ...l, id: crypto.randomUUID() })),
    children: a.children.map(activity),
  });
  return {
    ...c,
    period: { start: c.period.start + step, end: c.period.end + step },
    number: null,
    issuedDate: null,
    subject: bump(c.subject),
    preamble: c.preamble ? bump(c.preamble) : c.preamble,
    activities: c.activities.map(activity),
    targets: c.targets.map((t) => ({ ...t, id: crypto.randomUUID() })),
    reporting: c.reporting ? { ...c.reporting, deadline: shift(c.reporting.deadline) } : c.reporting,
  };
}
