import { z } from 'zod';
import { todayInVietnam } from '../format/dates.ts';
import type { TargetGoal } from '../plans/target-text.ts';
import { type ActivityKind, MEDIA_CHANNELS, PARTICIPANT_GROUPS } from './activity-kinds.ts';
import { isoDate } from './common.ts';
import type { TargetKind } from './plans.ts';

export {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  type ActivityKind,
  MEDIA_CHANNEL_LABELS,
  MEDIA_CHANNELS,
  PARTICIPANT_GROUP_LABELS,
  PARTICIPANT_GROUPS,
  type ParticipantGroup,
} from './activity-kinds.ts';

// What every unit records of what it did under a plan, with measures that depend on the kind of
// activity (a broadcast has minutes, a training has trainees and days…).

const count = z.number().int('Phải là số nguyên').min(0, 'Không được âm').max(10_000_000);
const text = (max: number) => z.string().trim().min(1).max(max);

/** Kind-specific measures; `kind` picks the shape. */
export const activityMeasures = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('media'),
    items: z
      .array(
        z.object({
          channel: z.enum(MEDIA_CHANNELS),
          count: count.min(1, 'Ít nhất 1 lượt'),
          minutes: count.nullable().optional(),
        }),
      )
      .min(1, 'Ghi ít nhất một kênh truyền thông'),
  }),
  z.object({ kind: z.literal('conference'), sessions: count.min(1, 'Ít nhất 1 buổi') }),
  z.object({
    kind: z.literal('school_session'),
    school: text(300),
    classes: count,
    teams: count.nullable().optional(),
    sessions: count.min(1, 'Ít nhất 1 buổi'),
  }),
  z.object({
    kind: z.literal('iec_material'),
    materialKind: text(100),
    title: text(300),
    produced: count,
    distributed: z
      .array(
        z.object({
          organisationId: z.string().uuid().nullable().optional(),
          recipient: text(300),
          quantity: count,
        }),
      )
      .default([]),
  }),
  z.object({
    kind: z.literal('club'),
    /** The club of the registry (GET /api/clubs), when it is registered. */
    clubId: z.string().uuid().nullable().optional(),
    clubName: text(300),
    school: z.string().trim().max(300).nullable().optional(),
    members: count,
    meetings: count.min(1, 'Ít nhất 1 buổi sinh hoạt'),
  }),
  z.object({
    kind: z.literal('commitment_conference'),
    signers: count,
    /** The facilities that signed (registry), when they are registered. */
    facilityIds: z.array(z.string().uuid()).max(500).default([]),
  }),
  z.object({
    kind: z.literal('training'),
    days: z.number().min(0.5).max(60),
    trainees: count.min(1, 'Ít nhất 1 học viên'),
  }),
  z.object({ kind: z.literal('counselling'), households: count, couples: count, visits: count }),
  z.object({ kind: z.literal('special_day'), day: z.enum(['11/10', '1/10', 'other']), events: count.min(1) }),
  z.object({ kind: z.literal('supervision'), unitsVisited: count.min(1) }),
  z.object({ kind: z.literal('integration'), meetings: count.min(1) }),
  z.object({ kind: z.literal('survey'), respondents: count }),
  z.object({ kind: z.literal('other') }),
]);
export type ActivityMeasures = z.infer<typeof activityMeasures>;

/** A record says what was done: its dates may be today, never later. */
const notFuture = isoDate.refine((d) => d <= todayInVietnam(), {
  message: 'Ngày chưa đến: chỉ ghi hoạt động đã thực hiện (muộn nhất là hôm nay).',
});

export const activityRecordFields = z.object({
  planId: z.string().uuid(),
  activityId: z.string().uuid(),
  startDate: notFuture,
  endDate: notFuture,
  communeUnitId: z.number().int().positive().nullable().optional(),
  villageUnitIds: z.array(z.number().int().positive()).max(100).default([]),
  audiences: z.array(text(300)).max(20).default([]),
  participants: z
    .object({
      total: count,
      men: count.nullable().optional(),
      women: count.nullable().optional(),
      groups: z.partialRecord(z.enum(PARTICIPANT_GROUPS), count).default({}),
    })
    .default({ total: 0, groups: {} }),
  outputs: z
    .array(
      z.object({
        description: text(500),
        quantity: z.number().min(0).nullable().optional(),
        unit: z.string().trim().max(60).nullable().optional(),
      }),
    )
    .max(50)
    .default([]),
  cost: z.number().int().min(0).max(100_000_000_000).default(0),
  fundingSourceKey: z.string().max(100).nullable().optional(),
  measures: activityMeasures,
  notes: z.string().trim().max(5000).nullable().optional(),
  attachmentIds: z.array(z.string().uuid()).max(20).default([]),
  /** Made by the browser for a draft: a draft sent twice (a retry after a dropped connection) is stored once. */
  clientKey: z.string().min(8).max(100).nullable().optional(),
});
export const activityRecordInput = activityRecordFields;
export type ActivityRecordInput = z.infer<typeof activityRecordInput>;
export const activityRecordUpdate = activityRecordFields
  .omit({ planId: true, activityId: true, clientKey: true })
  .partial()
  .extend({ version: z.number().int().positive() });

