import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ActivityRecordDto,
  ActivityRecordInput,
  activityRecordUpdate,
} from '../../../shared/contracts/activity-records.ts';
import type { PlanActivity } from '../../../shared/contracts/plans.ts';
import { AppError } from '../../../shared/errors.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { isAdmin, requireInScope, requireRole, subtreeCondition, unitInScope } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { activityRecords, adminUnits, organisations, planActivities } from '../../db/schema/index.ts';
import { rows, withActor } from '../../db/tx.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { requireAttachments } from '../attachments/attachments.service.ts';
import { assignedTo } from '../plans/plan-tree.ts';
import { loadPlan, type PlanRow } from '../plans/plans.service.ts';
import { checkActivityRecord, outputQuantity } from './activity-record-rules.ts';
import { listClubs } from './clubs.service.ts';

// Activity records: each unit records what it did under an activity of an issued plan (its own
// plan, or a plan above it that assigns the activity to it). Reads follow the recorder's unit:
// a commune sees its own records, the province sees all of its province.

const RECORDERS = ['admin', 'province_officer', 'reporter'] as const;

function findActivity(list: PlanActivity[], id: string): PlanActivity | undefined {
  for (const a of list) {
    if (a.id === id) return a;
    const inner = findActivity(a.children, id);
    if (inner) return inner;
  }
}

/** The province activity a record counts towards: follow "inherited from" up the cascade. */
export async function rootActivityOf(db: Db, activityId: string): Promise<string> {
  let id = activityId;
  for (let hops = 0; hops < 5; hops++) {
    const [row] = await db
      .select({ from: planActivities.inheritedFromId })
      .from(planActivities)
      .where(eq(planActivities.id, id))
      .limit(1);
    if (!row?.from) return id;
    id = row.from;
  }
  return id;
}

async function recorderOf(db: Db, p: Principal) {
  if (!p.organisationId)
    throw new AppError('VALIDATION', {
      detail: 'Tài khoản này không thuộc cơ quan, đơn vị nào nên không ghi nhận hoạt động được.',
    });
  const [org] = await db
    .select({ id: organisations.id, adminUnitId: organisations.adminUnitId, path: adminUnits.path })
    .from(organisations)
    .innerJoin(adminUnits, eq(adminUnits.id, organisations.adminUnitId))
    .where(eq(organisations.id, p.organisationId));
  return org;
}

/** Every check of a record against its plan, the recorder's scope and the registries; 400 naming fields. */
export async function validateRecord(
  db: Db,
  p: Principal,
  plan: PlanRow,
  input: Omit<ActivityRecordInput, 'clientKey'>,
) {
  const activity = findActivity(plan.content.activities, input.activityId);
  if (!activity)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['activityId'], message: 'Hoạt động không có trong kế hoạch này.' }],
    });
  const org = await recorderOf(db, p);
  const own = plan.organisationId === p.organisationId;
  if (
    !own &&
    !isAdmin(p) &&
    p.role !== 'province_officer' &&
    !assignedTo(activity, org.path.split('.'), org.id)
  )
    throw new AppError('VALIDATION', {
      issues: [{ path: ['activityId'], message: 'Hoạt động này không giao cho đơn vị của bạn.' }],
    });
  const issues = checkActivityRecord(input, {
    period: plan.content.period,
    activityKind: activity.kind && activity.kind !== 'list' ? activity.kind : null,
    fundingKeys: plan.content.funding?.sources.map((s) => s.key) ?? [],
    fundingSourceKey: input.fundingSourceKey,
  });
  if (input.communeUnitId) {
    const [u] = await db.select().from(adminUnits).where(eq(adminUnits.id, input.communeUnitId));
    if (u?.level !== 'commune' || u.provinceCode !== plan.provinceCode || !unitInScope(p, u.path))
      issues.push({ path: ['communeUnitId'], message: 'Xã, phường không có hoặc ngoài phạm vi của bạn.' });
    if (input.villageUnitIds.length) {
      const villages = await rows<{ id: number }>(
        db,
        sql`select id from admin_units where parent_id = ${input.communeUnitId} and id = any(${`{${input.villageUnitIds.join(',')}}`}::int[])`,
      );
      if (villages.length !== new Set(input.villageUnitIds).size)
        issues.push({ path: ['villageUnitIds'], message: 'Có thôn, bản không thuộc xã, phường đã chọn.' });
    }
  } else if (input.villageUnitIds.length)
    issues.push({ path: ['villageUnitIds'], message: 'Hãy chọn xã, phường trước khi chọn thôn, bản.' });
  const m = input.measures;
  if (m.kind === 'club' && m.clubId && !(await listClubs(db, p, [m.clubId])).length)
    issues.push({ path: ['measures', 'clubId'], message: 'Câu lạc bộ không có trong danh sách của bạn.' });
  if (issues.length) throw new AppError('VALIDATION', { issues });
  await requireAttachments(db, p, input.attachmentIds, 'attachmentIds');
  return { org, activity };
}

