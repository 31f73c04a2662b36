import { z } from 'zod';
import { isoDate } from './common.ts';
import {
  type CommitmentState,
  FACILITY_KINDS,
  FACILITY_SERVICES,
  FACILITY_STATUSES,
  type FacilityKind,
  type FacilityService,
  type FacilityStatus,
} from './facility-codes.ts';

// The codes and their names live in facility-codes.ts (no zod there); this contract carries them too.
export * from './facility-codes.ts';

// Facilities that could enable sex selection, the commitments they signed, and their inspections.

export const OWNERSHIPS = ['public', 'private'] as const;

/** The headings the facility import accepts (as in its template), in this order. */
export const FACILITY_IMPORT_HEADINGS = [
  'Loại',
  'Tên cơ sở',
  'Số giấy phép',
  'Hình thức',
  'Dịch vụ',
  'Mã xã, phường',
  'Thôn, bản',
  'Địa chỉ',
  'Người đứng đầu',
  'Điện thoại',
  'Trạng thái',
] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const facilityInput = z.object({
  kind: z.enum(FACILITY_KINDS),
  ownership: z.enum(OWNERSHIPS).nullable().optional(),
  name: text(300),
  licenceNumber: optionalText(100),
  services: z.array(z.enum(FACILITY_SERVICES)).max(FACILITY_SERVICES.length).default([]),
  adminUnitId: z.number().int().positive(),
  villageUnitId: z.number().int().positive().nullable().optional(),
  address: optionalText(300),
  headName: optionalText(200),
  phone: optionalText(50),
  status: z.enum(FACILITY_STATUSES).default('active'),
});
export type FacilityInput = z.infer<typeof facilityInput>;
export const facilityUpdate = facilityInput.partial().extend({ version: z.number().int().positive() });

export interface FacilityDto {
  id: string;
  provinceCode: string;
  kind: FacilityKind;
  ownership: 'public' | 'private' | null;
  name: string;
  licenceNumber: string | null;
  services: FacilityService[];
  adminUnitId: number;
  adminUnitName: string;
  adminUnitCode: string | null;
  villageUnitId: number | null;
  address: string | null;
  headName: string | null;
  phone: string | null;
  status: FacilityStatus;
  isDemo: boolean;
  commitment: CommitmentState;
  lastInspectedOn: string | null;
  version: number;
}

export const workerInput = z.object({
  fullName: text(200),
  certificateNumber: optionalText(100),
  facilityId: z.string().uuid().nullable().optional(),
  workplace: optionalText(300),
  adminUnitId: z.number().int().positive(),
  services: z.array(z.enum(FACILITY_SERVICES)).max(FACILITY_SERVICES.length).default([]),
  status: z.enum(FACILITY_STATUSES).default('active'),
});
export type WorkerInput = z.infer<typeof workerInput>;
export const workerUpdate = workerInput.partial().extend({ version: z.number().int().positive() });

export interface WorkerDto {
  id: string;
  provinceCode: string;
  fullName: string;
  certificateNumber: string | null;
  facilityId: string | null;
  facilityName: string | null;
  workplace: string | null;
  adminUnitId: number;
  adminUnitName: string;
  services: FacilityService[];
  status: FacilityStatus;
  isDemo: boolean;
  commitment: CommitmentState;
  version: number;
}

const commitmentFields = z.object({
  facilityId: z.string().uuid().nullable().optional(),
  workerId: z.string().uuid().nullable().optional(),
  signedOn: isoDate,
  validUntil: isoDate.nullable().optional(),
  signerName: text(200),
  signerTitle: optionalText(200),
  /** The commitment-signing conference (an activity record) where it was signed, when recorded. */
  activityRecordId: z.string().uuid().nullable().optional(),
  documentAttachmentId: z.string().uuid().nullable().optional(),
  notes: optionalText(2000),
});
export const commitmentInput = commitmentFields
  .refine((c) => !!c.facilityId !== !!c.workerId, {
    message: 'Cam kết thuộc về một cơ sở hoặc một cá nhân (chọn đúng một).',
    path: ['facilityId'],
  })
  .refine((c) => !c.validUntil || c.validUntil >= c.signedOn, {
    message: 'Ngày hết hiệu lực phải sau ngày ký.',
    path: ['validUntil'],
  });
