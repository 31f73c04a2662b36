import { useQuery } from '@tanstack/react-query';
import type { LeadersDashboardDto } from '../../../shared/contracts/dashboard.ts';
import { get, qs } from '../../app/api.ts';

export const useDashboard = (planId: string | undefined, period: number) =>
  useQuery({
    queryKey: ['dashboard', planId, period],
    queryFn: () => get<LeadersDashboardDto>(`/api/plans/${planId}/dashboard${qs({ period })}`),
    enabled: !!planId,
    retry: false,
  });
