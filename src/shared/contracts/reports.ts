import { z } from 'zod';
import type { ReportStatus, SummaryStatus } from './report-statuses.ts';

export {
  CONSOLIDATED_STATUS_LABELS,
  REPORT_STATUS_LABELS,
  REPORT_STATUSES,
  type ReportStatus,
  SUMMARY_STATUS_LABELS,
  SUMMARY_STATUSES,
  type SummaryStatus,
} from './report-statuses.ts';

// Unit reports on a plan's reporting duty: who must report, for which period, by when; the
// report's life (draft → submitted → returned/accepted); completeness and timeliness.

/** What the report says in figures, drafted from the unit's recorded data for the period. */
export interface ReportFigures {
  period: { from: string; to: string };
  activities: { kind: string; records: number; participants: number; cost: number }[];
  participants: number;
  materialsProduced: number;
  trainees: number;
  cost: number;
  commitments: { required: number; valid: number } | null;
  inspections: { done: number; violations: number; fines: number } | null;
  births: { boys: number; girls: number } | null;
}

export interface UnitReportDto {
  /** On a read (GET): whether the reader may accept or return it — the level above its unit. */
  mayReview?: boolean;
  /** On a read: the display names of who submitted and who reviewed it (the fields hold usernames). */
  submittedByName?: string | null;
  reviewedByName?: string | null;
  id: string;
  planId: string;
  organisationId: string;
  organisationName: string;
  adminUnitName: string;
  period: { kind: string; year: number; no: number; label: string };
  dueDate: string;
  status: ReportStatus;
  figures: ReportFigures;
  results: string | null;
  difficulties: string | null;
  proposals: string | null;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  onTime: boolean | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewComment: string | null;
  version: number;
}

const narrative = z.string().trim().max(20_000).nullable().optional();
export const openReportInput = z.object({
  planId: z.string().uuid(),
  periodNo: z.number().int().min(1).max(12).default(1),
  /** The year of a multi-year plan's period the report is for; default: this year while it runs. */
  periodYear: z.number().int().min(2000).max(2100).optional(),
  /** Reporting bodies above a commune (a district in the 2020 data) may open one for a unit below. */
  organisationId: z.string().uuid().optional(),
});
export const reportUpdate = z.object({
  results: narrative,
  difficulties: narrative,
  proposals: narrative,
  /** Draft the figures again from the data recorded since. */
  refreshFigures: z.boolean().optional(),
  version: z.number().int().positive(),
});
export const reportSubmit = z.object({ version: z.number().int().positive() });
export const reportReview = z.object({
  version: z.number().int().positive(),
  comment: z.string().trim().max(5000).nullable().optional(),
});

/** One expected report of a period: its unit, and where it stands. */
export interface ExpectedReportDto {
  organisationId: string;
  organisationName: string;
  adminUnitName: string;
  reportId: string | null;
  status: ReportStatus | 'missing';
  dueDate: string;
  submittedAt: string | null;
  onTime: boolean | null;
  overdue: boolean;
}

export interface ReportCompletenessDto {
  planId: string;
  period: { kind: string; year: number; no: number; label: string; due: string };
  /** Every year of the plan's period (one for a yearly plan): the page's year selector. */
  years: number[];
  expected: number;
  /** Reports received: submitted or accepted (accepted only where the province chose so); a
   *  returned report is not received. See src/server/figures/reporting.ts. */
  received: number;
  onTime: number;
  /** received ÷ expected, on time ÷ expected (DHIS2's reporting rate and on-time rate). */
  reportingRate: number | null;
  onTimeRate: number | null;
  /** Submitted and awaiting review. */
  waiting: number;
  byStatus: Record<ReportStatus | 'missing', number>;
  acceptedOnly: boolean;
  rows: ExpectedReportDto[];
}

/** A report waiting for its reader to accept or return it (the reviewer's home page). */
export interface ReviewQueueItemDto {
  reportId: string;
  planId: string;
  planSubject: string;
  organisationName: string;
  adminUnitName: string;
  periodLabel: string;
  dueDate: string;
  submittedAt: string;
  link: string;
}

/** A row of the consolidated report's table by unit: its report's status and its recorded data. */
export interface ConsolidatedUnit {
  organisationId: string;
  name: string;
  status: ReportStatus | 'missing' | 'own';
  records: number;
  participants: number;
  cost: number;
  activities: { kind: string; records: number }[];
}

/** What the consolidated report page shows; the DOCX and XLSX add the province's other figures. */
export interface ConsolidatedReportSummary {
  subject: string;
  /** "Kính gửi": the duty's recipient or the issuer's superior body, never the issuer. */
  to: string;
  period: { label: string; due: string; year: number };
  completeness: Pick<
    ReportCompletenessDto,
    'expected' | 'received' | 'onTime' | 'reportingRate' | 'onTimeRate' | 'byStatus'
  >;
  /** Every activity record of the plan in the period the reader may see, by kind. */
  activities: { kind: string; records: number; participants: number; cost: number }[];
  /** Narratives of reports awaiting review are quoted too (the province's choice). */
  quotesSubmitted: boolean;
  difficulties: { unit: string; text: string }[];
  proposals: { unit: string; text: string }[];
  /** Every expected unit with its report's status, then the bodies that recorded without owing a
   *  report (the issuer, the consolidating office): status 'own'. */
  units: ConsolidatedUnit[];
  /** When (and by whom) the report of this year was sent to Cục Dân số; null while it is not. */
  sentToNational: { sentAt: string; sentBy: string } | null;
}

type SummaryFigures = Pick<
  ReportCompletenessDto,
  'expected' | 'received' | 'onTime' | 'reportingRate' | 'onTimeRate'
>;

/** The reporting-rate summary (DHIS2's): units × the duty's periods, rates per row, column, year. */
export interface ReportingSummaryDto {
  planId: string;
  planSubject: string;
  acceptedOnly: boolean;
  /** The status the rows were filtered by (units with at least one such cell); rates count all. */
  status: SummaryStatus | null;
  /** The year of the plan's period shown, and every year of it (the year selector). */
  year: number;
  years: number[];
  periods: (SummaryFigures & { no: number; label: string; due: string })[];
  rows: (SummaryFigures & {
    organisationId: string;
    organisationName: string;
    adminUnitName: string;
    cells: { periodNo: number; status: SummaryStatus; onTime: boolean | null; reportId: string | null }[];
  })[];
  overall: SummaryFigures;
}
