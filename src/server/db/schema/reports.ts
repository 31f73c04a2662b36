import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { adminUnits } from './admin-units.ts';
import { timestamps, version } from './common.ts';
import { organisations } from './organisations.ts';
import { plans } from './plans.ts';

/**
 * A unit's report on a plan for one period: drafted from its recorded data, edited, submitted,
 * returned with comments or accepted (then locked). One row per unit, plan and period, so a
 * submission sent twice in the year-end rush can never make two reports.
 */
export const unitReports = pgTable(
  'unit_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    adminUnitId: integer('admin_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    periodKind: text('period_kind').notNull(),
    periodYear: integer('period_year').notNull(),
    periodNo: integer('period_no').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status')
      .$type<'draft' | 'submitted' | 'returned' | 'accepted'>()
      .notNull()
      .default('draft'),
    /** The figures drafted from the unit's data when the report was opened (refreshable while a draft). */
    figures: jsonb('figures').$type<Record<string, unknown>>().notNull().default({}),
    results: text('results'),
    difficulties: text('difficulties'),
    proposals: text('proposals'),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true, mode: 'date' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    submittedBy: text('submitted_by'),
    submissions: integer('submissions').notNull().default(0),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'date' }),
    reviewedBy: text('reviewed_by'),
    reviewComment: text('review_comment'),
    createdBy: text('created_by').notNull(),
    ...timestamps,
    ...version,
  },
  (t) => [
    uniqueIndex('unit_reports_one_per_period_uq').on(
      t.planId,
      t.organisationId,
      t.periodKind,
      t.periodYear,
      t.periodNo,
    ),
    index('unit_reports_province_idx').on(t.provinceCode, t.periodYear),
    check('unit_reports_status_ck', sql`${t.status} in ('draft','submitted','returned','accepted')`),
  ],
);

/** E-mail reminders sent, one per unit, plan, period and day: a restart never sends twice. */
export const reportReminders = pgTable(
  'report_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    periodNo: integer('period_no').notNull(),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    recipients: integer('recipients').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('report_reminders_once_a_day_uq').on(t.planId, t.organisationId, t.periodNo, t.sentOn)],
);

/** Money spent under a plan: against an activity's allocation from one funding source. */
export const expenditures = pgTable(
  'expenditures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    activityId: uuid('activity_id').notNull(),
    sourceKey: text('source_key').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    adminUnitId: integer('admin_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    spentOn: date('spent_on', { mode: 'string' }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    voucherNumber: text('voucher_number').notNull(),
    description: text('description'),
    recordedBy: text('recorded_by').notNull(),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('expenditures_plan_idx').on(t.planId, t.activityId, t.sourceKey),
    // A voucher is entered once per plan: re-entering it is refused instead of counted twice.
    uniqueIndex('expenditures_voucher_uq').on(t.planId, t.organisationId, t.voucherNumber),
    check('expenditures_amount_ck', sql`${t.amount} > 0`),
  ],
);
