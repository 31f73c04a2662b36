import { z } from 'zod';
import { MAX_PERIOD_YEARS, MAX_PLAN_YEAR, MIN_PLAN_YEAR, withPeriod } from '../plans/period.ts';
import { isoDate, uuid, versionField } from './common.ts';
import { TARGET_COMPARATORS } from './plan-targets.ts';

// A plan's period (shared/plans/period.ts says what it is).
const planYear = z
  .number({ error: 'Năm phải là một số' })
  .int('Năm phải là số nguyên')
  .min(MIN_PLAN_YEAR, `Năm từ ${MIN_PLAN_YEAR} đến ${MAX_PLAN_YEAR}`)
  .max(MAX_PLAN_YEAR, `Năm từ ${MIN_PLAN_YEAR} đến ${MAX_PLAN_YEAR}`);

export const planPeriod = z
  .object({ start: planYear, end: planYear })
  .refine((p) => p.end >= p.start, { message: 'Năm kết thúc không được trước năm bắt đầu', path: ['end'] })
  .refine((p) => p.end - p.start < MAX_PERIOD_YEARS, {
    message: `Giai đoạn kéo dài tối đa ${MAX_PERIOD_YEARS} năm`,
    path: ['end'],
  });

/**
 * Activities (and responsibility groups) nest as 1, 1.2 … 1.2.3.4.5.6. The schemas are built level
 * by level rather than recursively, so a deeper tree is refused at level 6 and validation never
 * recurses further (a body 700 levels deep overflowed the stack).
 */
export const MAX_ACTIVITY_LEVELS = 6;

function nestedChildren<T extends z.ZodTypeAny>(level: number, next: (level: number) => T, what: string) {
  return level < MAX_ACTIVITY_LEVELS
    ? z.array(next(level + 1)).default([])
    : z
        .array(z.unknown())
        .max(0, `${what} chỉ được lồng nhau tối đa ${MAX_ACTIVITY_LEVELS} cấp.`)
        .default([]);
}

// The structured Kế hoạch: every part of the two seed plans, with what users count, filter or
// roll up (targets, activities, outputs, budget lines, funding, organisations, places) as
// fields rather than text. This JSON form is what the editor edits, what `plan import` reads
// and what the document writers render.

const text = (label: string, max = 4000) => z.string().trim().min(1, `Hãy nhập ${label}`).max(max);
const optionalText = (max = 4000) => z.string().trim().max(max).nullable().optional();

