import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { adminUnits } from './admin-units.ts';
import { organisations } from './organisations.ts';

/**
 * One imported file (or one monthly form) of birth data. Re-importing the same content while
 * the batch is active is refused (the hash), so nothing is counted twice; a batch can be
 * withdrawn, which removes its counts from every figure.
 */
export const birthBatches = pgTable(
  'birth_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    kind: text('kind').$type<'records' | 'counts' | 'form'>().notNull(),
    fileName: text('file_name').notNull(),
    contentHash: text('content_hash').notNull(),
    rowCount: integer('row_count').notNull(),
    births: integer('births').notNull(),
    /** Made by `canbang births simulate` for demonstrations: every figure built on it says so. */
    simulated: boolean('simulated').notNull().default(false),
    /** A monthly form (kind 'form') is identified by its commune and month; one active at a time. */
    formUnitId: integer('form_unit_id').references(() => adminUnits.id),
    formYear: integer('form_year'),
    formMonth: integer('form_month'),
    status: text('status').$type<'active' | 'withdrawn'>().notNull().default('active'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    withdrawnBy: text('withdrawn_by'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('birth_batches_province_idx').on(t.provinceCode),
    index('birth_batches_hash_idx').on(t.provinceCode, t.contentHash),
    check('birth_batches_kind_ck', sql`${t.kind} in ('records','counts','form')`),
    check('birth_batches_status_ck', sql`${t.status} in ('active','withdrawn')`),
    // Two people saving the same month at once: the second insert fails instead of counting twice.
    uniqueIndex('birth_batches_active_form_uq')
      .on(t.formUnitId, t.formYear, t.formMonth)
      .where(sql`${t.status} = 'active' and ${t.kind} = 'form'`),
  ],
);

/**
 * Births counted by 2025 commune, year, month (when known) and birth order. `sourceUnitId` is
 * the unit named in the file (a pre-2025 commune rolls up to its successor in `unitId`).
 * No names or identity numbers are ever stored.
 */
export const birthCounts = pgTable(
  'birth_counts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => birthBatches.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    sourceUnitId: integer('source_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    year: integer('year').notNull(),
    month: integer('month'),
    birthOrder: text('birth_order').notNull(),
    boys: integer('boys').notNull(),
    girls: integer('girls').notNull(),
  },
  (t) => [
    index('birth_counts_unit_year_idx').on(t.provinceCode, t.unitId, t.year),
    index('birth_counts_batch_idx').on(t.batchId),
    check('birth_counts_order_ck', sql`${t.birthOrder} in ('1','2','3+','unknown')`),
    check('birth_counts_nonneg_ck', sql`${t.boys} >= 0 and ${t.girls} >= 0`),
  ],
);
