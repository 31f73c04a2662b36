import { useQuery } from '@tanstack/react-query';
import type { AdminUnitDetailDto } from '../../../shared/contracts/org-units.ts';
import type {
  BirthOrder,
  BirthsSource,
  BirthsSourceDto,
  MonthlyBirthsDto,
  MonthlyBirthsInput,
  MonthlyBirthsMonth,
  SrbAreaDto,
  SrbEstimatesDto,
} from '../../../shared/contracts/srb.ts';
import { get, post, postWithProgress, put, qs } from '../../app/api.ts';

/** The overview's choices; they travel in the page's address, so a view can be shared. */
export interface SrbView {
  level: 'commune' | 'district';
  window: number;
  year?: number;
  order?: BirthOrder;
  /** For those who read every province (admin, Cục Dân số); others always see their own. */
  province?: string;
}

/** The query string of /api/srb/estimates and of the watch-list download: the same for both. */
export const estimatesQuery = (v: SrbView) =>
  qs({ level: v.level, window: v.window, year: v.year, order: v.order, province: v.province });

export const watchlistUrl = (v: SrbView) => `/api/srb/watchlist.xlsx${estimatesQuery(v)}`;

export const useSrbEstimates = (v: SrbView) =>
  useQuery({
    queryKey: ['srb', 'estimates', v],
    queryFn: () => get<SrbEstimatesDto>(`/api/srb/estimates${estimatesQuery(v)}`),
    placeholderData: (previous) => previous,
  });

export const useSrbArea = (code: string | undefined, window: number) =>
  useQuery({
    queryKey: ['srb', 'area', code, window],
    queryFn: () => get<SrbAreaDto>(`/api/srb/areas/${code}${qs({ window })}`),
    enabled: !!code,
    retry: false,
  });

export interface CommuneBoundaries {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { code: string; name: string }; geometry: unknown }[];
}

/** The commune boundaries of a province (static reference data: fetched once per visit). */
export const useCommuneBoundaries = (province: string | undefined) =>
  useQuery({
    queryKey: ['geo', province, 'communes'],
    queryFn: () => get<CommuneBoundaries>(`/api/geo/${province}/communes`),
    enabled: !!province,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/** One administrative unit (to learn a commune's code from the signed-in user's unit id). */
export const useAdminUnit = (id: number | null | undefined) =>
  useQuery({
    queryKey: ['units', 'detail', id],
    queryFn: () => get<AdminUnitDetailDto>(`/api/admin-units/${id}`),
    enabled: !!id,
    staleTime: 10 * 60_000,
  });

export const useMonthlyBirths = (unit: string | undefined, year: number) =>
  useQuery({
    queryKey: ['births', 'monthly', unit, year],
    queryFn: () => get<MonthlyBirthsDto>(`/api/births/monthly${qs({ unit, year })}`),
    enabled: !!unit,
  });

export const saveMonthlyBirths = (input: MonthlyBirthsInput) =>
  put<MonthlyBirthsMonth>('/api/births/monthly', input);

/** Which source of births counts in a province (the same answer on the form and the imports page). */
export const useBirthsSource = (province: string | null | undefined) =>
  useQuery({
    queryKey: ['births', 'source', province],
    queryFn: () => get<BirthsSourceDto>(`/api/births/source${qs({ province })}`),
    enabled: !!province,
  });

export const setBirthsSource = (province: string, source: BirthsSource) =>
  put<BirthsSourceDto>('/api/births/source', { province, source });

export type BatchKind = 'records' | 'counts' | 'form';

/** One imported batch as GET /api/births/imports lists it. */
export interface BirthBatch {
  id: string;
  kind: BatchKind;
  fileName: string;
  rowCount: number;
  births: number;
  /** Made by the simulator for demonstrations (older servers do not send it). */
  simulated?: boolean;
  status: 'active' | 'withdrawn';
  createdBy: string;
  /** Display name of `createdBy` (older servers do not send it). */
  createdByName?: string;
  createdAt: string;
  withdrawnAt: string | null;
}

export const useBirthBatches = () =>
  useQuery({
    queryKey: ['births', 'imports'],
    queryFn: () => get<{ items: BirthBatch[] }>('/api/births/imports'),
  });

export const withdrawBatch = (id: string) => post<BirthBatch>(`/api/births/imports/${id}/withdraw`);

/** The file's bytes as base64, read in the browser (the API takes JSON). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export const importBirthFile = (
  fileName: string,
  contentBase64: string,
  onProgress: (sent: number) => void,
) => postWithProgress<BirthBatch>('/api/births/imports', { fileName, contentBase64 }, onProgress);

/** An area's page, keeping the window the user was looking at. */
export const areaPath = (code: string, window?: number) =>
  `/births-srb/areas/${code}${window ? `?window=${window}` : ''}`;
