import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { NationalTargetComparator } from '../../../shared/contracts/national.ts';
import { timestamps, version } from './common.ts';
import { plans } from './plans.ts';

/**
 * The national yearly targets Cục Dân số sets (e.g. "SRB below 109 in 2025"): one row per year
 * and indicator, written by the national reader, read by everyone; provincial plans compare with them.
 */
export const nationalTargets = pgTable(
  'national_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    /** Indicator code, e.g. `srb` (sex ratio at birth, boys per 100 girls). */
    indicator: text('indicator').notNull(),
    comparator: text('comparator').$type<NationalTargetComparator>().notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    unit: text('unit').notNull(),
    note: text('note'),
    sourceDocument: text('source_document').notNull(),
    /** False when the figure was not read in the source document itself ("chưa kiểm chứng"). */
    verified: boolean('verified').notNull().default(true),
    createdBy: text('created_by').notNull(),
    ...timestamps,
    ...version,
  },
  (t) => [
    uniqueIndex('national_targets_year_indicator_uq').on(t.year, t.indicator),
    check(
      'national_targets_comparator_ck',
      sql`${t.comparator} in ('below','at_most','at_least','above','reduce_by')`,
    ),
    check('national_targets_year_ck', sql`${t.year} between 2000 and 2100`),
  ],
);

/** A province's consolidated report on its plan for a year, sent to the national level. */
export const consolidatedReportSends = pgTable(
  'consolidated_report_sends',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    year: integer('year').notNull(),
    sentBy: text('sent_by').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('consolidated_report_sends_plan_year_uq').on(t.planId, t.year),
    index('consolidated_report_sends_province_idx').on(t.provinceCode, t.year),
  ],
);
