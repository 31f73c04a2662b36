import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
export const isoDateTime = z.string();
export const uuid = z.string().uuid('Mã định danh không hợp lệ');
/** Optimistic lock: the version the client read; a save naming an older one gets 409. */
export const versionField = z.number().int().positive();

export const errorBody = z.object({
  code: z.string(),
  message: z.string(),
  issues: z
    .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))
    .optional(),
});

export const okBody = z.object({ ok: z.literal(true) });

export function listOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int().optional() });
}
