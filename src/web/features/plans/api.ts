import { useQuery } from '@tanstack/react-query';
import type { PlanDto, PlanSummaryDto } from '../../../shared/contracts/plans.ts';
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
