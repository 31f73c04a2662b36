import { useQuery } from '@tanstack/react-query';
import type {
  ChecklistItemDto,
  CommitmentDto,
  CoverageDto,
  FacilityDto,
  FacilityFiguresDto,
  InspectionDto,
  InspectionPlanDto,
  InspectionPriorityDto,
  LegalProvisionDto,
  WorkerDto,
} from '../../../shared/contracts/facilities.ts';
import type { AdminUnitDto } from '../../../shared/contracts/org-units.ts';
import type { UserDto } from '../../../shared/contracts/users.ts';
import { get, qs } from '../../app/api.ts';

// The registry's reads. Every key starts with 'facilities' so that one invalidation after a write
// refreshes lists, coverage, figures and ranking together.

export interface RegistryFilter {
  q?: string;
  kind?: string;
  unit?: number;
  status?: string;
  service?: string;
}

const list = <T>(url: string) => get<{ items: T[] }>(url).then((r) => r.items);

export const useFacilities = (f: RegistryFilter = {}) =>
  useQuery({
    queryKey: ['facilities', 'list', f],
    queryFn: () => list<FacilityDto>(`/api/facilities${qs({ ...f })}`),
    placeholderData: (previous) => previous,
  });

export const useFacility = (id: string | undefined) =>
  useQuery({
    queryKey: ['facilities', 'one', id],
    queryFn: () => get<FacilityDto>(`/api/facilities/${id}`),
    enabled: !!id,
    retry: false,
  });

export const useWorkers = (f: RegistryFilter = {}) =>
  useQuery({
    queryKey: ['facilities', 'workers', f],
    queryFn: () => list<WorkerDto>(`/api/health-workers${qs({ ...f, kind: undefined })}`),
    placeholderData: (previous) => previous,
  });

export const useWorker = (id: string | undefined) =>
  useQuery({
    queryKey: ['facilities', 'worker', id],
    queryFn: () => get<WorkerDto>(`/api/health-workers/${id}`),
    enabled: !!id,
    retry: false,
  });

export interface Subject {
  facilityId?: string;
  workerId?: string;
}

export const useCommitments = (s: Subject) =>
  useQuery({
    queryKey: ['facilities', 'commitments', s],
    queryFn: () => list<CommitmentDto>(`/api/commitments${qs({ ...s })}`),
  });

export const useCoverage = (onDate: string) =>
  useQuery({
    queryKey: ['facilities', 'coverage', onDate],
    queryFn: () => get<CoverageDto>(`/api/commitments/coverage${qs({ onDate })}`),
    placeholderData: (previous) => previous,
  });

export const useInspectionPlans = () =>
  useQuery({
    queryKey: ['facilities', 'plans'],
    queryFn: () => list<InspectionPlanDto>('/api/inspection-plans'),
  });

export const useInspections = (q: {
  facilityId?: string;
  workerId?: string;
  planId?: string;
  year?: number;
}) =>
  useQuery({
    queryKey: ['facilities', 'inspections', q],
    queryFn: () => list<InspectionDto>(`/api/inspections${qs(q)}`),
    placeholderData: (previous) => previous,
  });

export const useInspection = (id: string | undefined) =>
  useQuery({
    queryKey: ['facilities', 'inspection', id],
    queryFn: () => get<InspectionDto>(`/api/inspections/${id}`),
    enabled: !!id,
    retry: false,
  });

export const usePriorities = (enabled: boolean) =>
  useQuery({
    queryKey: ['facilities', 'priorities'],
    queryFn: () => list<InspectionPriorityDto>('/api/inspections/priorities'),
    enabled,
  });

export const useFigures = (year: number) =>
  useQuery({
    queryKey: ['facilities', 'figures', year],
    queryFn: () => get<FacilityFiguresDto>(`/api/facility-figures${qs({ year })}`),
    placeholderData: (previous) => previous,
  });

export const figuresXlsxUrl = (year: number) => `/api/facility-figures.xlsx${qs({ year })}`;

export const useProvisions = () =>
  useQuery({
    queryKey: ['facilities', 'provisions'],
    queryFn: () => list<LegalProvisionDto>('/api/legal-provisions'),
    staleTime: 10 * 60_000,
  });

/** The province's checklist; an administrator names the province, others get their own. */
export const useChecklist = (province: string | undefined, enabled = true) =>
  useQuery({
    queryKey: ['facilities', 'checklist', province],
    queryFn: () => list<ChecklistItemDto>(`/api/checklist-items${qs({ province })}`),
    enabled,
  });

/** Inspectors who can join a plan's team (only managers may list users). */
export const useInspectors = (enabled: boolean) =>
  useQuery({
    queryKey: ['users', 'inspectors'],
    queryFn: () => list<UserDto>(`/api/users${qs({ role: 'inspector' })}`),
    enabled,
  });

export const useProvinces = (enabled: boolean) =>
  useQuery({
    queryKey: ['units', 'provinces'],
    queryFn: () => list<AdminUnitDto>(`/api/admin-units${qs({ level: 'province' })}`),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useVillages = (communeId: number | null | undefined) =>
  useQuery({
    queryKey: ['units', 'villages', communeId],
    queryFn: () => list<AdminUnitDto>(`/api/admin-units${qs({ parentId: communeId, level: 'village' })}`),
    enabled: !!communeId,
    staleTime: 10 * 60_000,
  });
