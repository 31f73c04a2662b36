import type { ActivityRecordDto, ClubDto } from './activity-records.ts';
import type { AdminUnitDetailDto, AdminUnitDto } from './org-units.ts';
import type { PlanDto, PlanSummaryDto } from './plans.ts';

/**
 * GET /api/me/bundle: everything "Tháng này" and its record form read at start, in one answer (issue
 * 16.2), so that a station on a slow link waits for one round trip in parallel with /api/me instead
 * of a chain (plans → plan → records → after the tap villages and clubs). Each piece is what its own
 * route answers the same user, access-checked the same way. Types only (no zod: the page reads it).
 */
export interface MeBundleDto {
  /** The month the pieces are for (Vietnam's date): its first and last day. */
  month: { year: number; from: string; to: string };
  /** GET /api/plans?year=<year>&status=issued */
  plans: PlanSummaryDto[];
  /** GET /api/plans/:id of the plan the page opens on (the user's own organisation's first), or null. */
  plan: PlanDto | null;
  /** GET /api/activity-records?planId=<plan>&from&to, or [] without a plan. */
  records: ActivityRecordDto[];
  /** The user's commune (a station's): GET /api/admin-units/:id, null for anyone else. */
  unit: AdminUnitDetailDto | null;
  /** Its villages: GET /api/admin-units?parentId=<commune>&level=village, [] for anyone else. */
  villages: AdminUnitDto[];
  /** GET /api/clubs */
  clubs: ClubDto[];
}