export const SIGNATURE_AUTHORITIES = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const;
export { COMPARATOR_SIGNS, TARGET_COMPARATORS } from './plan-targets.ts';
/** Which body issues the plan: decides the default headings and signature block. */
export const ISSUER_KINDS = [
  'ubnd_province',
  'ubnd_commune',
  'department',
  'steering_committee',
  'sub_department',
  'health_station',
  'other',
] as const;
export type IssuerKind = (typeof ISSUER_KINDS)[number];
/** The parts of a plan's body, each printed under a heading of the plan's own wording. */
export const PLAN_SECTION_KEYS = [
  'review',
  'purposes',
  'objectives',
  'activities',
  'funding',
  'responsibilities',
  'reporting',
] as const;
export type PlanSectionKey = (typeof PLAN_SECTION_KEYS)[number];
export const REPORTING_PERIODS = ['month', 'quarter', 'half_year', 'year'] as const;
export const PLAN_STATUSES = ['draft', 'issued', 'superseded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A document the plan rests on ("Căn cứ …", "Thực hiện …"); linked when it is a plan in Cân Bằng. */
export const legalBasis = z.object({
  verb: z.enum(['Căn cứ', 'Thực hiện']).default('Căn cứ'),
  kind: text('loại văn bản', 80),
  number: optionalText(60),
  date: isoDate.nullable().optional(),
  issuer: optionalText(300),
  title: optionalText(1000),
  planId: uuid.nullable().optional(),
});
export type LegalBasis = z.infer<typeof legalBasis>;

/**
 * 'level': a value to reach ("SRB dưới 109 vào năm 2025"), for one year or per year of the period;
 * 'change': a change against a baseline year ("giảm 0,3–0,5 điểm mỗi năm so với năm 2021");
 * 'share': a share of the communes meeting a condition ("80% số xã, phường có câu lạc bộ").
 */
export const TARGET_KINDS = ['level', 'change', 'share'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export const CHANGE_DIRECTIONS = ['decrease', 'increase'] as const;
/** What a commune must have for a share-of-communes target, each read from the communes' data. */
export const SHARE_CONDITIONS = ['club', 'activity', 'births_data'] as const;
export type ShareCondition = (typeof SHARE_CONDITIONS)[number];
export const SHARE_CONDITION_TEXT: Record<ShareCondition, string> = {
  club: 'có câu lạc bộ đang hoạt động',
  activity: 'có hoạt động được ghi nhận trong năm',
  births_data: 'có số liệu sinh trong năm',
};

const targetYear = z.number().int().min(2000, 'Năm từ 2000 đến 2100').max(2100, 'Năm từ 2000 đến 2100');
export const targetYearValue = z
  .object({ year: targetYear, value: z.number(), valueMax: z.number().nullable().optional() })
  .refine((v) => v.valueMax == null || v.valueMax >= v.value, {
    message: 'Giá trị trên không nhỏ hơn giá trị dưới',
    path: ['valueMax'],
  });
export type TargetYearValue = z.infer<typeof targetYearValue>;

export const planTarget = z
  .object({
    id: uuid,
    /** Absent: 'level' (plans made before target kinds). */
    kind: z.enum(TARGET_KINDS).nullable().optional(),
    /** 'level': the year the value is for ("vào năm 2025"); absent: every year of the period. */
    year: targetYear.nullable().optional(),
    /** 'level': the value set for each year, where the plan sets them year by year. */
    byYear: z.array(targetYearValue).max(10).optional(),
    /** 'change': the year compared against ("so với năm 2021"). */
    baselineYear: targetYear.nullable().optional(),
    /** 'change': the value is a decrease or an increase; per year (default) or over the whole period. */
    direction: z.enum(CHANGE_DIRECTIONS).nullable().optional(),
    perYear: z.boolean().optional(),
    /** 'share': what each commune must have. */
    shareCondition: z.enum(SHARE_CONDITIONS).nullable().optional(),
    indicator: text('chỉ tiêu', 1000),
    comparator: z.enum(TARGET_COMPARATORS),
    value: z.number(),
    valueMax: z.number().nullable().optional(),
    unit: text('đơn vị tính', 60),
    population: optionalText(300),
    baseline: z.number().nullable().optional(),
    measurement: optionalText(1000),
    /** Units (communes…) the target is assigned to; cascaded to their plans. Empty: the whole plan area. */
    unitIds: z.array(z.number().int().positive()).default([]),
    inheritedFromId: uuid.nullable().optional(),
  })
  .refine((t) => t.comparator !== 'range' || (t.valueMax != null && t.valueMax >= t.value), {
    message: 'Chỉ tiêu dạng khoảng cần giá trị trên không nhỏ hơn giá trị dưới',
    path: ['valueMax'],
  })
  .refine((t) => t.kind !== 'change' || t.baselineYear != null, {
    message: 'Chỉ tiêu thay đổi cần năm gốc so sánh ("so với năm …")',
    path: ['baselineYear'],
  })
  .refine((t) => t.kind !== 'change' || t.direction != null, {
    message: 'Chỉ tiêu thay đổi cần chiều thay đổi (giảm hoặc tăng)',
    path: ['direction'],
  })
  .refine((t) => t.kind !== 'share' || t.shareCondition != null, {
    message: 'Chỉ tiêu tỷ lệ xã, phường cần điều kiện mỗi xã, phường phải đạt',
    path: ['shareCondition'],
  })
  .refine((t) => !t.byYear || new Set(t.byYear.map((v) => v.year)).size === t.byYear.length, {
    message: 'Mỗi năm chỉ có một giá trị chỉ tiêu',
    path: ['byYear'],
  });
export type PlanTarget = z.infer<typeof planTarget>;

/** How a planned output is divided among the units whose plans inherit it. */
export const SHARE_RULES = ['equal', 'population', 'by_unit'] as const;
export type ShareRule = (typeof SHARE_RULES)[number];

export const plannedOutput = z.object({
  description: text('kết quả dự kiến', 500),
  quantity: z.number().nonnegative().nullable().optional(),
  unit: optionalText(60),
  /**
   * On a plan whose lower plans inherit the output: how their shares are set. 'by_unit': the
   * quantities in `shares`; 'equal' (the default) or 'population': the quantity divided among the
   * units that carry the activity out.
   */
  shareRule: z.enum(SHARE_RULES).nullable().optional(),
  shares: z
    .array(z.object({ unitId: z.number().int().positive(), quantity: z.number().nonnegative() }))
    .optional(),
  /** On an inherited output: its quantity is this plan's share of `of` (the upper plan's quantity). */
  shareOf: z
    .object({
      of: z.number().nonnegative(),
      rule: z.enum(SHARE_RULES),
      /** How many units the quantity was divided among. */
      units: z.number().int().nonnegative(),
    })
    .nullable()
    .optional(),
});
export type PlannedOutput = z.infer<typeof plannedOutput>;

export const budgetLine = z.object({
  id: uuid,
  item: text('nội dung chi', 500),
  /** The funding source (its `key` in `funding.sources`). */
  sourceKey: z.string().min(1, 'Hãy chọn nguồn kinh phí'),
  quantity: z.number().nonnegative().nullable().optional(),
  unit: optionalText(60),
  unitCost: z.number().int().nonnegative().nullable().optional(),
  amount: z.number().int().nonnegative(),
  note: optionalText(300),
});
export type BudgetLine = z.infer<typeof budgetLine>;

export interface PlanActivity {
  id: string;
  title: string;
  /** Content items, forms and audiences as the plan states them (bulleted in the document). */
  content: string[];
  forms: string[];
  audiences: string[];
  /** Which kind of activity record reports it (media, conference, training…), when it has one. */
  kind?: string | null;
  leadOrganisationId?: string | null;
  /** A lead outside the directory, as written ("Các trường THPT"). */
  leadName?: string | null;
  coordinatingOrganisationIds: string[];
  coordinatingNames: string[];
  placeUnitIds: number[];
  start?: string | null;
  end?: string | null;
  /** The window as the plan words it ("tháng 6, 7 năm 2020"), shown in the document. */
  timeText?: string | null;
  outputs: z.infer<typeof plannedOutput>[];
  budgetLines: BudgetLine[];
  inheritedFromId?: string | null;
  children: PlanActivity[];
}

const activityAtLevel = (level: number): z.ZodType<PlanActivity> =>
  z.object({
    id: uuid,
    title: text('tên hoạt động', 1000),
    content: z.array(z.string().trim().min(1).max(4000)).default([]),
    forms: z.array(z.string().trim().min(1).max(2000)).default([]),
    audiences: z.array(z.string().trim().min(1).max(1000)).default([]),
    kind: z.string().max(40).nullable().optional(),
    leadOrganisationId: uuid.nullable().optional(),
    leadName: optionalText(300),
    coordinatingOrganisationIds: z.array(uuid).default([]),
    coordinatingNames: z.array(z.string().trim().min(1).max(300)).default([]),
    placeUnitIds: z.array(z.number().int().positive()).default([]),
    start: isoDate.nullable().optional(),
    end: isoDate.nullable().optional(),
    timeText: optionalText(300),
    outputs: z.array(plannedOutput).default([]),
    budgetLines: z.array(budgetLine).default([]),
    inheritedFromId: uuid.nullable().optional(),
    children: nestedChildren(level, activityAtLevel, 'Hoạt động'),
  }) as unknown as z.ZodType<PlanActivity>;
export const planActivity = activityAtLevel(1);

export const fundingSource = z.object({
  key: z.string().trim().min(1).max(40),
  name: text('tên nguồn kinh phí', 500),
  legalBasis: optionalText(1000),
  amount: z.number().int().nonnegative().nullable().optional(),
});

export interface ResponsibilityGroup {
  heading: string;
  organisationIds: string[];
  tasks: string[];
  children: ResponsibilityGroup[];
}
const responsibilityAtLevel = (level: number): z.ZodType<ResponsibilityGroup> =>
  z.object({
    heading: text('tên cơ quan, đơn vị', 500),
    organisationIds: z.array(uuid).default([]),
    tasks: z.array(z.string().trim().min(1).max(4000)).default([]),
    children: nestedChildren(level, responsibilityAtLevel, 'Phân công trách nhiệm'),
  }) as unknown as z.ZodType<ResponsibilityGroup>;
export const responsibilityGroup = responsibilityAtLevel(1);

export const recipient = z.object({
  name: text('nơi nhận', 300),
  /** "B/c" (để báo cáo), "Th/h" …, written beside a group of recipients. */
  note: optionalText(40),
  organisationId: uuid.nullable().optional(),
});

export const signature = z.object({
  authority: z.enum(SIGNATURE_AUTHORITIES).nullable().optional(),
  /** Whose name the signer signs in: "GIÁM ĐỐC", "BAN CHỈ ĐẠO". */
  authorityOf: optionalText(200),
  positionLines: z.array(z.string().trim().min(1).max(200)).min(1, 'Hãy nhập chức vụ người ký'),
  /** May stay empty in a draft; required to issue (see issueReadiness). */
  signerName: z.string().trim().max(200).default(''),
});

export const annexTable = z.object({
  title: text('tên phụ lục', 300),
  subtitle: optionalText(500),
  landscape: z.boolean().default(false),
  /**
   * 'budget': generated from the budget lines; 'list': the items below (e.g. "DANH SÁCH …");
   * 'table': the columns and rows typed in the editor (targets per commune, per year …).
   */
  kind: z.enum(['budget', 'list', 'table']),
  items: z.array(z.string().trim().min(1).max(1000)).default([]),
  columns: z.array(z.string().trim().max(200)).max(20, 'Phụ lục có tối đa 20 cột').optional(),
  rows: z
    .array(z.array(z.string().trim().max(1000)).max(20))
    .max(500, 'Phụ lục có tối đa 500 dòng')
    .optional(),
});
export type AnnexTable = z.infer<typeof annexTable>;

export const planSection = z.object({
  key: z.enum(PLAN_SECTION_KEYS),
  title: text('tên mục', 300),
});
export type PlanSection = z.infer<typeof planSection>;

export const reportingDuty = z.object({
  deadline: isoDate.nullable().optional(),
  period: z.enum(REPORTING_PERIODS).default('year'),
  throughOrganisationId: uuid.nullable().optional(),
  throughName: optionalText(300),
  toOrganisationId: uuid.nullable().optional(),
  toName: optionalText(300),
  text: optionalText(2000),
  /** The province counts only accepted reports as received (default: submitted and accepted). */
  acceptedOnly: z.boolean().optional(),
  /** The consolidated report quotes reports awaiting review too (default: accepted ones only). */
  quoteSubmitted: z.boolean().optional(),
});

/** The plan's content as stored and answered (responses are serialised with it; input goes through planContent). */
export const planContentFields = z.object({
  /** The years the plan covers; a yearly plan starts and ends in the same year. */
  period: planPeriod,
  issuerOrganisationId: uuid.nullable().optional(),
  /** As printed in the header: cơ quan chủ quản and cơ quan ban hành (upper case on paper). */
  parentBodyName: optionalText(300),
  issuerName: text('cơ quan ban hành', 300),
  /** Absent in plans made before issuers were typed: guessed from the issuer's name. */
  issuerKind: z.enum(ISSUER_KINDS).nullable().optional(),
  number: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, 'Số văn bản là một số')
    .nullable()
    .optional(),
  symbol: z
    .string()
    .trim()
    .regex(/^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$/u, 'Ký hiệu viết hoa, nối bằng dấu gạch ngang, ví dụ KH-SYT')
    .nullable()
    .optional(),
  place: text('địa danh', 100),
  issuedDate: isoDate.nullable().optional(),
  title: z.string().trim().default('KẾ HOẠCH'),
  subject: text('trích yếu', 1000),
  legalBases: z.array(legalBasis).default([]),
  preamble: optionalText(2000),
  /** The headings of the body, in the order printed; absent: the issuer kind's defaults. */
  sections: z.array(planSection).max(PLAN_SECTION_KEYS.length).nullable().optional(),
  /** Review of the previous period's results (paragraphs separated by line breaks). */
  review: optionalText(20000),
  /**
   * false when the plan assigns no lead per task (a UBND's "nhiệm vụ trọng tâm", with the
   * bodies' duties in "Tổ chức thực hiện"): tasks may then be issued without one.
   */
  leadsAssigned: z.boolean().optional(),
  purposes: z.array(z.string().trim().min(1).max(4000)).default([]),
  requirements: z.array(z.string().trim().min(1).max(4000)).default([]),
  generalObjective: z.array(z.string().trim().min(1).max(4000)).default([]),
  targets: z.array(planTarget).default([]),
  activities: z.array(planActivity).default([]),
  funding: z.object({
    text: optionalText(4000),
    sources: z.array(fundingSource).default([]),
    /** The total as the plan states it; must equal the sum of the sources (and of the budget lines). */
    total: z.number().int().nonnegative().nullable().optional(),
  }),
  responsibilities: z.array(responsibilityGroup).default([]),
  reporting: reportingDuty.nullable().optional(),
  closing: optionalText(4000),
  recipients: z.array(recipient).default([]),
  archive: optionalText(200),
  signature,
  annexes: z.array(annexTable).default([]),
});
/** Plans and their JSON from before periods (`year`) are read as one-year periods (see withPeriod). */
export const planContent = z.preprocess(withPeriod, planContentFields);
export type PlanContent = z.infer<typeof planContentFields>;

export const planDto = z.object({
  id: uuid,
  organisationId: uuid,
  organisationName: z.string(),
  adminUnitId: z.number(),
  provinceCode: z.string(),
  parentPlanId: uuid.nullable(),
  status: z.enum(PLAN_STATUSES),
  revision: z.number().int(),
  previousRevisionId: uuid.nullable(),
  isDemo: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  content: planContentFields,
});
export type PlanDto = z.infer<typeof planDto>;

export const planSummaryDto = planDto.omit({ content: true }).extend({
  startYear: z.number().int(),
  endYear: z.number().int(),
  subject: z.string(),
  numberSymbol: z.string().nullable(),
  issuedDate: z.string().nullable(),
  activityCount: z.number().int(),
  budgetTotal: z.number().int(),
});
export type PlanSummaryDto = z.infer<typeof planSummaryDto>;

export const createPlanInput = z.object({
  organisationId: uuid,
  content: planContent,
});
export const updatePlanInput = z.object({ version: versionField, content: planContent });
export const planListQuery = z.object({
  /** Plans whose period includes this year (still running in it). */
  year: z.coerce.number().int().optional(),
  organisationId: uuid.optional(),
  status: z.enum(PLAN_STATUSES).optional(),
  parentPlanId: uuid.optional(),
  q: z.string().max(100).optional(),
});
