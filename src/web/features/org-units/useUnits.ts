import { useQueries, useQuery } from '@tanstack/react-query';
import type {
  AdminUnitDetailDto,
  AdminUnitDto,
  OrganisationDto,
} from '../../../shared/contracts/org-units.ts';
import { get, qs } from '../../app/api.ts';
import { fromBundle } from '../../app/start-bundle.ts';

// Reference data change rarely: keep what was read for a while instead of asking again on every click.
const STALE = 5 * 60_000;

export const listUnits = (params: Record<string, string | number | boolean | undefined>) =>
  get<{ items: AdminUnitDto[] }>(`/api/admin-units${qs(params)}`).then((r) => r.items);

export const fetchUnitDetail = (id: number) => get<AdminUnitDetailDto>(`/api/admin-units/${id}`);

export function useUnitSearch(q: string, includeExpired: boolean) {
  return useQuery({
    queryKey: ['units', 'search', q, includeExpired],
    queryFn: () =>
      get<{ items: AdminUnitDto[] }>(
        `/api/admin-units${qs({ q, includeExpired: includeExpired || undefined })}`,
      ),
    enabled: q.trim().length > 0,
    staleTime: STALE,
  });
}

export function useUnitDetail(id: number | null) {
  return useQuery({
    queryKey: ['units', 'detail', id],
    queryFn: () =>
      fromBundle(
        `unit ${id}`,
        (b) => (b.unit?.id === id ? b.unit : undefined),
        () => fetchUnitDetail(id!),
      ),
    enabled: id !== null,
    staleTime: STALE,
  });
}

/** The villages (bản, tổ…) of a commune, inactive ones included so that they can be reactivated. */
export function useVillages(communeId: number | null) {
  return useQuery({
    queryKey: ['units', 'villages', communeId],
    queryFn: () =>
      fromBundle(
        `villages ${communeId}`,
        (b) => (b.unit?.id === communeId ? b.villages : undefined),
        () => listUnits({ parentId: communeId!, level: 'village' }),
      ),
    enabled: communeId !== null,
    staleTime: STALE,
  });
}

/**
 * The former district of each unit (by id): the detail of a pre-2025 commune names its district
 * among its ancestors. A commune merges two to five old ones, so this is a handful of small requests.
 */
export function useFormerDistricts(ids: number[]): Map<number, string> {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['units', 'detail', id],
      queryFn: () => fetchUnitDetail(id),
      staleTime: STALE,
    })),
  });
  const districts = new Map<number, string>();
  results.forEach((r, i) => {
    const district = r.data?.ancestors.find((a) => a.level === 'district');
    if (district) districts.set(ids[i], district.name);
  });
  return districts;
}

export function useUnitOrganisations(id: number | null) {
  return useQuery({
    queryKey: ['organisations', 'unit', id],
    queryFn: () => get<{ items: OrganisationDto[] }>(`/api/organisations${qs({ unit: id })}`),
    enabled: id !== null,
    staleTime: STALE,
  });
}
