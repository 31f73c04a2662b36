import { and, eq, getTableColumns, gte, inArray, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PlanActivity, PlanContent } from '../../../shared/contracts/plans.ts';
import type {
  ExpectedReportDto,
  openReportInput,
  ReportCompletenessDto,
  ReportFigures,
  reportReview,
  reportUpdate,
  UnitReportDto,
} from '../../../shared/contracts/reports.ts';
import { AppError } from '../../../shared/errors.ts';
import { periodLabelEn, todayInVietnam } from '../../../shared/format/index.ts';
import {
  defaultPeriodYear,
  periodIncludes,
  periodYears,
  periodLabel as planPeriodLabel,
} from '../../../shared/plans/period.ts';
import { compareVi } from '../../../shared/text/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { isAdmin, pathInSubtree, requireInScope, requireRole, unitInScope } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, organisations, plans, unitReports } from '../../db/schema/index.ts';
import { actedBy, actedByParams, actorParams, preparedPerDb, rows, withActor } from '../../db/tx.ts';
import { completenessOf, isReceived, reportingRules, unitReportState } from '../../figures/reporting.ts';
import { loadPlan, type PlanRow } from '../plans/plans.service.ts';
import { draftFigures } from './report-figures.ts';
import { type PeriodKind, periodLabel, periodsOfYear } from './report-periods.ts';

// Unit reports on a plan's reporting duty. Who must report: the bodies named on its activities,
// the Trạm Y tế of the communes it is carried out in, and the bodies with a plan under it — not
// the plan's issuer nor the body that consolidates (they receive the reports).

type Org = {
  id: string;
  name: string;
  unitId: number;
  unitName: string;
  unitPath: string;
  unitLevel: string;
  provinceCode: string;
};

const flat = (list: PlanActivity[]): PlanActivity[] => list.flatMap((a) => [a, ...flat(a.children)]);

/**
 * The reporting duty of a plan in one year of its period (default: this year while the plan runs,
 * else its nearest year); a year outside the period is refused by name.
 */
export function duty(plan: PlanRow, year?: number | null) {
  const c = plan.content as PlanContent;
  const r = c.reporting;
  if (plan.status !== 'issued' || !r?.deadline)
    throw new AppError('VALIDATION', { detail: 'Kế hoạch này chưa ban hành hoặc không có hạn báo cáo.' });
  if (year != null && !periodIncludes(c.period, year))
    throw new AppError('VALIDATION', {
      issues: [
        { path: ['year'], message: `Năm ${year} nằm ngoài ${planPeriodLabel(c.period)} của kế hoạch.` },
      ],
    });
  const inYear = defaultPeriodYear(c.period, todayInVietnam(), year);
  return {
    year: inYear,
    years: periodYears(c.period),
    periods: periodsOfYear(r.period, inYear, r.deadline),
    through: r.throughOrganisationId,
    to: r.toOrganisationId,
  };
}

async function orgsWhere(db: Db, where: ReturnType<typeof sql>): Promise<Org[]> {
  return rows<Org>(
    db,
    sql`select o.id, o.name, o.admin_unit_id as "unitId", u.name as "unitName", u.path as "unitPath",
               u.level as "unitLevel", o.province_code as "provinceCode"
          from organisations o join admin_units u on u.id = o.admin_unit_id where o.active and ${where}`,
  );
}

