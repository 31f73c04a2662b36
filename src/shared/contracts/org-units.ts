import { z } from 'zod';
import { ADMIN_LEVELS, VILLAGE_TYPES } from '../admin-levels.ts';
import { ORGANISATION_KIND_CODES } from '../organisation-kinds.ts';
import { isoDate, versionField } from './common.ts';

export const adminUnitDto = z.object({
  id: z.number(),
  code: z.string().nullable(),
  name: z.string(),
  shortName: z.string(),
  type: z.string(),
  level: z.enum(ADMIN_LEVELS),
  parentId: z.number().nullable(),
  parentCode: z.string().nullable(),
  provinceCode: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  active: z.boolean(),
  /** Current units this (expired) unit went into. */
  successorIds: z.array(z.number()),
  version: z.number(),
});
export type AdminUnitDto = z.infer<typeof adminUnitDto>;

export const adminUnitDetailDto = adminUnitDto.extend({
  ancestors: z.array(
    z.object({ id: z.number(), code: z.string().nullable(), name: z.string(), level: z.enum(ADMIN_LEVELS) }),
  ),
  successors: z.array(
    z.object({
      id: z.number(),
      code: z.string().nullable(),
      name: z.string(),
      kind: z.enum(['full', 'partial']),
    }),
  ),
  predecessors: z.array(
    z.object({
      id: z.number(),
      code: z.string().nullable(),
      name: z.string(),
      kind: z.enum(['full', 'partial']),
    }),
  ),
});
export type AdminUnitDetailDto = z.infer<typeof adminUnitDetailDto>;

export const adminUnitListQuery = z.object({
  /** Parent by official code (resolved at `at`). */
  parent: z.string().optional(),
  /** Parent by id (villages have no official code). */
  parentId: z.coerce.number().int().positive().optional(),
  level: z.enum(ADMIN_LEVELS).optional(),
  province: z
    .string()
    .regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số')
    .optional(),
  q: z.string().max(100).optional(),
  /** Units valid on this day (default: today). */
  at: isoDate.optional(),
  /** Include units that had ended by `at` (pre-2025 communes and districts). */
  includeExpired: z.enum(['true', 'false']).optional(),
});

export const createVillageInput = z.object({
  parentId: z.number().int().positive(),
  name: z.string().trim().min(1, 'Hãy nhập tên bản, tổ').max(120),
  type: z.enum(VILLAGE_TYPES),
});

export const updateVillageInput = z.object({
  version: versionField,
  name: z.string().trim().min(1, 'Hãy nhập tên bản, tổ').max(120).optional(),
  type: z.enum(VILLAGE_TYPES).optional(),
  active: z.boolean().optional(),
});

export const organisationDto = z.object({
  id: z.string(),
  name: z.string(),
  abbreviation: z.string().nullable(),
  kind: z.enum(ORGANISATION_KIND_CODES as [string, ...string[]]),
  adminUnitId: z.number(),
  adminUnitName: z.string(),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  provinceCode: z.string(),
  headName: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  isDemo: z.boolean(),
  version: z.number(),
});
export type OrganisationDto = z.infer<typeof organisationDto>;

export const organisationListQuery = z.object({
  unit: z.coerce.number().int().positive().optional(),
  /** Include organisations of the whole subtree of `unit`. */
  subtree: z.enum(['true', 'false']).optional(),
  kind: z.enum(ORGANISATION_KIND_CODES as [string, ...string[]]).optional(),
  q: z.string().max(100).optional(),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

const organisationFields = {
  name: z.string().trim().min(2, 'Tên cơ quan phải có ít nhất 2 ký tự').max(300),
  abbreviation: z.string().trim().max(40).nullable().optional(),
  kind: z.enum(ORGANISATION_KIND_CODES as [string, ...string[]]),
  adminUnitId: z.number().int().positive(),
  parentId: z.string().uuid('Cơ quan chủ quản không hợp lệ').nullable().optional(),
  headName: z.string().trim().max(200).nullable().optional(),
  address: z.string().trim().max(300).nullable().optional(),
  phone: z.string().trim().max(30).nullable().optional(),
  email: z.string().trim().email('Thư điện tử không hợp lệ').nullable().optional(),
};

export const createOrganisationInput = z.object(organisationFields);
export type CreateOrganisationInput = z.infer<typeof createOrganisationInput>;

export const updateOrganisationInput = z
  .object({ ...organisationFields, active: z.boolean() })
  .partial()
  .extend({ version: versionField });
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationInput>;
