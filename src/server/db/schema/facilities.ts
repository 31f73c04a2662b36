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
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { FacilityKind, FacilityService, FacilityStatus } from '../../../shared/contracts/facilities.ts';
import { adminUnits } from './admin-units.ts';
import { attachments } from './attachments.ts';
import { timestamps, version } from './common.ts';

/** A clinic, hospital, pharmacy, bookstore or media producer that could enable sex selection. */
export const facilities = pgTable(
  'facilities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').notNull(),
    kind: text('kind').$type<FacilityKind>().notNull(),
    ownership: text('ownership').$type<'public' | 'private'>(),
    name: text('name').notNull(),
    licenceNumber: text('licence_number'),
    services: text('services').array().$type<FacilityService[]>().notNull().default(sql`'{}'`),
    adminUnitId: integer('admin_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    villageUnitId: integer('village_unit_id').references(() => adminUnits.id),
    address: text('address'),
    headName: text('head_name'),
    phone: text('phone'),
    status: text('status').$type<FacilityStatus>().notNull().default('active'),
    isDemo: boolean('is_demo').notNull().default(false),
    sortKey: text('sort_key').notNull(),
    searchText: text('search_text').notNull(),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('facilities_province_idx').on(t.provinceCode),
    index('facilities_unit_idx').on(t.adminUnitId),
    // One registry entry per licence: an import of the same list twice updates, never doubles.
    uniqueIndex('facilities_licence_uq').on(t.provinceCode, t.kind, t.licenceNumber),
    check(
      'facilities_kind_ck',
      sql`${t.kind} in ('health_facility','pharmacy','bookstore','media_producer')`,
    ),
    check('facilities_status_ck', sql`${t.status} in ('active','suspended','closed')`),
  ],
);

/** A person who provides ultrasound, abortion or similar services (practising certificate). */
export const healthWorkers = pgTable(
  'health_workers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').notNull(),
    fullName: text('full_name').notNull(),
    certificateNumber: text('certificate_number'),
    facilityId: uuid('facility_id').references(() => facilities.id),
    workplace: text('workplace'),
    adminUnitId: integer('admin_unit_id')
      .notNull()
      .references(() => adminUnits.id),
    services: text('services').array().$type<FacilityService[]>().notNull().default(sql`'{}'`),
    status: text('status').$type<FacilityStatus>().notNull().default('active'),
    isDemo: boolean('is_demo').notNull().default(false),
    sortKey: text('sort_key').notNull(),
    searchText: text('search_text').notNull(),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('health_workers_province_idx').on(t.provinceCode),
    uniqueIndex('health_workers_certificate_uq').on(t.provinceCode, t.certificateNumber),
  ],
);

/** A signed pledge not to diagnose or select the fetal sex, by a facility or a person. */
export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').notNull(),
    facilityId: uuid('facility_id').references(() => facilities.id),
    workerId: uuid('worker_id').references(() => healthWorkers.id),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    signerName: text('signer_name').notNull(),
    signerTitle: text('signer_title'),
    /** The commitment-signing conference (an activity record, issue 4) — a plain id until then. */
    activityRecordId: uuid('activity_record_id'),
    documentAttachmentId: uuid('document_attachment_id').references(() => attachments.id),
    notes: text('notes'),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    createdBy: text('created_by').notNull(),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('commitments_facility_idx').on(t.facilityId),
    index('commitments_worker_idx').on(t.workerId),
    check('commitments_one_subject_ck', sql`(${t.facilityId} is null) <> (${t.workerId} is null)`),
  ],
);

/** Articles of the sanctions decree (NĐ 117/2020) that a violation refers to; admins edit them. */
export const legalProvisions = pgTable(
  'legal_provisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    document: text('document').notNull(),
    article: integer('article').notNull(),
    clause: text('clause'),
    title: text('title').notNull(),
    acts: text('acts').notNull(),
    fineMin: bigint('fine_min', { mode: 'number' }),
    fineMax: bigint('fine_max', { mode: 'number' }),
    verified: boolean('verified').notNull().default(false),
    source: text('source'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
    ...version,
  },
  (t) => [
    check(
      'legal_provisions_range_ck',
      sql`${t.fineMin} is null or ${t.fineMax} is null or ${t.fineMin} <= ${t.fineMax}`,
    ),
  ],
);

/** What an inspection checks, configured by administrators per province. */
export const checklistItems = pgTable('checklist_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  label: text('label').notNull(),
  appliesTo: text('applies_to').array().$type<FacilityKind[]>().notNull(),
  sortOrder: integer('sort_order').notNull().default(100),
  active: boolean('active').notNull().default(true),
  ...timestamps,
  ...version,
});

export const inspectionPlans = pgTable(
  'inspection_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').notNull(),
    title: text('title').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    /** Inspectors assigned: they see and inspect the plan's targets. */
    teamUserIds: uuid('team_user_ids').array().notNull().default(sql`'{}'`),
    teamNotes: text('team_notes'),
    facilityIds: uuid('facility_ids').array().notNull().default(sql`'{}'`),
    workerIds: uuid('worker_ids').array().notNull().default(sql`'{}'`),
    createdBy: text('created_by').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    ...timestamps,
    ...version,
  },
  (t) => [check('inspection_plans_period_ck', sql`${t.periodEnd} >= ${t.periodStart}`)],
);

export const inspections = pgTable(
  'inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').notNull(),
    planId: uuid('plan_id').references(() => inspectionPlans.id),
    facilityId: uuid('facility_id').references(() => facilities.id),
    workerId: uuid('worker_id').references(() => healthWorkers.id),
    inspectedOn: date('inspected_on', { mode: 'string' }).notNull(),
    team: text('team').notNull(),
    checklist: jsonb('checklist')
      .$type<{ itemId: string; label: string; result: 'pass' | 'fail' | 'na'; note: string | null }[]>()
      .notNull()
      .default([]),
    findings: text('findings'),
    evidenceAttachmentIds: uuid('evidence_attachment_ids').array().notNull().default(sql`'{}'`),
    recordedBy: text('recorded_by').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('inspections_facility_idx').on(t.facilityId),
    index('inspections_province_date_idx').on(t.provinceCode, t.inspectedOn),
    check('inspections_one_subject_ck', sql`(${t.facilityId} is null) <> (${t.workerId} is null)`),
  ],
);

export const violations = pgTable(
  'violations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    legalProvisionId: uuid('legal_provision_id').references(() => legalProvisions.id),
    description: text('description').notNull(),
    offenderKind: text('offender_kind').$type<'individual' | 'organisation'>().notNull(),
    offenderName: text('offender_name'),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    fineAmount: bigint('fine_amount', { mode: 'number' }),
    followUp: text('follow_up'),
    status: text('status').$type<'open' | 'sanctioned' | 'closed'>().notNull().default('open'),
    closedOn: date('closed_on', { mode: 'string' }),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('violations_inspection_idx').on(t.inspectionId),
    check('violations_status_ck', sql`${t.status} in ('open','sanctioned','closed')`),
    check('violations_offender_ck', sql`${t.offenderKind} in ('individual','organisation')`),
  ],
);