export interface ActivityRecordDto extends Omit<ActivityRecordInput, 'clientKey'> {
  id: string;
  /** The province activity the record counts towards (itself when recorded under the province plan). */
  rootActivityId: string;
  provinceCode: string;
  organisationId: string;
  organisationName: string;
  kind: ActivityKind;
  isDemo: boolean;
  createdBy: string;
  version: number;
}

/**
 * Denominators must fit in the population: couples, women 15–49 and pupils are each part of it
 * (5,000 couples in a population of 10 is a typing error). Used by the API and the import.
 */
export function denominatorProblem(d: {
  population?: number | null;
  women15to49?: number | null;
  couples?: number | null;
  pupils?: number | null;
}): { field: 'women15to49' | 'couples' | 'pupils'; message: string } | null {
  if (d.population == null) return null;
  const labels = { couples: 'Số cặp vợ chồng', women15to49: 'Số phụ nữ 15–49 tuổi', pupils: 'Số học sinh' };
  for (const field of ['couples', 'women15to49', 'pupils'] as const) {
    const v = d[field];
    if (v != null && v > d.population)
      return {
        field,
        message: `${labels[field]} (${v.toLocaleString('vi-VN')}) không thể lớn hơn dân số (${d.population.toLocaleString('vi-VN')}).`,
      };
  }
  return null;
}

export const denominatorInput = z
  .object({
    adminUnitId: z.number().int().positive(),
    year: z.number().int().min(2000).max(2100),
    population: count.nullable().optional(),
    women15to49: count.nullable().optional(),
    couples: count.nullable().optional(),
    pupils: count.nullable().optional(),
  })
  .superRefine((d, ctx) => {
    const problem = denominatorProblem(d);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
export type DenominatorInput = z.infer<typeof denominatorInput>;

/** Planned against done for one plan activity (and, below it, per unit). */
/** One planned output (or a unit of measure recorded but not planned) with what was done in it. */
export interface OutputProgress {
  description: string;
  unit: string | null;
  /** null: recorded in a unit of measure the plan did not plan for the activity. */
  planned: number | null;
  done: number;
  /** done ÷ planned; null without a planned quantity. */
  rate: number | null;
  /** On a lower plan: this plan's share of the upper plan's quantity, and the rule that divided it. */
  shareOf: { of: number; rule: 'equal' | 'population' | 'by_unit'; units: number } | null;
}

export interface ActivityProgressRow {
  activityId: string;
  numberLabel: string;
  title: string;
  kind: string | null;
  start: string | null;
  end: string | null;
  /** Each planned output on its own line, in its own unit: quantities in different units are never added. */
  outputs: OutputProgress[];
  /** The mean of the outputs' rates (each up to 100%) — "trung bình các đầu ra"; null without a planned quantity. */
  outputRate: number | null;
  done: {
    records: number;
    participants: number;
    firstDate: string | null;
    lastDate: string | null;
  };
  /** Spending is what vouchers record; the records' costs are shown beside it (figures/money). */
  money: { allocated: number; vouchers: number; records: number };
  /** late: the window has ended before every output was reached; late_done: reached after the window. */
  status: 'not_started' | 'in_progress' | 'done' | 'late' | 'late_done';
  units: {
    adminUnitId: number;
    name: string;
    records: number;
    participants: number;
    /** What the unit recorded, per unit of measure. */
    quantities: { unit: string | null; done: number }[];
    cost: number;
  }[];
}

export interface TargetAttainment {
  targetIndex: number;
  indicator: string;
  /** 'level', 'change' (against a baseline year) or 'share' (of communes). */
  kind: TargetKind;
  /** The year of the plan's period the figure is for. */
  year: number;
  /** The target as set (a level target: its value for this year), for the page to word it. */
  goal: TargetGoal;
  /** The target in Vietnamese words ("giảm 0,3 – 0,5 điểm mỗi năm so với năm 2021"). */
  goalText: string;
  /** The catalogue figure (src/server/figures/targets.ts) that says how it is computed. */
  figureId: string;
  comparator: string;
  value: number;
  unit: string;
  /** null when the data cannot compute it; `formula` then says why. */
  actual: number | null;
  met: boolean | null;
  formula: string;
  inputs: { label: string; value: number }[];
}

export interface PlanProgressDto {
  planId: string;
  asOf: string;
  /** The year of the plan's period shown, and every year of it (the page's year selector). */
  year: number;
  years: number[];
  /** "Kế hoạch chưa lập dự toán chi tiết" when false. */
  detailedBudget: boolean;
  /** The plan's money in one line: the same figures as the budget page. */
  money: { allocated: number; byVouchers: number; byRecords: number; difference: number };
  activities: ActivityProgressRow[];
  targets: TargetAttainment[];
}

export const clubInput = z.object({
  name: text(300),
  school: z.string().trim().max(300).nullable().optional(),
  members: count,
  foundedOn: isoDate.nullable().optional(),
  active: z.boolean().default(true),
});
export const clubUpdate = clubInput.partial().extend({ version: z.number().int().positive() });
export interface ClubDto extends z.infer<typeof clubInput> {
  id: string;
  provinceCode: string;
  organisationId: string;
  organisationName: string;
  adminUnitName: string;
  /** Meetings recorded (activity records of kind 'club' naming the club). */
  meetings: number;
  version: number;
}
