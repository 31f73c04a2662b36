import { z } from 'zod';

export const provinceCodeParams = z.object({
  code: z.string().regex(/^\d{2}$/, 'Mã tỉnh, thành phố gồm 2 chữ số'),
});

/** One of the 34 provinces of the catalogue and what the database holds of it. */
export const provinceStatusDto = z.object({
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  /** The provinces of before 01/07/2025 it was made of. */
  formerProvinces: z.array(z.string()),
  /** Communes and wards in the catalogue. */
  referenceCommunes: z.number().int(),
  /** Current communes and wards in the database, and how many have an active Trạm Y tế. */
  communes: z.number().int(),
  stations: z.number().int(),
  /** Enabled by `canbang province add` or the page "Thêm tỉnh". */
  enabled: z.boolean(),
});
export type ProvinceStatusDto = z.infer<typeof provinceStatusDto>;

export const provinceAddResult = z.object({
  code: z.string(),
  name: z.string(),
  /** Rows inserted by this run: 0 everywhere when the province was already complete. */
  units: z.number().int(),
  successors: z.number().int(),
  organisations: z.number().int(),
  changed: z.boolean(),
});
export type ProvinceAddResult = z.infer<typeof provinceAddResult>;

/** A province being added from the web app: polled until it is done or failed. */
export const provinceJobDto = z.object({
  code: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  phase: z.enum(['units', 'organisations', 'done']),
  step: z.number().int(),
  steps: z.number().int(),
  result: provinceAddResult.optional(),
  error: z.string().optional(),
});
export type ProvinceJobDto = z.infer<typeof provinceJobDto>;
