import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { OrganisationKind } from '../../../shared/organisation-kinds.ts';
import { adminUnits } from './admin-units.ts';
import { timestamps, version } from './common.ts';

/** A body that plans, acts or reports: Sở Y tế, Chi cục Dân số, a Trạm Y tế, a school, a newspaper… */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** Abbreviation used in document symbols (Số: 246/KH-DSKHHGĐ) and in lists ("CCDS"). */
    abbreviation: text('abbreviation'),
    kind: text('kind').$type<OrganisationKind>().notNull(),
    adminUnitId: integer('admin_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    /** The body it belongs to (cơ quan chủ quản): Chi cục Dân số → Sở Y tế → UBND tỉnh. */
    parentId: uuid('parent_id').references((): AnyPgColumn => organisations.id),
    provinceCode: text('province_code').notNull(),
    headName: text('head_name'),
    address: text('address'),
    phone: text('phone'),
    email: text('email'),
    active: boolean('active').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    sortKey: text('sort_key').notNull(),
    searchText: text('search_text').notNull(),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('organisations_admin_unit_idx').on(t.adminUnitId),
    index('organisations_parent_idx').on(t.parentId),
    index('organisations_province_idx').on(t.provinceCode),
    check('organisations_not_own_parent_ck', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  ],
);
