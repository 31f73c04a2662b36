import { z } from 'zod';
import type { SrbFigures, SrbSettingsDto } from './srb.ts';

// The national level (issue 14): Cục Dân số's yearly targets and its page over every province.

export const NATIONAL_TARGET_COMPARATORS = ['below', 'at_most', 'at_least', 'above', 'reduce_by'] as const;
export type NationalTargetComparator = (typeof NATIONAL_TARGET_COMPARATORS)[number];

export const NATIONAL_TARGET_COMPARATOR_LABELS: Record<NationalTargetComparator, { vi: string; en: string }> =
  {
    below: { vi: 'dưới', en: 'below' },
    at_most: { vi: 'không quá', en: 'at most' },
    at_least: { vi: 'ít nhất', en: 'at least' },
    above: { vi: 'trên', en: 'above' },
    reduce_by: { vi: 'giảm', en: 'reduce by' },
  };

/** Indicators a national target may name; `srb` is what the SRB pages compare with. */
export const NATIONAL_INDICATORS = {
  srb: { vi: 'Tỷ số giới tính khi sinh', en: 'Sex ratio at birth', unit: 'bé trai/100 bé gái' },
  srb_reduction: {
    vi: 'Mức giảm tỷ số giới tính khi sinh mỗi năm',
    en: 'Yearly reduction of the sex ratio at birth',
    unit: 'điểm',
  },
  other: { vi: 'Chỉ tiêu khác', en: 'Other indicator', unit: '' },
} as const;
export type NationalIndicator = keyof typeof NATIONAL_INDICATORS;

export interface NationalTargetDto {
  id: string;
  year: number;
  indicator: string;
  comparator: NationalTargetComparator;
  value: number;
  unit: string;
  note: string | null;
  sourceDocument: string;
  verified: boolean;
  version: number;
}

const text = (field: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Hãy nhập ${field}`)
    .max(max, `${field[0].toUpperCase()}${field.slice(1)} dài quá ${max} ký tự`);

export const nationalTargetInput = z.object({
  year: z.number().int('Năm phải là số nguyên').min(2000, 'Năm từ 2000').max(2100, 'Năm đến 2100'),
  indicator: z.enum(Object.keys(NATIONAL_INDICATORS) as [NationalIndicator, ...NationalIndicator[]], {
    message: 'Chỉ tiêu không có trong danh mục',
  }),
  comparator: z.enum(NATIONAL_TARGET_COMPARATORS, { message: 'Cách so sánh không hợp lệ' }),
  value: z.number().min(0, 'Giá trị không được âm').max(1000, 'Giá trị quá lớn'),
  unit: text('đơn vị tính', 60),
  note: z.string().trim().max(2000, 'Ghi chú dài quá 2000 ký tự').nullable().optional(),
  sourceDocument: text('văn bản nguồn', 500),
  verified: z.boolean().optional(),
});
export type NationalTargetInput = z.infer<typeof nationalTargetInput>;
export const nationalTargetPatch = nationalTargetInput.partial().extend({ version: z.number().int() });

/** One province on the national page. */
export interface NationalProvinceRow {
  code: string;
  name: string;
  /** The province's own SRB (the same estimate its SRB page shows), null without births. */
  srb: SrbFigures | null;
  simulated: boolean;
  /** Its province-level plan of the year, if issued (or superseded by a later revision). */
  issuedPlan: { id: string; title: string; issuedOn: string | null } | null;
  /** When its consolidated report of the year was sent to the national level. */
  reportSentAt: string | null;
  /** What opens that report: its plan, year and the year's last period (the whole year). */
  report: { planId: string; year: number; period: number } | null;
}

/** GET /api/national/overview */
export interface NationalOverviewDto {
  year: number;
  provinces: NationalProvinceRow[];
  /** The figures layer's counts over the rows above. */
  figures: { provinces: number; withIssuedPlan: number; withReportSent: number };
  srbTarget: NationalTargetDto | null;
  /** The estimator's settings every province's figures were made with (for the map's colours). */
  settings: SrbSettingsDto;
}
