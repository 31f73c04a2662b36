import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  ActivityKind,
  ActivityMeasures,
  ParticipantGroup,
} from '../../../shared/contracts/activity-records.ts';
import { adminUnits } from './admin-units.ts';
import { timestamps, version } from './common.ts';
import { organisations } from './organisations.ts';
import { plans } from './plans.ts';

/**
 * What a unit did under a plan activity. `rootActivityId` is the province's activity the record
 * counts towards (a commune plan's activity inherits from it), so progress rolls up through the
 * cascade with one group-by.
 */
export const activityRecords = pgTable(
  'activity_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    activityId: uuid('activity_id').notNull(),
    rootActivityId: uuid('root_activity_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The recording organisation's unit: decides who may read the record. */
    adminUnitId: integer('admin_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    kind: text('kind').$type<ActivityKind>().notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    communeUnitId: integer('commune_unit_id').references(() => adminUnits.id),
    villageUnitIds: integer('village_unit_ids').array().notNull().default(sql`'{}'::integer[]`),
    audiences: text('audiences').array().notNull().default(sql`'{}'`),
    participantsTotal: integer('participants_total').notNull().default(0),
    participantsMen: integer('participants_men'),
    participantsWomen: integer('participants_women'),
    participantGroups: jsonb('participant_groups')
      .$type<Partial<Record<ParticipantGroup, number>>>()
      .notNull()
      .default({}),
    outputs: jsonb('outputs')
      .$type<{ description: string; quantity?: number | null; unit?: string | null }[]>()
      .notNull()
      .default([]),
    /** Sum of the outputs' quantities, kept for fast roll-ups. */
    outputQuantity: bigint('output_quantity', { mode: 'number' }).notNull().default(0),
    cost: bigint('cost', { mode: 'number' }).notNull().default(0),
    fundingSourceKey: text('funding_source_key'),
    measures: jsonb('measures').$type<ActivityMeasures>().notNull(),
    notes: text('notes'),
    attachmentIds: uuid('attachment_ids').array().notNull().default(sql`'{}'`),
    clientKey: text('client_key'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: text('created_by').notNull(),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('activity_records_rollup_idx').on(t.provinceCode, t.rootActivityId, t.adminUnitId),
    index('activity_records_plan_idx').on(t.planId, t.activityId),
    // A draft sent twice after a dropped connection is stored once.
    uniqueIndex('activity_records_client_key_uq').on(t.organisationId, t.clientKey),
    check('activity_records_dates_ck', sql`${t.endDate} >= ${t.startDate}`),
    check('activity_records_cost_ck', sql`${t.cost} >= 0 and ${t.participantsTotal} >= 0`),
  ],
);

/** Population figures per commune and year: the denominators of targets such as "> 70% of couples". */
export const populationDenominators = pgTable(
  'population_denominators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').notNull(),
    adminUnitId: integer('admin_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    year: integer('year').notNull(),
    population: integer('population'),
    women15to49: integer('women_15_49'),
    couples: integer('couples'),
    pupils: integer('pupils'),
    isDemo: boolean('is_demo').notNull().default(false),
    ...timestamps,
    ...version,
  },
  (t) => [uniqueIndex('population_denominators_unit_year_uq').on(t.adminUnitId, t.year)],
);

/** “Bạn gái tiêu biểu” clubs: their meetings are activity records of kind 'club'. */
export const clubs = pgTable('clubs', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  adminUnitId: integer('admin_unit_id')
    .notNull()
    .references(() => adminUnits.id),
  name: text('name').notNull(),
  school: text('school'),
  members: integer('members').notNull().default(0),
  foundedOn: date('founded_on', { mode: 'string' }),
  active: boolean('active').notNull().default(true),
  isDemo: boolean('is_demo').notNull().default(false),
  ...timestamps,
  ...version,
});
