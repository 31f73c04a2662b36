import { z } from 'zod';
import { BIRTH_ORDERS, BIRTHS_SOURCES, type BirthOrder, type BirthsSource } from './srb-codes.ts';

export { BIRTH_ORDERS, BIRTHS_SOURCES, type BirthOrder, type BirthsSource } from './srb-codes.ts';

// What the SRB pages receive. The figures come from src/server/stats/srb (pure code); these
// shapes are the contract between the server and the web pages.

export type SrbFlag = 'imbalanced' | 'watch' | 'normal' | 'insufficient';
export type SrbLevel = 'commune' | 'district' | 'province';

/** One area over one period: raw figures with their exact interval, and the model's estimate. */
export interface SrbFigures {
  area_code: string;
  parent_code: string | null;
  level: 'area' | 'parent';
  period: string;
  births: number;
  boys: number;
  girls: number;
  srb_raw: number | null;
  srb_raw_lo95: number | null;
  srb_raw_hi95: number | null;
  srb_est: number;
  srb_lo95: number;
  srb_hi95: number;
  p_above_threshold: number;
  p_imbalanced: number;
  flag: SrbFlag;
}

/** The estimator's settings; their defaults and meaning are in src/server/stats/srb/settings.ts. */
export interface SrbSettingsDto {
  reference: number;
  threshold: number;
  window: number;
  flagProbability: number;
  watchProbability: number;
  minBirths: number;
  naturalRange: [number, number];
}

export interface NationalSrbTarget {
  year: number;
  /** The SRB must be below this many boys per 100 girls by `year`. */
  below: number;
  /** False when the figure was not read in the decision itself: show "chưa kiểm chứng". */
  verified: boolean;
}

/** GET /api/srb/estimates */
export interface SrbEstimatesDto {
  settings: SrbSettingsDto;
  level: Exclude<SrbLevel, 'province'>;
  province: { code: string; name: string };
  /** Years that have data; the window ends at `endYear`. */
  years: number[];
  endYear: number | null;
  birthOrder: BirthOrder | null;
  /** True when any figure rests on simulated data (demo): the page must say so. */
  simulated: boolean;
  areas: SrbFigures[];
  names: Record<string, string>;
  nationalTargets: NationalSrbTarget[];
  targetSource: string;
  /** The provinces the reader may choose among (all enabled ones for an admin or Cục Dân số). */
  provinces: { code: string; name: string }[];
}

/** One year of an area's trend: that year alone (raw) and the window ending that year (model). */
export interface SrbTrendPoint
  extends Pick<SrbFigures, 'births' | 'boys' | 'girls' | 'srb_raw' | 'srb_raw_lo95' | 'srb_raw_hi95'> {
  year: number;
  /** The model over the window ending this year. */
  window: SrbFigures;
}

/** GET /api/srb/areas/:code */
export interface SrbAreaDto {
  code: string;
  name: string;
  level: SrbLevel;
  settings: SrbSettingsDto;
  simulated: boolean;
  latest: SrbFigures | null;
  /** The same window for the province, for comparison. */
  province: SrbFigures | null;
  trend: SrbTrendPoint[];
  byOrder: { birthOrder: BirthOrder; figures: SrbFigures | null }[];
  nationalTargets: NationalSrbTarget[];
  targetSource: string;
}

const count = z.number().int('Số trẻ phải là số nguyên').min(0, 'Số trẻ không được âm').max(100_000);

/** PUT /api/births/monthly: one commune's births of one month, by birth order. */
export const monthlyBirthsInput = z.object({
  unitCode: z.string().regex(/^\d{5}$/, 'Mã xã, phường gồm 5 chữ số'),
  year: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1).max(12),
  /** The form's batch id when it was loaded (null if the month was empty): guards concurrent edits. */
  baseBatchId: z.string().uuid().nullable(),
  counts: z
    .array(z.object({ birthOrder: z.enum(BIRTH_ORDERS), boys: count, girls: count }))
    .length(3, 'Cần đủ ba dòng: con thứ nhất, thứ hai, thứ ba trở lên'),
});
export type MonthlyBirthsInput = z.infer<typeof monthlyBirthsInput>;

export interface MonthlyBirthsMonth {
  month: number;
  /** The active form of the month, if any. */
  batchId: string | null;
  counts: { birthOrder: BirthOrder; boys: number; girls: number }[];
  /** Username of who saved the form (shown to admins on hover) and their display name. */
  enteredBy: string | null;
  enteredByName: string | null;
  enteredAt: string | null;
  /** Births of this commune and month that came from imported files (the form adds to them). */
  importedBirths: number;
}

/** GET /api/births/monthly?unit=&year= */
export interface MonthlyBirthsDto {
  unit: { code: string; name: string };
  year: number;
  months: MonthlyBirthsMonth[];
}

/** PUT /api/births/source */
export const birthsSourceInput = z.object({
  province: z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số'),
  source: z.enum(BIRTHS_SOURCES, {
    message: 'Nguồn số trẻ sinh phải là first_stored, monthly_form hoặc province_import',
  }),
});

/** GET /api/births/source */
export interface BirthsSourceDto {
  province: { code: string; name: string };
  source: BirthsSource;
  changedBy: string | null;
  /** Who chose it, by name (the username is for administrators). */
  changedByName: string | null;
  changedAt: string | null;
  /** May the caller change it (a province officer or admin of the province). */
  canChange: boolean;
}

/** GET /api/births/monthly/grid?year=: every commune in scope × the twelve months of its forms. */
export interface MonthlyBirthsGridRow {
  unitId: number;
  unitCode: string | null;
  unitName: string;
  /** Births of months 1–12 from the month's one source; null: nothing entered or imported yet. */
  months: (number | null)[];
  /** Per month: the births came from an imported file rather than the station's form. */
  fromFile: boolean[];
}
