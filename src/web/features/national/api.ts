import { useQuery } from '@tanstack/react-query';
import type {
  NationalOverviewDto,
  NationalTargetDto,
  NationalTargetInput,
} from '../../../shared/contracts/national.ts';
import type { SrbEstimatesDto } from '../../../shared/contracts/srb.ts';
import { get, patch, post, qs } from '../../app/api.ts';
import type { CommuneBoundaries } from '../births-srb/api.ts';

export const useNationalOverview = (year: number) =>
  useQuery({
    queryKey: ['national', 'overview', year],
    queryFn: () => get<NationalOverviewDto>(`/api/national/overview${qs({ year })}`),
    placeholderData: (previous) => previous,
  });

/** The 34 provinces' outlines (static reference data: fetched once per visit). */
export const useProvinceBoundaries = () =>
  useQuery({
    queryKey: ['geo', 'provinces'],
    queryFn: () => get<CommuneBoundaries>('/api/geo/provinces'),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/** One province's commune SRB, for the drill-down: the province's own estimates. */
export const useProvinceSrb = (province: string | null, year: number) =>
  useQuery({
    queryKey: ['srb', 'estimates', 'province', province, year],
    queryFn: () => get<SrbEstimatesDto>(`/api/srb/estimates${qs({ province, year })}`),
    enabled: !!province,
  });

export const useNationalTargets = () =>
  useQuery({
    queryKey: ['national', 'targets'],
    queryFn: () => get<{ items: NationalTargetDto[] }>('/api/national-targets'),
  });

export const createNationalTarget = (input: NationalTargetInput) =>
  post<NationalTargetDto>('/api/national-targets', input);
export const updateNationalTarget = (id: string, input: Partial<NationalTargetInput> & { version: number }) =>
  patch<NationalTargetDto>(`/api/national-targets/${id}`, input);