export async function expectedReporters(db: Db, plan: PlanRow): Promise<Org[]> {
  const content = plan.content as PlanContent;
  const { through, to } = duty(plan);
  const activities = flat(content.activities);
  const named = new Set(
    activities.flatMap((a) =>
      [a.leadOrganisationId, ...a.coordinatingOrganisationIds].filter((x): x is string => !!x),
    ),
  );
  const places = [...new Set(activities.flatMap((a) => a.placeUnitIds))];
  const children = await db
    .select({ org: plans.organisationId })
    .from(plans)
    .where(and(eq(plans.parentPlanId, plan.id), eq(plans.status, 'issued')));
  for (const c of children) named.add(c.org);
  const ids = [...named];
  const list = await orgsWhere(
    db,
    sql`(${ids.length ? sql`o.id = any(${`{${ids.join(',')}}`}::uuid[])` : sql`false`}
      or (o.kind = 'commune_health_station' and ${places.length ? sql`o.admin_unit_id = any(${`{${places.join(',')}}`}::int[])` : sql`false`}))`,
  );
  const skip = new Set([plan.organisationId, through, to].filter(Boolean));
  // A commune's plan copies the province's activities and places: only its own area reports on it.
  return list
    .filter((o) => !skip.has(o.id) && pathInSubtree(o.unitPath, plan.unitPath))
    .sort((a, b) => compareVi(a.unitName, b.unitName) || compareVi(a.name, b.name));
}

/** The level above a report reviews it: the province, or a district body over its communes. */
export function canReview(p: Principal, unitPath: string, provinceCode: string): boolean {
  if (isAdmin(p)) return true;
  if (p.provinceCode !== provinceCode || !p.unitPath || p.unitPath === unitPath) return false;
  if (p.role === 'province_officer') return pathInSubtree(unitPath, p.unitPath);
  return p.role === 'reporter' && unitPath.startsWith(`${p.unitPath}.`);
}

export function canRead(p: Principal, unitPath: string, provinceCode: string): boolean {
  if (isAdmin(p)) return true;
  if (p.provinceCode !== provinceCode) return false;
  return p.role === 'leader' || p.role === 'province_officer' || unitInScope(p, unitPath);
}

type Row = typeof unitReports.$inferSelect & { orgName: string; unitName: string; unitPath: string };

const reportsQuery = (db: Db) =>
  db
    .select({
      r: unitReports,
      orgName: organisations.name,
      unitName: adminUnits.name,
      unitPath: adminUnits.path,
    })
    .from(unitReports)
    .innerJoin(organisations, eq(organisations.id, unitReports.organisationId))
    .innerJoin(adminUnits, eq(adminUnits.id, unitReports.adminUnitId));

const toRow = (x: {
  r: typeof unitReports.$inferSelect;
  orgName: string;
  unitName: string;
  unitPath: string;
}) => ({ ...x.r, orgName: x.orgName, unitName: x.unitName, unitPath: x.unitPath }) as Row;

async function selectReports(db: Db, where: ReturnType<typeof and>) {
  return (await reportsQuery(db).where(where)).map(toRow);
}

// A report by id is read on every save, submit and review: the query is built and planned once
// (a prepared statement per database connection), not on each request.
const reportById = preparedPerDb((db) =>
  reportsQuery(db)
    .where(eq(unitReports.id, sql.placeholder('id')))
    .prepare('canbang_unit_report_by_id'),
);

function toDto(r: Row): UnitReportDto {
  return {
    id: r.id,
    planId: r.planId,
    organisationId: r.organisationId,
    organisationName: r.orgName,
    adminUnitName: r.unitName,
    period: {
      kind: r.periodKind,
      year: r.periodYear,
      no: r.periodNo,
      label: periodLabel(r.periodKind as PeriodKind, r.periodYear, r.periodNo),
    },
    dueDate: r.dueDate,
    status: r.status,
    figures: r.figures as unknown as ReportFigures,
    results: r.results,
    difficulties: r.difficulties,
    proposals: r.proposals,
    firstSubmittedAt: r.firstSubmittedAt?.toISOString() ?? null,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    submittedBy: r.submittedBy,
    // As the figures layer says it: a returned report or a draft is neither on time nor late.
    onTime: unitReportState(r, r.dueDate, todayInVietnam(), reportingRules(null)).onTime,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    reviewedBy: r.reviewedBy,
    reviewComment: r.reviewComment,
    version: r.version,
  };
}