export type CommitmentInput = z.infer<typeof commitmentInput>;
/** A correction (the signer cannot change: record a new commitment instead); `revoked` withdraws it. */
export const commitmentUpdate = commitmentFields
  .omit({ facilityId: true, workerId: true })
  .partial()
  .extend({ version: z.number().int().positive(), revoked: z.boolean().optional() });

export interface CommitmentDto {
  id: string;
  provinceCode: string;
  facilityId: string | null;
  workerId: string | null;
  subjectName: string;
  adminUnitName: string;
  signedOn: string;
  validUntil: string | null;
  signerName: string;
  signerTitle: string | null;
  activityRecordId: string | null;
  documentAttachmentId: string | null;
  notes: string | null;
  revokedAt: string | null;
  version: number;
}

/** Coverage against the 100% target, per commune and for the province. */
export interface CoverageRow {
  adminUnitId: number | null;
  name: string;
  required: number;
  valid: number;
  lapsed: number;
  missing: number;
  /** valid / required, null when nothing is required. */
  rate: number | null;
}
export interface CoverageDto {
  onDate: string;
  province: CoverageRow;
  communes: CoverageRow[];
  /** Who has not signed or whose commitment lapsed. */
  gaps: {
    kind: 'facility' | 'worker';
    id: string;
    name: string;
    adminUnitName: string;
    state: CommitmentState;
  }[];
}

export const LEGAL_STATUSES = ['verified', 'unverified'] as const;
export const legalProvisionUpdate = z.object({
  title: text(500).optional(),
  acts: text(2000).optional(),
  fineMin: z.number().int().min(0).nullable().optional(),
  fineMax: z.number().int().min(0).nullable().optional(),
  verified: z.boolean().optional(),
  source: optionalText(1000),
  active: z.boolean().optional(),
  version: z.number().int().positive(),
});
export interface LegalProvisionDto {
  id: string;
  code: string;
  document: string;
  article: number;
  clause: string | null;
  title: string;
  acts: string;
  /** For an individual; organisations' range is doubled. */
  fineMin: number | null;
  fineMax: number | null;
  verified: boolean;
  source: string | null;
  active: boolean;
  version: number;
}

export const checklistItemInput = z.object({
  label: text(500),
  appliesTo: z.array(z.enum(FACILITY_KINDS)).min(1, 'Chọn ít nhất một loại cơ sở'),
  sortOrder: z.number().int().min(0).max(10_000).default(100),
  active: z.boolean().default(true),
});
export const checklistItemUpdate = checklistItemInput
  .partial()
  .extend({ version: z.number().int().positive() });
export interface ChecklistItemDto {
  id: string;
  label: string;
  appliesTo: FacilityKind[];
  sortOrder: number;
  active: boolean;
  version: number;
}

const inspectionPlanFields = z.object({
  title: text(300),
  periodStart: isoDate,
  periodEnd: isoDate,
  teamUserIds: z.array(z.string().uuid()).max(20).default([]),
  teamNotes: optionalText(1000),
  facilityIds: z.array(z.string().uuid()).max(500).default([]),
  workerIds: z.array(z.string().uuid()).max(500).default([]),
});
export const inspectionPlanInput = inspectionPlanFields.refine((p) => p.periodEnd >= p.periodStart, {
  message: 'Ngày kết thúc phải sau ngày bắt đầu.',
  path: ['periodEnd'],
});
export type InspectionPlanInput = z.infer<typeof inspectionPlanInput>;
export const inspectionPlanUpdate = inspectionPlanFields.extend({ version: z.number().int().positive() });
export interface InspectionPlanDto {
  id: string;
  provinceCode: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  teamUserIds: string[];
  teamNames: string[];
  teamNotes: string | null;
  facilityIds: string[];
  workerIds: string[];
  /** Targets inspected at least once within the period. */
  done: number;
  planned: number;
  version: number;
}

