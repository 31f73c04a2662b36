import crypto from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  PlanActivity,
  PlanContent,
  PlanDto,
  PlanSummaryDto,
  planListQuery,
} from '../../../shared/contracts/plans.ts';
import { AppError, type ErrorIssue } from '../../../shared/errors.ts';
import { documentNumber, todayInVietnam } from '../../../shared/format/index.ts';
import { defaultSignature, issuerKindOfOrganisation } from '../../../shared/plans/issuer-defaults.ts';
import { defaultPeriodYear } from '../../../shared/plans/period.ts';
import { searchMatches } from '../../../shared/text/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import {
  isAdmin,
  provinceCondition,
  readsEveryProvince,
  requireInScope,
  requireRole,
  subtreeCondition,
  unitInScope,
} from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, organisations, plans } from '../../db/schema/index.ts';
import { withActor } from '../../db/tx.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { shareActivities } from '../../figures/shares.ts';
import { visibleUnitIds } from '../org-units/admin-units.service.ts';
import { visibleOrganisationIds } from '../org-units/organisations.service.ts';
import { carryToRevision } from './plan-lineage.ts';
import { assignedTo, budgetTotal, issueReadiness, numberActivities, validatePlan } from './plan-tree.ts';
import { canReadPlan, canWritePlan } from './plans.policy.ts';
import { writeProjections } from './plans.repository.ts';

const PLAN_WRITERS = ['admin', 'province_officer', 'reporter', 'national_reader'] as const;

const planColumns = {
  id: plans.id,
  organisationId: plans.organisationId,
  organisationName: organisations.name,
  adminUnitId: plans.adminUnitId,
  unitPath: adminUnits.path,
  provinceCode: plans.provinceCode,
  parentPlanId: plans.parentPlanId,
  status: plans.status,
  revision: plans.revision,
  previousRevisionId: plans.previousRevisionId,
  isDemo: plans.isDemo,
  version: plans.version,
  updatedAt: plans.updatedAt,
  startYear: plans.startYear,
  endYear: plans.endYear,
  subject: plans.subject,
  number: plans.number,
  symbol: plans.symbol,
  issuedDate: plans.issuedDate,
};

function selectPlans(db: Db) {
  return db
    .select({ ...planColumns, content: plans.content })
    .from(plans)
    .innerJoin(organisations, eq(organisations.id, plans.organisationId))
    .innerJoin(adminUnits, eq(adminUnits.id, plans.adminUnitId));
}
export type PlanRow = Awaited<ReturnType<ReturnType<typeof selectPlans>['where']>>[number];