/** A report its reader may see; reports are read by their own rules, not their plan's. */
async function loadReport(db: Db, p: Principal, id: string): Promise<Row> {
  const [r] = (await reportById(db).execute({ id })).map(toRow);
  requireInScope(!!r && canRead(p, r.unitPath, r.provinceCode));
  return r;
}

export async function getReport(db: Db, p: Principal, id: string): Promise<UnitReportDto> {
  const r = await loadReport(db, p, id);
  const names = new Map(
    (
      await rows<{ username: string; name: string }>(
        db,
        sql`select username, display_name as name from users
             where username in (${r.submittedBy ?? ''}, ${r.reviewedBy ?? ''})`,
      )
    ).map((u) => [u.username, u.name]),
  );
  return {
    ...toDto(r),
    mayReview: canReview(p, r.unitPath, r.provinceCode),
    submittedByName: r.submittedBy ? (names.get(r.submittedBy) ?? r.submittedBy) : null,
    reviewedByName: r.reviewedBy ? (names.get(r.reviewedBy) ?? r.reviewedBy) : null,
  };
}

/** Opens the unit's report for a period: the existing one, or a new draft with its figures. */
export async function openReport(
  db: Db,
  p: Principal,
  input: z.infer<typeof openReportInput>,
): Promise<UnitReportDto> {
  requireRole(p, ['admin', 'province_officer', 'reporter']);
  const plan = await loadPlan(db, p, input.planId);
  const period = duty(plan, input.periodYear).periods.find((x) => x.no === input.periodNo);
  if (!period)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['periodNo'], message: 'Kỳ báo cáo không có trong kế hoạch.' }],
    });
  const orgId = input.organisationId ?? p.organisationId;
  const org = (await expectedReporters(db, plan)).find((o) => o.id === orgId);
  if (!org || (orgId !== p.organisationId && !canReview(p, org.unitPath, org.provinceCode)))
    throw new AppError('VALIDATION', {
      issues: [{ path: ['organisationId'], message: 'Đơn vị này không phải báo cáo theo kế hoạch này.' }],
    });
  const where = and(
    eq(unitReports.planId, plan.id),
    eq(unitReports.organisationId, org.id),
    eq(unitReports.periodKind, period.kind),
    eq(unitReports.periodYear, period.year),
    eq(unitReports.periodNo, period.no),
  );
  const [existing] = await selectReports(db, where);
  if (existing) return toDto(existing);
  const figures = await draftFigures(
    db,
    {
      organisationId: org.id,
      provinceCode: org.provinceCode,
      unitId: org.unitId,
      unitPath: org.unitPath,
      unitLevel: org.unitLevel,
    },
    period,
  );
  await withActor(db, actorOf(p), (tx) =>
    tx
      .insert(unitReports)
      .values({
        provinceCode: org.provinceCode,
        planId: plan.id,
        organisationId: org.id,
        adminUnitId: org.unitId,
        periodKind: period.kind,
        periodYear: period.year,
        periodNo: period.no,
        dueDate: period.due,
        figures: figures as unknown as Record<string, unknown>,
        createdBy: p.username,
      })
      // Two tabs opening the same report at once: one draft, the other reads it.
      .onConflictDoNothing(),
  );
  const [created] = await selectReports(db, where);
  return toDto(created);
}

function requireAuthor(p: Principal, r: Row) {
  if (!isAdmin(p) && p.organisationId !== r.organisationId && !canReview(p, r.unitPath, r.provinceCode))
    throw new AppError('FORBIDDEN', { detail: 'Chỉ đơn vị báo cáo sửa và gửi được báo cáo của mình.' });
}