export const CHECK_RESULTS = ['pass', 'fail', 'na'] as const;
export const OFFENDER_KINDS = ['individual', 'organisation'] as const;

export const violationInput = z.object({
  legalProvisionId: z.string().uuid().nullable(),
  description: text(2000),
  offenderKind: z.enum(OFFENDER_KINDS),
  offenderName: optionalText(300),
});
export const sanctionInput = z.object({
  decisionNumber: optionalText(100),
  decisionDate: isoDate.nullable().optional(),
  fineAmount: z.number().int().min(0).max(10_000_000_000).nullable().optional(),
  followUp: optionalText(2000),
  status: z.enum(['open', 'sanctioned', 'closed']).optional(),
  version: z.number().int().positive(),
});

const inspectionFields = z.object({
  planId: z.string().uuid().nullable().optional(),
  facilityId: z.string().uuid().nullable().optional(),
  workerId: z.string().uuid().nullable().optional(),
  inspectedOn: isoDate,
  team: text(1000),
  checklist: z
    .array(
      z.object({
        itemId: z.string().uuid(),
        result: z.enum(CHECK_RESULTS),
        note: optionalText(1000),
      }),
    )
    .max(100)
    .default([]),
  findings: optionalText(5000),
  evidenceAttachmentIds: z.array(z.string().uuid()).max(20).default([]),
  violations: z.array(violationInput).max(20).default([]),
});
export const inspectionInput = inspectionFields.refine((i) => !!i.facilityId !== !!i.workerId, {
  message: 'Chọn đúng một cơ sở hoặc một cá nhân được kiểm tra.',
  path: ['facilityId'],
});
export type InspectionInput = z.infer<typeof inspectionInput>;
/** A correction of the record; its violations are followed up through their own updates. */
export const inspectionUpdate = inspectionFields
  .omit({ facilityId: true, workerId: true, violations: true, planId: true })
  .partial()
  .extend({ version: z.number().int().positive() });

export interface ViolationDto {
  id: string;
  legalProvisionId: string | null;
  provisionCode: string | null;
  description: string;
  offenderKind: 'individual' | 'organisation';
  offenderName: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  fineAmount: number | null;
  followUp: string | null;
  status: 'open' | 'sanctioned' | 'closed';
  closedOn: string | null;
  /** Warnings about the fine (outside the article's range), in Vietnamese. */
  warnings: string[];
  /** The same in English, for the English pages. */
  warningsEn: string[];
  version: number;
}

export interface InspectionDto {
  id: string;
  provinceCode: string;
  planId: string | null;
  facilityId: string | null;
  workerId: string | null;
  subjectName: string;
  adminUnitName: string;
  inspectedOn: string;
  team: string;
  checklist: { itemId: string; label: string; result: (typeof CHECK_RESULTS)[number]; note: string | null }[];
  findings: string | null;
  evidenceAttachmentIds: string[];
  /** The evidence files the reader may open, with their names. */
  evidence: { id: string; fileName: string; contentType: string; size: number }[];
  violations: ViolationDto[];
  isDemo: boolean;
  recordedBy: string;
  /** The display name of `recordedBy` (a username). */
  recordedByName: string;
  version: number;
}

/** One row of "where to inspect next", with the reasons behind its score. */
export interface InspectionPriorityDto {
  facilityId: string;
  provinceCode: string;
  name: string;
  kind: FacilityKind;
  adminUnitName: string;
  score: number;
  /** Each reason in Vietnamese (label) and English (labelEn). */
  reasons: { label: string; labelEn: string; points: number }[];
}

export interface FacilityFiguresDto {
  year: number;
  /** What the figures cover: the user's commune, province, or the whole country for admins. */
  scopeName: string;
  /** Coverage is counted on the last day of the year, or today for the current year. */
  coverageDate: string;
  coverage: CoverageRow;
  inspections: { planned: number; done: number; rate: number | null };
  violationsByProvision: { code: string; title: string; count: number; fines: number }[];
  violations: number;
  /** Violations still open: neither sanctioned nor closed. */
  openViolations: number;
  fines: number;
  finesInWords: string;
}