function toDto({
  unitPath: _p,
  startYear: _y,
  endYear: _ey,
  subject: _s,
  number: _n,
  symbol: _sy,
  issuedDate: _d,
  ...row
}: PlanRow): PlanDto {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

function toSummary(row: PlanRow): PlanSummaryDto {
  const { content, ...dto } = toDto(row);
  return {
    ...dto,
    startYear: row.startYear,
    endYear: row.endYear,
    subject: row.subject,
    numberSymbol: documentNumber(row.number, row.symbol),
    issuedDate: row.issuedDate,
    activityCount: numberActivities(content.activities).length,
    budgetTotal: budgetTotal(content),
  };
}

/** A plan the principal may read (issued plans province-wide, drafts in their subtree), or 404. */
export async function loadPlan(db: Db, p: Principal, id: string): Promise<PlanRow> {
  const [row] = await selectPlans(db).where(eq(plans.id, id));
  requireInScope(!!row && canReadPlan(p, row));
  return row;
}

async function loadWritable(db: Db, p: Principal, id: string): Promise<PlanRow> {
  requireRole(p, PLAN_WRITERS);
  const row = await loadPlan(db, p, id);
  if (!canWritePlan(p, row))
    throw new AppError('FORBIDDEN', { detail: 'Bạn chỉ sửa được kế hoạch của đơn vị mình.' });
  return row;
}

export async function listPlans(
  db: Db,
  p: Principal,
  q: z.infer<typeof planListQuery>,
): Promise<PlanSummaryDto[]> {
  const where: (SQL | undefined)[] = [
    // The national reader: every province's issued plans, and its own (national) drafts.
    readsEveryProvince(p) ? undefined : provinceCondition(p, plans.provinceCode),
    // Drafts only inside one's subtree (see plans.policy.ts).
    isAdmin(p) ? undefined : sql`(${plans.status} <> 'draft' or ${subtreeCondition(p, adminUnits.path)})`,
    // Plans still running in the year: their period includes it, not only plans starting then.
    q.year ? and(lte(plans.startYear, q.year), gte(plans.endYear, q.year)) : undefined,
    q.organisationId ? eq(plans.organisationId, q.organisationId) : undefined,
    q.status ? eq(plans.status, q.status) : undefined,
    q.parentPlanId ? eq(plans.parentPlanId, q.parentPlanId) : undefined,
  ];
  const rows = await selectPlans(db)
    .where(and(...where))
    .orderBy(
      desc(plans.endYear),
      desc(plans.startYear),
      asc(sql`${organisations.sortKey} collate "C"`),
      desc(plans.revision),
    );
  return rows.filter((r) => !q.q || searchMatches(`${r.subject} ${r.organisationName}`, q.q)).map(toSummary);
}

export async function getPlan(db: Db, p: Principal, id: string): Promise<PlanDto> {
  return toDto(await loadPlan(db, p, id));
}

/** Every organisation and unit a plan names must exist in the author's province. */
async function checkReferences(db: Db, p: Principal, content: PlanContent): Promise<void> {
  const issues: ErrorIssue[] = [];
  const orgRefs: { id: string; path: (string | number)[] }[] = [];
  const unitRefs: { id: number; path: (string | number)[] }[] = [];
  if (content.issuerOrganisationId)
    orgRefs.push({ id: content.issuerOrganisationId, path: ['issuerOrganisationId'] });
  for (const n of numberActivities(content.activities)) {
    if (n.activity.leadOrganisationId) {
      orgRefs.push({ id: n.activity.leadOrganisationId, path: [...n.path, 'leadOrganisationId'] });
    }
    for (const [i, id] of n.activity.coordinatingOrganisationIds.entries()) {
      orgRefs.push({ id, path: [...n.path, 'coordinatingOrganisationIds', i] });
    }
    for (const [i, id] of n.activity.placeUnitIds.entries())
      unitRefs.push({ id, path: [...n.path, 'placeUnitIds', i] });
  }
  for (const [ti, target] of content.targets.entries()) {
    for (const [i, id] of target.unitIds.entries())
      unitRefs.push({ id, path: ['targets', ti, 'unitIds', i] });
  }
  const orgs = await visibleOrganisationIds(db, p, [...new Set(orgRefs.map((r) => r.id))]);
  const units = await visibleUnitIds(db, p, [...new Set(unitRefs.map((r) => r.id))]);
  for (const r of orgRefs)
    if (!orgs.has(r.id))
      issues.push({
        path: ['content', ...r.path],
        message: 'Cơ quan, đơn vị không tồn tại hoặc ngoài phạm vi của bạn.',
      });
  for (const r of unitRefs)
    if (!units.has(r.id))
      issues.push({
        path: ['content', ...r.path],
        message: 'Địa bàn không tồn tại hoặc ngoài phạm vi của bạn.',
      });
  if (issues.length) throw new AppError('VALIDATION', { detail: issues[0].message, issues });
}

async function organisationScope(db: Db, organisationId: string) {
  const [org] = await db
    .select({
      id: organisations.id,
      unitId: organisations.adminUnitId,
      unitPath: adminUnits.path,
      unitLevel: adminUnits.level,
      provinceCode: organisations.provinceCode,
      name: organisations.name,
      kind: organisations.kind,
      parentId: organisations.parentId,
      headName: organisations.headName,
    })
    .from(organisations)
    .innerJoin(adminUnits, eq(adminUnits.id, organisations.adminUnitId))
    .where(eq(organisations.id, organisationId));
  return org;
}

export async function createPlan(
  db: Db,
  p: Principal,
  input: { organisationId: string; content: PlanContent },
  opts: { isDemo?: boolean; parentPlanId?: string | null; status?: 'draft' } = {},
): Promise<PlanDto> {
  requireRole(p, PLAN_WRITERS);
  const org = await organisationScope(db, input.organisationId);
  if (!org || !canWritePlan(p, { organisationId: org.id, unitPath: org.unitPath })) {
    throw new AppError('VALIDATION', {
      issues: [
        { path: ['organisationId'], message: 'Bạn chỉ lập được kế hoạch cho đơn vị trong phạm vi của mình.' },
      ],
    });
  }
  await checkReferences(db, p, input.content);
  const id = await withActor(db, actorOf(p), async (tx) => {
    const [row] = await tx
      .insert(plans)
      .values({
        organisationId: org.id,
        adminUnitId: org.unitId,
        provinceCode: org.provinceCode,
        startYear: input.content.period.start,
        endYear: input.content.period.end,
        subject: input.content.subject,
        number: input.content.number ?? null,
        symbol: input.content.symbol ?? null,
        issuedDate: input.content.issuedDate ?? null,
        content: input.content,
        parentPlanId: opts.parentPlanId ?? null,
        isDemo: opts.isDemo ?? false,
      })
      .returning({ id: plans.id });
    await writeProjections(tx, row.id, org.provinceCode, input.content);
    return row.id;
  });
  return getPlan(db, p, id);
}

export async function updatePlan(
  db: Db,
  p: Principal,
  id: string,
  input: { version: number; content: PlanContent },
): Promise<PlanDto> {
  const row = await loadWritable(db, p, id);
  if (row.status !== 'draft') {
    throw new AppError('INVALID_STATE', {
      detail: 'Kế hoạch đã ban hành không sửa được. Hãy tạo bản điều chỉnh (phiên bản mới).',
    });
  }
  await checkReferences(db, p, input.content);
  await withActor(db, actorOf(p), async (tx) => {
    await updateVersioned(tx, plans, id, input.version, {
      content: input.content,
      startYear: input.content.period.start,
      endYear: input.content.period.end,
      subject: input.content.subject,
      number: input.content.number ?? null,
      symbol: input.content.symbol ?? null,
      issuedDate: input.content.issuedDate ?? null,
    });
    await writeProjections(tx, id, row.provinceCode, input.content);
  });
  return getPlan(db, p, id);
}

/** The checks the editor shows: the rules, and for a draft what it lacks to be issued. */
export async function planValidation(db: Db, p: Principal, id: string): Promise<ErrorIssue[]> {
  const row = await loadPlan(db, p, id);
  return [...validatePlan(row.content), ...(row.status === 'draft' ? issueReadiness(row.content) : [])];
}

/**
 * Draft → issued: the rules must hold, the document gets its number and date, the revision it
 * replaces is superseded and what was recorded under it carries over.
 */
export async function issuePlan(
  db: Db,
  p: Principal,
  id: string,
  input: { version: number },
): Promise<PlanDto> {
  const row = await loadWritable(db, p, id);
  if (row.status !== 'draft')
    throw new AppError('INVALID_STATE', { detail: 'Kế hoạch này đã được ban hành.' });
  const issues = [...validatePlan(row.content), ...issueReadiness(row.content)];
  if (issues.length)
    throw new AppError('VALIDATION', { detail: `Chưa ban hành được: ${issues[0].message}`, issues });
  const issuedDate = row.content.issuedDate as string;
  const content = row.content;
  await withActor(db, actorOf(p), async (tx) => {
    await updateVersioned(tx, plans, id, input.version, { status: 'issued', issuedDate, content });
    if (row.previousRevisionId) {
      await tx
        .update(plans)
        .set({ status: 'superseded', version: sql`${plans.version} + 1`, updatedAt: sql`now()` })
        .where(eq(plans.id, row.previousRevisionId));
      await carryToRevision(tx, row.previousRevisionId, id);
    }
  });
  return getPlan(db, p, id);
}

/** An issued plan is changed by a new revision (a draft copy); the issued one stays as it was until that is issued. */
export async function revisePlan(db: Db, p: Principal, id: string): Promise<PlanDto> {
  const row = await loadWritable(db, p, id);
  if (row.status !== 'issued')
    throw new AppError('INVALID_STATE', {
      detail: 'Chỉ tạo bản điều chỉnh từ kế hoạch đang có hiệu lực (đã ban hành).',
    });
  const [existing] = await db.select({ id: plans.id }).from(plans).where(eq(plans.previousRevisionId, id));
  if (existing)
    throw new AppError('DUPLICATE', { detail: 'Kế hoạch này đã có một bản điều chỉnh đang soạn.' });
  const content: PlanContent = { ...row.content, number: null, issuedDate: null };
  const newId = await withActor(db, actorOf(p), async (tx) => {
    const [created] = await tx
      .insert(plans)
      .values({
        organisationId: row.organisationId,
        adminUnitId: row.adminUnitId,
        provinceCode: row.provinceCode,
        startYear: row.startYear,
        endYear: row.endYear,
        subject: row.subject,
        symbol: row.symbol,
        content,
        revision: row.revision + 1,
        previousRevisionId: id,
        parentPlanId: row.parentPlanId,
        isDemo: row.isDemo,
      })
      .returning({ id: plans.id });
    // Activities keep their ids across revisions: records made under revision 1 still point
    // at the same activity in revision 2.
    await writeProjections(tx, created.id, row.provinceCode, content);
    return created.id;
  });
  return getPlan(db, p, newId);
}

/** All revisions of a plan's lineage, newest first. */
export async function planHistory(db: Db, p: Principal, id: string): Promise<PlanSummaryDto[]> {
  const start = await loadPlan(db, p, id);
  const chain: PlanRow[] = [];
  // Walk back to the first revision, then forward through the revisions that replaced it.
  let cursor: PlanRow | undefined = start;
  while (cursor?.previousRevisionId) {
    const [prev] = await selectPlans(db).where(eq(plans.id, cursor.previousRevisionId));
    cursor = prev;
  }
  while (cursor) {
    if (canReadPlan(p, cursor)) chain.push(cursor);
    const [next] = await selectPlans(db).where(eq(plans.previousRevisionId, cursor.id));
    cursor = next;
  }
  return chain.reverse().map(toSummary);
}

/** A child plan's own copies of what it inherits, each pointing at its origin. */
function withFreshIds(content: PlanContent): PlanContent {
  const fresh = (a: PlanActivity): PlanActivity => ({
    ...a,
    id: crypto.randomUUID(),
    inheritedFromId: a.id,
    budgetLines: a.budgetLines.map((l) => ({ ...l, id: crypto.randomUUID() })),
    children: a.children.map(fresh),
  });
  return {
    ...content,
    activities: content.activities.map(fresh),
    targets: content.targets.map((t) => ({ ...t, id: crypto.randomUUID(), inheritedFromId: t.id })),
  };
}

/** The part of a parent plan that falls to one organisation: its activities (with their ancestors as headings) and targets. */
function inheritedContent(
  parent: PlanContent,
  unitPath: string[],
  organisationId: string,
): Pick<PlanContent, 'activities' | 'targets'> {
  const pick = (list: PlanActivity[]): PlanActivity[] =>
    list.flatMap((a) => {
      if (assignedTo(a, unitPath, organisationId)) return [a];
      const children = pick(a.children);
      return children.length ? [{ ...a, children, budgetLines: [] }] : [];
    });
  const activities = pick(parent.activities).map((a) => ({
    ...a,
    budgetLines: [] as PlanActivity['budgetLines'],
  }));
  const strip = (a: PlanActivity): PlanActivity => ({
    ...a,
    budgetLines: [],
    children: a.children.map(strip),
  });
  const targets = parent.targets.filter(
    (t) => !t.unitIds.length || t.unitIds.some((id) => unitPath.includes(String(id))),
  );
  return withFreshIds({ ...parent, activities: activities.map(strip), targets });
}

/** A lead written as "the stations" in general stands for the child's own station. */
const GENERIC_LEAD = /^(các\s+)?trạm y tế( các)?( xã, phường| xã| phường)?$/iu;

/**
 * The province's activities as the child carries them out: led by the child's organisation,
 * unless the province named a body of the child's own area (a school, the commune's committee).
 */
async function ledByChild(
  db: Db,
  activities: PlanActivity[],
  child: { id: string; unitPath: string; unitId: number },
): Promise<PlanActivity[]> {
  const path = child.unitPath.split('.');
  const leadIds = [
    ...new Set(numberActivities(activities).flatMap((n) => n.activity.leadOrganisationId ?? [])),
  ];
  const leads = leadIds.length
    ? await db
        .select({ id: organisations.id, path: adminUnits.path })
        .from(organisations)
        .innerJoin(adminUnits, eq(adminUnits.id, organisations.adminUnitId))
        .where(inArray(organisations.id, leadIds))
    : [];
  const local = new Set(
    leads
      .filter((l) => l.path === child.unitPath || l.path.startsWith(`${child.unitPath}.`))
      .map((l) => l.id),
  );
  const relead = (a: PlanActivity): PlanActivity => {
    const named = a.leadOrganisationId
      ? local.has(a.leadOrganisationId)
      : !!a.leadName && !GENERIC_LEAD.test(a.leadName.trim());
    const hasLead = !!a.leadOrganisationId || !!a.leadName;
    return {
      ...a,
      ...(hasLead && !named ? { leadOrganisationId: child.id, leadName: null } : {}),
      coordinatingOrganisationIds: a.coordinatingOrganisationIds.filter((id) => id !== child.id),
      // "75 xã, phường" in the province's plan is the child's own commune in the child's plan.
      placeUnitIds: a.placeUnitIds.some((id) => path.includes(String(id))) ? [child.unitId] : a.placeUnitIds,
      children: a.children.map(relead),
    };
  };
  return activities.map(relead);
}

/** The name of a body in running text, from the directory (never the header's capitals). */
async function organisationName(db: Db, id: string | null | undefined): Promise<string | null> {
  if (!id) return null;
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row?.name ?? null;
}

/**
 * From an issued plan, the child plan of an organisation below it (e.g. a commune's Trạm Y
 * tế): it cites the parent first among its legal bases and starts with what was assigned to it.
 */
export async function createChildPlan(
  db: Db,
  p: Principal,
  parentId: string,
  input: { organisationId: string },
): Promise<PlanDto> {
  const parent = await loadPlan(db, p, parentId);
  if (parent.status !== 'issued')
    throw new AppError('INVALID_STATE', { detail: 'Chỉ lập kế hoạch cấp dưới từ kế hoạch đã ban hành.' });
  const org = await organisationScope(db, input.organisationId);
  if (
    !org ||
    !(org.unitPath === parent.unitPath || org.unitPath.startsWith(`${parent.unitPath}.`)) ||
    org.id === parent.organisationId
  ) {
    throw new AppError('VALIDATION', {
      issues: [{ path: ['organisationId'], message: 'Đơn vị phải thuộc địa bàn của kế hoạch cấp trên.' }],
    });
  }
  const [existing] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.parentPlanId, parentId), eq(plans.organisationId, org.id)));
  if (existing)
    throw new AppError('DUPLICATE', { detail: `${org.name} đã có kế hoạch triển khai kế hoạch này.` });
  const pc = parent.content;
  const numberSymbol = documentNumber(parent.number, parent.symbol);
  const [unitRow] = await db
    .select({ name: adminUnits.name, type: adminUnits.type, shortName: adminUnits.shortName })
    .from(adminUnits)
    .where(eq(adminUnits.id, org.unitId));
  // In running text a unit is written "phường Tô Hiệu" (Nghị định 30, Phụ lục II).
  const unitInText = unitRow ? `${unitRow.type} ${unitRow.shortName}` : org.name;
  const inherited = inheritedContent(pc, org.unitPath.split('.'), org.id);
  const kind = issuerKindOfOrganisation(org.kind, org.unitLevel);
  // Led by the station unless the province named another body, and its own share of each planned
  // output, never the whole figure of the plan above (issues 13, 18).
  // The share is decided against the province's leads (a lead keeps its whole figure), so before
  // the station takes the lead of what it carries out.
  const activities = await ledByChild(
    db,
    await shareActivities(
      db,
      inherited.activities,
      org.unitPath.split('.'),
      org.id,
      defaultPeriodYear(pc.period, todayInVietnam()),
    ),
    org,
  );
  const content: PlanContent = {
    ...pc,
    ...inherited,
    activities,
    issuerOrganisationId: org.id,
    issuerKind: kind,
    // Cơ quan chủ quản: the body the organisation belongs to in the directory.
    parentBodyName: await organisationName(db, org.parentId),
    issuerName: org.name,
    sections: null,
    review: null,
    leadsAssigned: true,
    signature: { ...defaultSignature(kind), signerName: org.headName ?? '' },
    number: null,
    symbol: null,
    issuedDate: null,
    place: unitRow?.shortName ?? pc.place,
    subject: `${pc.subject.replace(/ trên địa bàn .*$/, '')} tại ${unitInText}`,
    legalBases: [
      {
        verb: 'Căn cứ',
        kind: 'Kế hoạch',
        number: numberSymbol,
        date: parent.issuedDate,
        issuer: (await organisationName(db, pc.issuerOrganisationId)) ?? pc.issuerName,
        title: pc.subject,
        planId: parent.id,
      },
    ],
    preamble: null,
    // The province's closing words ("Sở Y tế trân trọng đề nghị …") are not the station's.
    closing: null,
    funding: { text: null, sources: [], total: null },
    responsibilities: [],
    recipients: [],
    archive: 'Lưu: VT.',
    annexes: [],
  };
  return createPlan(
    db,
    p,
    { organisationId: org.id, content },
    { parentPlanId: parent.id, isDemo: parent.isDemo },
  );
}

/** The child plans of a plan, and the communes below it that have none yet. */
export async function planChildren(db: Db, p: Principal, id: string) {
  const parent = await loadPlan(db, p, id);
  const children = (await listPlans(db, p, { parentPlanId: id })).filter((c) => c.status !== 'superseded');
  const withPlan = new Set(children.map((c) => c.adminUnitId));
  const communes = await db
    .select({ id: adminUnits.id, code: adminUnits.code, name: adminUnits.name })
    .from(adminUnits)
    .where(
      and(
        eq(adminUnits.level, 'commune'),
        isNull(adminUnits.validTo),
        sql`${adminUnits.path} like ${`${parent.unitPath}.%`}`,
        unitInScope(p, parent.unitPath) || isAdmin(p) ? undefined : sql`false`,
      ),
    )
    .orderBy(sql`${adminUnits.sortKey} collate "C"`);
  return { children, withoutPlan: communes.filter((c) => !withPlan.has(c.id)) };
}
