import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
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
  uuid,
} from 'drizzle-orm/pg-core';
import type { PlanContent, PlanStatus } from '../../../shared/contracts/plans.ts';
import { adminUnits } from './admin-units.ts';
import { timestamps, version } from './common.ts';
import { organisations } from './organisations.ts';

/**
 * A Kế hoạch. `content` is the whole structured plan as the editor and the documents use it;
 * the tables below project what is counted, filtered and rolled up (activities, targets,
 * budget lines, funding sources, cited documents) so that SQL — and the activity records of
 * later issues — reach them directly. Both are written in one transaction by the plans service.
 */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    adminUnitId: integer('admin_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    provinceCode: text('province_code').notNull(),
    /** The period the plan covers (giai đoạn 2022–2025); a yearly plan starts and ends in one year. */
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    status: text('status').$type<PlanStatus>().notNull().default('draft'),
    /** 1 for the first issue; a revision is a new row pointing at the one it replaces. */
    revision: integer('revision').notNull().default(1),
    previousRevisionId: uuid('previous_revision_id').references((): AnyPgColumn => plans.id),
    /** The issued plan this one cascades from (its first căn cứ). */
    parentPlanId: uuid('parent_plan_id').references((): AnyPgColumn => plans.id),
    subject: text('subject').notNull(),
    number: text('number'),
    symbol: text('symbol'),
    issuedDate: date('issued_date'),
    content: jsonb('content').$type<PlanContent>().notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('plans_org_year_idx').on(t.organisationId, t.startYear, t.endYear),
    index('plans_province_idx').on(t.provinceCode, t.startYear, t.endYear),
    index('plans_parent_idx').on(t.parentPlanId),
    // One live revision per lineage: a revision in progress and the issued one may coexist.
    uniqueIndex('plans_previous_uq').on(t.previousRevisionId),
    check('plans_period_ck', sql`${t.endYear} >= ${t.startYear}`),
    check('plans_status_ck', sql`${t.status} in ('draft','issued','superseded')`),
  ],
);

export const planActivities = pgTable(
  'plan_activities',
  {
    /** The id from the plan's content: stable across saves and across revisions of a plan. */
    id: uuid('id').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    parentId: uuid('parent_id'),
    position: integer('position').notNull(),
    /** "1", "1.2", "3.1.4": the number the document prints. */
    numberLabel: text('number_label').notNull(),
    title: text('title').notNull(),
    kind: text('kind'),
    leadOrganisationId: uuid('lead_organisation_id').references(() => organisations.id),
    leadName: text('lead_name'),
    coordinatingOrganisationIds: uuid('coordinating_organisation_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    placeUnitIds: integer('place_unit_ids').array().notNull().default(sql`'{}'::integer[]`),
    startDate: date('start_date'),
    endDate: date('end_date'),
    outputs: jsonb('outputs')
      .$type<{ description: string; quantity?: number | null; unit?: string | null }[]>()
      .notNull(),
    budgetTotal: bigint('budget_total', { mode: 'number' }).notNull().default(0),
    inheritedFromId: uuid('inherited_from_id'),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.id] }),
    index('plan_activities_id_idx').on(t.id),
    index('plan_activities_lead_idx').on(t.leadOrganisationId),
  ],
);

export const planTargets = pgTable(
  'plan_targets',
  {
    id: uuid('id').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    position: integer('position').notNull(),
    indicator: text('indicator').notNull(),
    comparator: text('comparator').notNull(),
    value: jsonb('value').$type<number>().notNull(),
    valueMax: jsonb('value_max').$type<number | null>(),
    unit: text('unit').notNull(),
    population: text('population'),
    unitIds: integer('unit_ids').array().notNull().default(sql`'{}'::integer[]`),
    inheritedFromId: uuid('inherited_from_id'),
  },
  (t) => [primaryKey({ columns: [t.planId, t.id] })],
);

export const planFundingSources = pgTable(
  'plan_funding_sources',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    provinceCode: text('province_code').notNull(),
    name: text('name').notNull(),
    legalBasis: text('legal_basis'),
    amount: bigint('amount', { mode: 'number' }),
  },
  (t) => [uniqueIndex('plan_funding_sources_pk').on(t.planId, t.key)],
);

export const planBudgetLines = pgTable(
  'plan_budget_lines',
  {
    id: uuid('id').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id').notNull(),
    provinceCode: text('province_code').notNull(),
    sourceKey: text('source_key').notNull(),
    item: text('item').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.id] })],
);

export const planLegalBases = pgTable(
  'plan_legal_bases',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    number: text('number'),
    date: date('date'),
    issuer: text('issuer'),
    /** When the cited document is a plan in Cân Bằng. */
    citedPlanId: uuid('cited_plan_id').references(() => plans.id),
  },
  (t) => [
    uniqueIndex('plan_legal_bases_pk').on(t.planId, t.position),
    index('plan_legal_bases_cited_idx').on(t.citedPlanId),
  ],
);