const recordVisible = (p: Principal) =>
  sql`exists (select 1 from admin_units u where u.id = r.admin_unit_id and ${subtreeCondition(p, sql`u.path`)})`;

export interface RecordQuery {
  ids?: string[];
  planId?: string;
  activityId?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export async function listActivityRecords(
  db: Db,
  p: Principal,
  q: RecordQuery = {},
): Promise<ActivityRecordDto[]> {
  const where = [recordVisible(p)];
  if (q.ids) where.push(sql`r.id = any(${`{${q.ids.join(',')}}`}::uuid[])`);
  if (q.planId)
    where.push(
      sql`(r.plan_id = ${q.planId} or r.root_activity_id in (select id from plan_activities where plan_id = ${q.planId}))`,
    );
  if (q.activityId)
    where.push(sql`(r.activity_id = ${q.activityId} or r.root_activity_id = ${q.activityId})`);
  if (q.from) where.push(sql`r.end_date >= ${q.from}`);
  if (q.to) where.push(sql`r.start_date <= ${q.to}`);
  const list = await rows<Record<string, unknown>>(
    db,
    sql`select r.*, r.start_date::text as start_text, r.end_date::text as end_text, o.name as organisation_name
          from activity_records r join organisations o on o.id = r.organisation_id
         where ${sql.join(where, sql` and `)}
         order by r.start_date desc, r.id limit ${q.limit ?? 500}`,
  );
  return list.map((r) => ({
    id: r.id as string,
    provinceCode: r.province_code as string,
    planId: r.plan_id as string,
    activityId: r.activity_id as string,
    rootActivityId: r.root_activity_id as string,
    organisationId: r.organisation_id as string,
    organisationName: r.organisation_name as string,
    kind: r.kind as ActivityRecordDto['kind'],
    startDate: r.start_text as string,
    endDate: r.end_text as string,
    communeUnitId: r.commune_unit_id as number | null,
    villageUnitIds: r.village_unit_ids as number[],
    audiences: r.audiences as string[],
    participants: {
      total: r.participants_total as number,
      men: r.participants_men as number | null,
      women: r.participants_women as number | null,
      groups: json(r.participant_groups),
    },
    outputs: json(r.outputs),
    cost: Number(r.cost),
    fundingSourceKey: r.funding_source_key as string | null,
    measures: json(r.measures),
    notes: r.notes as string | null,
    attachmentIds: r.attachment_ids as string[],
    isDemo: r.is_demo as boolean,
    createdBy: r.created_by as string,
    version: r.version as number,
  }));
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

export async function getActivityRecord(db: Db, p: Principal, id: string): Promise<ActivityRecordDto> {
  const [r] = await listActivityRecords(db, p, { ids: [id] });
  requireInScope(!!r);
  return r;
}

export const recordColumns = (input: Omit<ActivityRecordInput, 'clientKey' | 'planId' | 'activityId'>) => ({
  startDate: input.startDate,
  endDate: input.endDate,
  communeUnitId: input.communeUnitId ?? null,
  villageUnitIds: input.villageUnitIds,
  audiences: input.audiences,
  participantsTotal: input.participants.total,
  participantsMen: input.participants.men ?? null,
  participantsWomen: input.participants.women ?? null,
  participantGroups: input.participants.groups,
  outputs: input.outputs,
  outputQuantity: outputQuantity(input.outputs),
  cost: input.cost,
  fundingSourceKey: input.fundingSourceKey ?? null,
  kind: input.measures.kind,
  measures: input.measures,
  notes: input.notes ?? null,
  attachmentIds: input.attachmentIds,
});

/**
 * Records what was done. A draft sent again with the same `clientKey` (the browser retrying
 * after a dropped connection) returns the record already stored instead of a second one.
 */
export async function createActivityRecord(
  db: Db,
  p: Principal,
  input: ActivityRecordInput,
  opts: { isDemo?: boolean } = {},
): Promise<{ record: ActivityRecordDto; created: boolean }> {
  requireRole(p, RECORDERS);
  if (input.clientKey && p.organisationId) {
    const [again] = await db
      .select({ id: activityRecords.id })
      .from(activityRecords)
      .where(
        and(
          eq(activityRecords.organisationId, p.organisationId),
          eq(activityRecords.clientKey, input.clientKey),
        ),
      );
    if (again) return { record: await getActivityRecord(db, p, again.id), created: false };
  }
  const plan = await loadPlan(db, p, input.planId);
  if (plan.status !== 'issued')
    throw new AppError('VALIDATION', {
      issues: [{ path: ['planId'], message: 'Chỉ ghi nhận hoạt động của kế hoạch đã ban hành.' }],
    });
  const { org } = await validateRecord(db, p, plan, input);
  const rootActivityId = await rootActivityOf(db, input.activityId);
  const id = await withActor(db, actorOf(p), async (tx) => {
    const [row] = await tx
      .insert(activityRecords)
      .values({
        ...recordColumns(input),
        provinceCode: plan.provinceCode,
        planId: plan.id,
        activityId: input.activityId,
        rootActivityId,
        organisationId: org.id,
        adminUnitId: org.adminUnitId,
        clientKey: input.clientKey ?? null,
        isDemo: opts.isDemo ?? false,
        createdBy: p.username,
      })
      .onConflictDoNothing({ target: [activityRecords.organisationId, activityRecords.clientKey] })
      .returning({ id: activityRecords.id });
    return row?.id;
  });
  if (!id) {
    // Two sends of the same draft raced: the other one stored it.
    const [again] = await db
      .select({ id: activityRecords.id })
      .from(activityRecords)
      .where(
        and(eq(activityRecords.organisationId, org.id), eq(activityRecords.clientKey, input.clientKey!)),
      );
    return { record: await getActivityRecord(db, p, again.id), created: false };
  }
  return { record: await getActivityRecord(db, p, id), created: true };
}

export async function updateActivityRecord(
  db: Db,
  p: Principal,
  id: string,
  input: z.infer<typeof activityRecordUpdate>,
): Promise<ActivityRecordDto> {
  requireRole(p, RECORDERS);
  const current = await getActivityRecord(db, p, id);
  if (p.role === 'reporter' && current.organisationId !== p.organisationId) throw new AppError('FORBIDDEN');
  const { version, ...values } = input;
  const next = { ...current, ...values, participants: { ...current.participants, ...values.participants } };
  const plan = await loadPlan(db, p, current.planId);
  await validateRecord(db, p, plan, { ...next, planId: current.planId, activityId: current.activityId });
  await withActor(db, actorOf(p), (tx) =>
    updateVersioned(tx, activityRecords, id, version, recordColumns(next)),
  );
  return getActivityRecord(db, p, id);
}
