import { useQuery } from '@tanstack/react-query';
import type {
  AdminUnitDetailDto,
  AdminUnitDto,
  OrganisationDto,
} from '../../../shared/contracts/org-units.ts';
import { get, qs } from '../../app/api.ts';

export function useUnitSearch(q: string, includeExpired: boolean) {
  return useQuery({
    queryKey: ['units', 'search', q, includeExpired],
    queryFn: () =>
      get<{ items: AdminUnitDto[] }>(
        `/api/admin-units${qs({ q, includeExpired: includeExpired || undefined })}`,
      ),
    enabled: q.trim().length > 0,
  });
}

export function useUnitDetail(id: number | null) {
  return useQuery({
    queryKey: ['units', 'detail', id],
    queryFn: () => get<AdminUnitDetailDto>(`/api/admin-units/${id}`),
    enabled: id !== null,
  });
}

export function useUnitOrganisations(id: number | null) {
  return useQuery({
    queryKey: ['organisations', 'unit', id],
    queryFn: () => get<{ items: OrganisationDto[] }>(`/api/organisations${qs({ unit: id })}`),
    enabled: id !== null,
  });
}

export const listUnits = (params: Record<string, string | number | boolean | undefined>) =>
  get<{ items: AdminUnitDto[] }>(`/api/admin-units${qs(params)}`).then((r) => r.items);
