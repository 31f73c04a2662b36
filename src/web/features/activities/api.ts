import { useQuery } from '@tanstack/react-query';
import type { ActivityRecordDto, PlanProgressDto } from '../../../shared/contracts/activity-records.ts';
import type { DenominatorGridRow } from '../../../shared/contracts/denominators-grid.ts';
import type { PlanActivity, PlanDto, PlanSummaryDto } from '../../../shared/contracts/plans.ts';
import { compareVi } from '../../../shared/text/sort.ts';
import { get, qs } from '../../app/api.ts';
import { fromBundle } from '../../app/start-bundle.ts';

// The activities feature's reads. Every key starts with 'activities' so that one invalidation after
// a save refreshes the month's counts, the records and the progress together.

export interface RecordFilter {
  planId?: string;
  activityId?: string;
  from?: string;
  to?: string;
}

export const recordsKey = (f: RecordFilter) => ['activities', 'records', f] as const;

export const useRecords = (f: RecordFilter, enabled = true) =>
  useQuery({
    queryKey: recordsKey(f),
    queryFn: () =>
      fromBundle(
        `records ${f.planId} ${f.from} ${f.to}`,
        (b) =>
          !f.activityId && f.planId === b.plan?.id && f.from === b.month.from && f.to === b.month.to
            ? b.records
            : undefined,
        () =>
          get<{ items: ActivityRecordDto[] }>(`/api/activity-records${qs({ ...f })}`).then((r) => r.items),
      ),
    placeholderData: (previous) => previous,
    enabled,
  });

export const useRecord = (id: string | undefined) =>
  useQuery({
    queryKey: ['activities', 'record', id],
    queryFn: () => get<ActivityRecordDto>(`/api/activity-records/${id}`),
    enabled: !!id,
    retry: false,
  });

export const useProgress = (planId: string | undefined, year?: number) =>
  useQuery({
    queryKey: ['activities', 'progress', planId, year],
    queryFn: () => get<PlanProgressDto>(`/api/plans/${planId}/progress${qs({ year })}`),
    enabled: !!planId,
    placeholderData: (previous) => (previous?.planId === planId ? previous : undefined),
  });

/** The issued plans of a year the user can see, the top of the cascade first, then by organisation. */
export const useIssuedPlans = (year: number) =>
  useQuery({
    queryKey: ['activities', 'plans', year],
    queryFn: () =>
      fromBundle(
        `plans ${year}`,
        (b) => (b.month.year === year ? b.plans : undefined),
        () =>
          get<{ items: PlanSummaryDto[] }>(`/api/plans${qs({ year, status: 'issued' })}`).then(
            (r) => r.items,
          ),
      ).then((items) =>
        [...items].sort(
          (a, b) =>
            Number(!!a.parentPlanId) - Number(!!b.parentPlanId) ||
            compareVi(a.organisationName, b.organisationName),
        ),
      ),
  });

export const usePlanContent = (id: string | undefined) =>
  useQuery({
    queryKey: ['activities', 'plan', id],
    queryFn: () =>
      fromBundle(
        `plan ${id}`,
        (b) => (b.plan?.id === id ? b.plan : undefined),
        () => get<PlanDto>(`/api/plans/${id}`),
      ),
    enabled: !!id,
    staleTime: 5 * 60_000,
  });

/** Every commune of the caller's scope for `year`, with its figures and version (null: none yet). */
export const useDenominatorGrid = (year: number) =>
  useQuery({
    queryKey: ['activities', 'denominators', year],
    queryFn: () =>
      get<{ items: DenominatorGridRow[] }>(`/api/population-denominators/grid${qs({ year })}`).then(
        (r) => r.items,
      ),
  });

/** A plan's activities numbered as the document numbers them (1, 1.1, 1.2, 2…), depth first. */
export function numberedActivities(
  list: PlanActivity[],
  prefix = '',
): { number: string; activity: PlanActivity; depth: number }[] {
  return list.flatMap((a, i) => {
    const number = prefix ? `${prefix}.${i + 1}` : String(i + 1);
    return [
      { number, activity: a, depth: prefix.split('.').filter(Boolean).length },
      ...numberedActivities(a.children, number),
    ];
  });
}
