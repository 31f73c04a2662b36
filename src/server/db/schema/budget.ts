import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamps, version } from './common.ts';
import { organisations } from './organisations.ts';
import { plans } from './plans.ts';

/**
 * The province's division of one budget line of a plan (an activity × a funding source) among the
 * units that carry it out. A division, not extra money: the shares of a line never add up to more
 * than the line (checked by the service under a lock, since it is a sum over rows). A share of 0 is
 * a deleted row, so there is one row per plan, activity, source and unit.
 */
export const budgetAllocations = pgTable(
  'budget_allocations',
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
    amount: bigint('amount', { mode: 'number' }).notNull(),
    note: text('note'),
    createdBy: text('created_by').notNull(),
    ...timestamps,
    ...version,
  },
  (t) => [
    uniqueIndex('budget_allocations_line_unit_uq').on(t.planId, t.activityId, t.sourceKey, t.organisationId),
    index('budget_allocations_organisation_idx').on(t.organisationId),
    check('budget_allocations_amount_ck', sql`${t.amount} > 0`),
  ],
);
