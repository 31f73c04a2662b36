import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { AdminLevel } from '../../../shared/admin-levels.ts';
import { timestamps, version } from './common.ts';

/**
 * Official administrative units (tỉnh, huyện, xã/phường/thị trấn) and user-added villages.
 * Official codes are reused across reforms (the 2025 ward 03646 is not the pre-2025 ward
 * 03646), so the key is a surrogate id and a code is unique only together with valid_from.
 */
export const adminUnits = pgTable(
  'admin_units',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    code: text('code'),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    type: text('type').notNull(),
    level: text('level').$type<AdminLevel>().notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => adminUnits.id),
    provinceCode: text('province_code').notNull(),
    /** Materialised ancestor path of ids ("1.14.230"): a subtree is `path = p OR path LIKE p || '.%'`. */
    path: text('path').notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
    /** Byte-order sort key for Vietnamese alphabetical order (PGlite has no Vietnamese collation). */
    sortKey: text('sort_key').notNull(),
    /** Lower-case, accent-free name for accent-insensitive search ("chieng sinh"). */
    searchText: text('search_text').notNull(),
    meta: jsonb('meta').$type<Record<string, unknown>>().notNull().default({}),
    ...timestamps,
    ...version,
  },
  (t) => [
    uniqueIndex('admin_units_code_valid_from_uq')
      .on(t.code, sql`coalesce(${t.validFrom}, '0001-01-01'::date)`)
      .where(sql`${t.code} is not null`),
    index('admin_units_parent_idx').on(t.parentId),
    index('admin_units_path_idx').on(t.path),
    index('admin_units_province_level_idx').on(t.provinceCode, t.level),
    check('admin_units_level_ck', sql`${t.level} in ('country','province','district','commune','village')`),
    check('admin_units_code_ck', sql`${t.code} is not null or ${t.level} = 'village'`),
    check(
      'admin_units_validity_ck',
      sql`${t.validTo} is null or ${t.validFrom} is null or ${t.validTo} >= ${t.validFrom}`,
    ),
  ],
);

/**
 * Old unit → new unit after a reorganisation (Nghị quyết 1681/NQ-UBTVQH15 for Sơn La, 01/07/2025).
 * `partial` means only part of the old unit went to this successor (two Sơn La communes were split).
 */
export const adminUnitSuccessors = pgTable(
  'admin_unit_successors',
  {
    predecessorId: integer('predecessor_id')
      .notNull()
      .references(() => adminUnits.id),
    successorId: integer('successor_id')
      .notNull()
      .references(() => adminUnits.id),
    kind: text('kind').$type<'full' | 'partial'>().notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.predecessorId, t.successorId] }),
    index('admin_unit_successors_successor_idx').on(t.successorId),
    check('admin_unit_successors_kind_ck', sql`${t.kind} in ('full','partial')`),
  ],
);
