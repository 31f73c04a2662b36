import { z } from 'zod';
import { isoDate } from './common.ts';

export const auditEntryDto = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  /** The actor's display name (the username when it names no account, as "cli"). */
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  provinceCode: z.string().nullable(),
  adminUnitId: z.number().nullable(),
  adminUnitName: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntryDto = z.infer<typeof auditEntryDto>;

export const auditQuery = z.object({
  user: z.string().optional(),
  unit: z.coerce.number().int().positive().optional(),
  entity: z.string().max(60).optional(),
  entityId: z.string().max(80).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
