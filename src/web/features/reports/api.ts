import { useQuery } from '@tanstack/react-query';
import type { PlanDto } from '../../../shared/contracts/plans.ts';
import type {
  ReportCompletenessDto,
  ReportingSummaryDto,
  SummaryStatus,
  UnitReportDto,
} from '../../../shared/contracts/reports.ts';
import { get, post, qs } from '../../app/api.ts';

// The reports feature's reads. Every key starts with 'reports' so that one invalidation after a
// save, a submission or a review refreshes the report and the completeness figures together.

export const useCompleteness = (planId: string | undefined, period: number, year?: number) =>
  useQuery({
    queryKey: ['reports', 'completeness', planId, period, year],
    queryFn: () => get<ReportCompletenessDto>(`/api/plans/${planId}/reports${qs({ period, year })}`),
    enabled: !!planId,
    retry: false,
  });

/** The reporting-rate summary: units × the duty's periods, filtered by a cell status. */
export const useReportingSummary = (planId: string, status: SummaryStatus | undefined) =>
  useQuery({
    queryKey: ['reports', 'summary', planId, status],
    queryFn: () => get<ReportingSummaryDto>(`/api/plans/${planId}/reporting-summary${qs({ status })}`),
    retry: false,
    placeholderData: (previous) => previous,
  });

export const useReport = (id: string | undefined) =>
  useQuery({
    queryKey: ['reports', 'report', id],
    queryFn: () => get<UnitReportDto>(`/api/reports/${id}`),
    enabled: !!id,
    retry: false,
  });

/** The plan's reporting duty (how many periods, by when), read from its content. */
export const usePlanDuty = (id: string | undefined) =>
  useQuery({
    queryKey: ['reports', 'plan', id],
    queryFn: () => get<PlanDto>(`/api/plans/${id}`).then((p) => p.content.reporting ?? null),
    enabled: !!id,
    staleTime: 5 * 60_000,
  });

export const openReport = (planId: string, periodNo: number, periodYear?: number) =>
  post<UnitReportDto>('/api/reports', { planId, periodNo, periodYear });
