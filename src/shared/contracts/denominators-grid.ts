import { z } from 'zod';

// The grid of population denominators: every commune in the caller's scope is a row, whether or
// not it has figures yet, and a save sends only the rows that changed, each with the version it
// was read at (null: the commune had no figures then), so that nobody's edit is silently replaced.

export const DENOMINATOR_FIELDS = ['population', 'women15to49', 'couples', 'pupils'] as const;
export type DenominatorField = (typeof DENOMINATOR_FIELDS)[number];

/** Column headings as the errors name them (the web app translates its own headings). */
export const DENOMINATOR_LABELS: Record<DenominatorField, string> = {
  population: 'Dân số',
  women15to49: 'Phụ nữ 15–49 tuổi',
  couples: 'Cặp vợ chồng trong độ tuổi sinh đẻ',
  pupils: 'Học sinh',
};

export interface DenominatorGridRow {
  adminUnitId: number;
  unitName: string;
  unitCode: string | null;
  provinceCode: string;
  population: number | null;
  women15to49: number | null;
  couples: number | null;
  pupils: number | null;
  /** null: no figures entered for this commune and year yet. */
  version: number | null;
}

// Values are checked by the service (range, consistency, scope) so that each error can name the
// commune and the column in Vietnamese; here only their shape.
const value = z.number().nullable();
export const denominatorsBulkInput = z.object({
  year: z.number().int().min(2000).max(2100),
  rows: z
    .array(
      z.object({
        adminUnitId: z.number().int().positive(),
        version: z.number().int().positive().nullable(),
        population: value,
        women15to49: value,
        couples: value,
        pupils: value,
      }),
    )
    .min(1, 'Không có dòng nào thay đổi.')
    .max(2000),
});
export type DenominatorsBulkInput = z.infer<typeof denominatorsBulkInput>;