/** A guarded transition: applies only from `from` at `version`; otherwise says why not. */
async function transition(
  db: Db,
  p: Principal,
  r: Row,
  version: number,
  from: readonly string[],
  values: Record<string, unknown>,
): Promise<UnitReportDto | null> {
  // One statement, its own transaction: the actor is set by the statement (actedBy), not by withActor.
  const [done] = await db
    .update(unitReports)
    .set({ ...values, version: sql`${unitReports.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(unitReports.id, r.id),
        eq(unitReports.version, version),
        inArray(unitReports.status, [...from] as Row['status'][]),
        actedBy(actorOf(p)),
      ),
    )
    .returning();
  return done ? toDto({ ...done, orgName: r.orgName, unitName: r.unitName, unitPath: r.unitPath }) : null;
}

// The submission is the statement of the year-end rush, when every unit sends at once: the same
// guarded transition as above (from draft or returned), built and planned once per database
// connection (a prepared statement); the report, version and actor are bound on each call.
const submission = {
  status: 'submitted' as const,
  submittedAt: sql`now()`,
  firstSubmittedAt: sql`coalesce(${unitReports.firstSubmittedAt}, now())`,
  submittedBy: sql`${sql.placeholder('actorUsername')}`,
  submissions: sql`${unitReports.submissions} + 1`,
  version: sql`${unitReports.version} + 1`,
  updatedAt: sql`now()`,
};
const submitStatement = preparedPerDb((db) =>
  db
    .update(unitReports)
    .set(submission)
    .where(
      and(
        eq(unitReports.id, sql.placeholder('id')),
        eq(unitReports.version, sql.placeholder('version')),
        inArray(unitReports.status, ['draft', 'returned']),
        actedByParams,
      ),
    )
    .returning()
    .prepare('canbang_submit_unit_report'),
);

// A unit sending its own report, as every unit does in the year-end rush: the submission above
// with the checks of loadReport and requireAuthor in the same statement — the unit's own report
// (requireAuthor), in the user's province and subtree (canRead, as provinceCondition and
// subtreeCondition put it) — so that one round trip does what took two. Where it does not apply
// the checks run one by one, as before.
const submitOwnStatement = preparedPerDb((db) =>
  db
    .update(unitReports)
    .set(submission)
    .from(adminUnits)
    .where(
      and(
        eq(unitReports.id, sql.placeholder('id')),
        eq(unitReports.version, sql.placeholder('version')),
        inArray(unitReports.status, ['draft', 'returned']),
        eq(unitReports.organisationId, sql.placeholder('organisationId')),
        eq(unitReports.provinceCode, sql.placeholder('provinceCode')),
        eq(adminUnits.id, unitReports.adminUnitId),
        sql`(${adminUnits.path} = ${sql.placeholder('unitPath')} or ${adminUnits.path} like ${sql.placeholder('subtree')})`,
        actedByParams,
      ),
    )
    .returning({
      ...getTableColumns(unitReports),
      orgName: sql<string>`(select ${organisations.name} from ${organisations} where ${organisations.id} = ${unitReports.organisationId})`,
      unitName: adminUnits.name,
      unitPath: adminUnits.path,
    })
    .prepare('canbang_submit_own_unit_report'),
);

const LOCKED: Record<string, string> = {
  submitted: 'Báo cáo đã gửi, đang chờ cấp trên xem xét: không sửa được nữa.',
  accepted: 'Báo cáo đã được chấp nhận và khóa lại.',
};

export async function updateReport(db: Db, p: Principal, id: string, input: z.infer<typeof reportUpdate>) {
  const r = await loadReport(db, p, id);
  requireAuthor(p, r);
  if (LOCKED[r.status]) throw new AppError('INVALID_STATE', { detail: LOCKED[r.status] });
  const { version, refreshFigures, ...text } = input;
  const values: Record<string, unknown> = { ...text };
  if (refreshFigures) {
    const [u] = await rows<{ level: string }>(
      db,
      sql`select level from admin_units where id = ${r.adminUnitId}`,
    );
    values.figures = await draftFigures(
      db,
      {
        organisationId: r.organisationId,
        provinceCode: r.provinceCode,
        unitId: r.adminUnitId,
        unitPath: r.unitPath,
        unitLevel: u.level,
      },
      {
        from: (r.figures as { period: { from: string } }).period.from,
        to: (r.figures as { period: { to: string } }).period.to,
      },
    );
  }
  return (await transition(db, p, r, version, ['draft', 'returned'], values)) ?? explain(db, p, id, version);
}

/** Why a transition did not apply: the report moved on (state) or someone saved in between. */
async function explain(db: Db, p: Principal, id: string, version: number): Promise<never> {
  const now = await getReport(db, p, id);
  if (now.version !== version)
    throw new AppError('CONFLICT', {
      detail: `Báo cáo vừa được ${now.submittedBy ?? now.reviewedBy ?? 'người khác'} cập nhật (phiên bản ${now.version}). Hãy tải lại; nội dung bạn nhập vẫn được giữ.`,
    });
  throw new AppError('INVALID_STATE', {
    detail: LOCKED[now.status] ?? 'Báo cáo không ở trạng thái cho phép thao tác này.',
  });
}

/**
 * Submits the report. Sending it again (a retry in the year-end rush) returns it as it is: one
 * report, one submission, never two.
 */
export async function submitReport(
  db: Db,
  p: Principal,
  id: string,
  version: number,
): Promise<UnitReportDto> {
  if (!isAdmin(p) && p.organisationId && p.provinceCode && p.unitPath) {
    const [own] = await submitOwnStatement(db).execute({
      id,
      version,
      organisationId: p.organisationId,
      provinceCode: p.provinceCode,
      unitPath: p.unitPath,
      subtree: `${p.unitPath}.%`,
      ...actorParams(actorOf(p)),
    });
    if (own) return toDto(own);
  }
  const r = await loadReport(db, p, id);
  requireAuthor(p, r);
  const repeat = (x: { status: string; version: number; submittedBy: string | null }) =>
    (x.status === 'submitted' || x.status === 'accepted') &&
    x.version === version + 1 &&
    x.submittedBy === p.username;
  if (repeat(r)) return toDto(r);
  const [sent] = await submitStatement(db).execute({ id: r.id, version, ...actorParams(actorOf(p)) });
  if (sent) return toDto({ ...sent, orgName: r.orgName, unitName: r.unitName, unitPath: r.unitPath });
  // Two sends of the same submission raced: the other one went through.
  const now = await getReport(db, p, id);
  return repeat(now) ? now : explain(db, p, id, version);
}

export async function reviewReport(
  db: Db,
  p: Principal,
  id: string,
  decision: 'accept' | 'return',
  input: z.infer<typeof reportReview>,
): Promise<UnitReportDto> {
  const r = await loadReport(db, p, id);
  if (!canReview(p, r.unitPath, r.provinceCode))
    throw new AppError('FORBIDDEN', { detail: 'Chỉ cấp trên của đơn vị xem xét được báo cáo này.' });
  if (decision === 'return' && !input.comment?.trim())
    throw new AppError('VALIDATION', {
      issues: [{ path: ['comment'], message: 'Hãy ghi lý do trả lại để đơn vị sửa.' }],
    });
  const done = await transition(db, p, r, input.version, ['submitted'], {
    status: decision === 'accept' ? 'accepted' : 'returned',
    reviewedAt: sql`now()`,
    reviewedBy: p.username,
    reviewComment: input.comment ?? null,
  });
  return done ?? explain(db, p, id, input.version);
}

/** The reports of a plan's period (every unit's). */
export const reportsOfPeriod = (planId: string, period: { kind: string; year: number; no: number }) =>
  and(
    eq(unitReports.planId, planId),
    eq(unitReports.periodKind, period.kind as PeriodKind),
    eq(unitReports.periodYear, period.year),
    eq(unitReports.periodNo, period.no),
  );

/** Expected reports of a period with where each stands, and the DHIS2 rates. */
export async function reportCompleteness(
  db: Db,
  p: Principal,
  planId: string,
  periodNo = 1,
  /** A year of the plan's period; default: this year while the plan runs. */
  year?: number | null,
): Promise<ReportCompletenessDto> {
  const plan = await loadPlan(db, p, planId);
  const { periods, years } = duty(plan, year);
  const period = periods.find((x) => x.no === periodNo);
  if (!period)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['period'], message: 'Kỳ báo cáo không có trong kế hoạch.' }],
    });
  const expected = (await expectedReporters(db, plan)).filter((o) => canRead(p, o.unitPath, o.provinceCode));
  const reports = await selectReports(db, reportsOfPeriod(plan.id, period));
  const today = todayInVietnam();
  const rules = reportingRules((plan.content as PlanContent).reporting);
  const rowsOut: ExpectedReportDto[] = expected.map((o) => {
    const r = reports.find((x) => x.organisationId === o.id);
    const state = unitReportState(r, period.due, today, rules);
    return {
      organisationId: o.id,
      organisationName: o.name,
      adminUnitName: o.unitName,
      reportId: r?.id ?? null,
      status: state.status,
      dueDate: period.due,
      submittedAt: r?.submittedAt?.toISOString() ?? null,
      onTime: state.onTime,
      overdue: state.overdue,
    };
  });
  const figures = completenessOf(rowsOut.map((x) => ({ ...x, received: isReceived(x.status, rules) })));
  return {
    planId,
    period: { kind: period.kind, year: period.year, no: period.no, label: period.label, due: period.due },
    years,
    expected: figures.expected,
    received: figures.received,
    onTime: figures.onTime,
    reportingRate: figures.reportingRate,
    onTimeRate: figures.onTimeRate,
    waiting: figures.waiting,
    byStatus: figures.byStatus,
    acceptedOnly: rules.acceptedOnly,
    rows: rowsOut,
  };
}

/** The reports a user's organisation owes on the issued plans of the year, for the home page. */
export async function reportDeadlines(db: Db, p: Principal) {
  if (!p.organisationId || !p.provinceCode) return [];
  const year = Number(todayInVietnam().slice(0, 4));
  const issued = await db
    .select({ id: plans.id })
    .from(plans)
    .where(
      and(
        eq(plans.provinceCode, p.provinceCode),
        eq(plans.status, 'issued'),
        lte(plans.startYear, year),
        gte(plans.endYear, year),
      ),
    );
  const out: {
    id: string;
    title: string;
    titleEn: string;
    dueDate: string;
    status: 'due' | 'overdue' | 'done';
    link: string;
  }[] = [];
  const today = todayInVietnam();
  for (const { id } of issued) {
    const plan = await loadPlan(db, p, id);
    if (!(plan.content as PlanContent).reporting?.deadline) continue;
    if (!(await expectedReporters(db, plan)).some((o) => o.id === p.organisationId)) continue;
    const mine = await selectReports(
      db,
      and(eq(unitReports.planId, id), eq(unitReports.organisationId, p.organisationId)),
    );
    for (const period of duty(plan).periods) {
      const r = mine.find((x) => x.periodNo === period.no && x.periodKind === period.kind);
      // Sent, as far as the unit is concerned (a returned report is owed again).
      const done = r?.status === 'submitted' || r?.status === 'accepted';
      out.push({
        id: `${id}:${period.no}`,
        title: `Báo cáo ${period.label.toLowerCase().startsWith('năm') ? `kết quả ${period.label.toLowerCase()}` : period.label} — ${plan.subject}${r?.status === 'returned' ? ' (bị trả lại, cần sửa)' : ''}`,
        titleEn: `Report for ${periodLabelEn(period.label)} — ${plan.subject}${r?.status === 'returned' ? ' (returned, to correct)' : ''}`,
        dueDate: period.due,
        status: done ? 'done' : today > period.due ? 'overdue' : 'due',
        link: `/reports?plan=${id}&period=${period.no}`,
      });
    }
  }
  return out.sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
}
