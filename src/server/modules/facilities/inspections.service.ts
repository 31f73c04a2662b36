import { eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  InspectionDto,
  InspectionInput,
  InspectionPlanDto,
  InspectionPlanInput,
  inspectionPlanUpdate,
  inspectionUpdate,
  sanctionInput,
  ViolationDto,
} from '../../../shared/contracts/facilities.ts';
import { AppError } from '../../../shared/errors.ts';
import { todayInVietnam } from '../../../shared/format/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { isAdmin, requireInScope, requireRole } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import {
  checklistItems,
  inspectionPlans,
  inspections,
  legalProvisions,
  users,
  violations,
} from '../../db/schema/index.ts';
import { rows, withActor } from '../../db/tx.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { attachmentInfo, requireAttachments } from '../attachments/attachments.service.ts';
import { displayNameSql } from '../users/display-names.ts';
import { INSPECTION_WRITERS, PLANNERS, registryVisible } from './facilities.policy.ts';
import { fineWarnings } from './fine-range.ts';
import { requireVisibleSubject } from './registry.repository.ts';

// Inspection plans (period, team, targets), inspection records (checklist, findings, evidence)
// and their violations, followed up until closed.

// ---- plans ----------------------------------------------------------------------------------

function planVisible(p: Principal) {
  if (isAdmin(p)) return sql`true`;
  if (p.role === 'province_officer' || p.role === 'leader') return sql`ip.province_code = ${p.provinceCode}`;
  if (p.role === 'inspector') return sql`${p.userId}::uuid = any(ip.team_user_ids)`;
  return sql`false`;
}

export async function listInspectionPlans(
  db: Db,
  p: Principal,
  ids?: string[],
): Promise<InspectionPlanDto[]> {
  const list = await rows<{
    id: string;
    province_code: string;
    title: string;
    period_start: string;
    period_end: string;
    team_user_ids: string[];
    team_notes: string | null;
    facility_ids: string[];
    worker_ids: string[];
    done: number;
    version: number;
  }>(
    db,
    sql`select ip.id, ip.province_code, ip.title, ip.period_start::text, ip.period_end::text, ip.team_user_ids, ip.team_notes,
               ip.facility_ids, ip.worker_ids, ip.version,
               (select count(distinct coalesce(i.facility_id, i.worker_id))::int from inspections i
                 where (i.facility_id = any(ip.facility_ids) or i.worker_id = any(ip.worker_ids))
                   and i.inspected_on between ip.period_start and ip.period_end) as done
          from inspection_plans ip
         where ${planVisible(p)} ${ids ? sql`and ip.id = any(${`{${ids.join(',')}}`}::uuid[])` : sql``}
         order by ip.period_start desc, ip.id`,
  );
  const userIds = [...new Set(list.flatMap((l) => l.team_user_ids))];
  const names = new Map(
    userIds.length
      ? (
          await db
            .select({ id: users.id, name: users.displayName })
            .from(users)
            .where(inArray(users.id, userIds))
        ).map((u) => [u.id, u.name])
      : [],
  );
  return list.map((l) => ({
    id: l.id,
    provinceCode: l.province_code,
    title: l.title,
    periodStart: l.period_start,
    periodEnd: l.period_end,
    teamUserIds: l.team_user_ids,
    teamNames: l.team_user_ids.map((id) => names.get(id) ?? id),
    teamNotes: l.team_notes,
    facilityIds: l.facility_ids,
    workerIds: l.worker_ids,
    done: l.done,
    planned: l.facility_ids.length + l.worker_ids.length,
    version: l.version,
  }));
}

export async function getInspectionPlan(db: Db, p: Principal, id: string) {
  const [plan] = await listInspectionPlans(db, p, [id]);
  requireInScope(!!plan);
  return plan;
}

/** Team members are inspectors of the province; targets are entries of its registry. */
async function checkPlan(
  db: Db,
  p: Principal,
  input: InspectionPlanInput | z.infer<typeof inspectionPlanUpdate>,
) {
  const province = p.provinceCode;
  const teamProvince = await rows<{ id: string }>(
    db,
    sql`select u.id from users u join organisations o on o.id = u.organisation_id
         where u.id = any(${`{${input.teamUserIds.join(',')}}`}::uuid[]) ${province ? sql`and o.province_code = ${province}` : sql``}`,
  );
  if (teamProvince.length !== new Set(input.teamUserIds).size)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['teamUserIds'], message: 'Thành viên đoàn phải là người dùng của tỉnh.' }],
    });
  for (const [ids, kind, field] of [
    [input.facilityIds, 'facility', 'facilityIds'],
    [input.workerIds, 'worker', 'workerIds'],
  ] as const) {
    if (!ids.length) continue;
    const table = kind === 'facility' ? sql`facilities` : sql`health_workers`;
    const found = await rows<{ id: string }>(
      db,
      sql`select f.id from ${table} f where f.id = any(${`{${ids.join(',')}}`}::uuid[]) and ${registryVisible(p, kind)}`,
    );
    if (found.length !== new Set(ids).size)
      throw new AppError('VALIDATION', {
        issues: [{ path: [field], message: 'Có đối tượng kiểm tra không thuộc danh sách của tỉnh.' }],
      });
  }
}

export async function createInspectionPlan(
  db: Db,
  p: Principal,
  input: InspectionPlanInput,
  opts: { isDemo?: boolean; provinceCode?: string } = {},
): Promise<InspectionPlanDto> {
  requireRole(p, PLANNERS);
  const provinceCode = p.provinceCode ?? opts.provinceCode;
  if (!provinceCode)
    throw new AppError('VALIDATION', { detail: 'Quản trị hệ thống hãy lập kế hoạch từ tài khoản của tỉnh.' });
  await checkPlan(db, p, input);
  const id = await withActor(db, actorOf(p), async (tx) => {
    const [row] = await tx
      .insert(inspectionPlans)
      .values({ ...input, provinceCode, createdBy: p.username, isDemo: opts.isDemo ?? false })
      .returning({ id: inspectionPlans.id });
    return row.id;
  });
  return getInspectionPlan(db, p, id);
}

export async function updateInspectionPlan(
  db: Db,
  p: Principal,
  id: string,
  input: z.infer<typeof inspectionPlanUpdate>,
): Promise<InspectionPlanDto> {
  requireRole(p, PLANNERS);
  await getInspectionPlan(db, p, id);
  if (input.periodEnd < input.periodStart)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['periodEnd'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' }],
    });
  await checkPlan(db, p, input);
  const { version, ...values } = input;
  await withActor(db, actorOf(p), (tx) => updateVersioned(tx, inspectionPlans, id, version, values));
  return getInspectionPlan(db, p, id);
}

// ---- inspections ------------------------------------------------------------------------------

type InspectionRow = {
  id: string;
  province_code: string;
  plan_id: string | null;
  facility_id: string | null;
  worker_id: string | null;
  subject_name: string;
  unit_name: string;
  inspected_on: string;
  team: string;
  checklist: InspectionDto['checklist'] | string;
  findings: string | null;
  evidence_attachment_ids: string[];
  recorded_by: string;
  recorded_by_name: string;
  is_demo: boolean;
  version: number;
};

/** Inspections are visible with their subject (a commune sees those of its facilities). */
const inspectionVisible = (p: Principal) =>
  sql`(exists (select 1 from facilities f where f.id = i.facility_id and ${registryVisible(p, 'facility')})
    or exists (select 1 from health_workers f where f.id = i.worker_id and ${registryVisible(p, 'worker')}))`;

export async function listInspections(
  db: Db,
  p: Principal,
  q: { ids?: string[]; facilityId?: string; workerId?: string; planId?: string; year?: number } = {},
): Promise<InspectionDto[]> {
  const where = [inspectionVisible(p)];
  if (q.ids) where.push(sql`i.id = any(${`{${q.ids.join(',')}}`}::uuid[])`);
  if (q.facilityId) where.push(sql`i.facility_id = ${q.facilityId}`);
  if (q.workerId) where.push(sql`i.worker_id = ${q.workerId}`);
  if (q.planId) where.push(sql`i.plan_id = ${q.planId}`);
  if (q.year) where.push(sql`extract(year from i.inspected_on) = ${q.year}`);
  const list = await rows<InspectionRow>(
    db,
    sql`select i.id, i.province_code, i.plan_id, i.facility_id, i.worker_id, coalesce(fa.name, w.full_name) as subject_name,
               u.name as unit_name, i.inspected_on::text, i.team, i.checklist, i.findings,
               i.evidence_attachment_ids, i.recorded_by, ${displayNameSql(sql`i.recorded_by`)} as recorded_by_name,
               i.is_demo, i.version
          from inspections i
          left join facilities fa on fa.id = i.facility_id
          left join health_workers w on w.id = i.worker_id
          join admin_units u on u.id = coalesce(fa.admin_unit_id, w.admin_unit_id)
         where ${sql.join(where, sql` and `)}
         order by i.inspected_on desc, i.id`,
  );
  const vs = list.length
    ? await db
        .select({ v: violations, provision: legalProvisions })
        .from(violations)
        .leftJoin(legalProvisions, eq(legalProvisions.id, violations.legalProvisionId))
        .where(
          inArray(
            violations.inspectionId,
            list.map((l) => l.id),
          ),
        )
        .orderBy(violations.createdAt, violations.id)
    : [];
  const files = await attachmentInfo(db, p, [...new Set(list.flatMap((l) => l.evidence_attachment_ids))]);
  return list.map((l) => ({
    id: l.id,
    provinceCode: l.province_code,
    planId: l.plan_id,
    facilityId: l.facility_id,
    workerId: l.worker_id,
    subjectName: l.subject_name,
    adminUnitName: l.unit_name,
    inspectedOn: l.inspected_on,
    team: l.team,
    checklist: typeof l.checklist === 'string' ? JSON.parse(l.checklist) : l.checklist,
    findings: l.findings,
    evidenceAttachmentIds: l.evidence_attachment_ids,
    evidence: files
      .filter((f) => l.evidence_attachment_ids.includes(f.id))
      .map(({ id, fileName, contentType, size }) => ({ id, fileName, contentType, size })),
    isDemo: l.is_demo,
    violations: vs.filter((x) => x.v.inspectionId === l.id).map((x) => violationDto(x.v, x.provision)),
    recordedBy: l.recorded_by,
    recordedByName: l.recorded_by_name,
    version: l.version,
  }));
}

function violationDto(
  v: typeof violations.$inferSelect,
  provision: typeof legalProvisions.$inferSelect | null,
): ViolationDto {
  return {
    id: v.id,
    legalProvisionId: v.legalProvisionId,
    provisionCode: provision?.code ?? null,
    description: v.description,
    offenderKind: v.offenderKind,
    offenderName: v.offenderName,
    decisionNumber: v.decisionNumber,
    decisionDate: v.decisionDate,
    fineAmount: v.fineAmount,
    followUp: v.followUp,
    status: v.status,
    closedOn: v.closedOn,
    warnings: fineWarnings(provision, v.offenderKind, v.fineAmount),
    warningsEn: fineWarnings(provision, v.offenderKind, v.fineAmount, 'en'),
    version: v.version,
  };
}

export async function getInspection(db: Db, p: Principal, id: string): Promise<InspectionDto> {
  const [i] = await listInspections(db, p, { ids: [id] });
  requireInScope(!!i);
  return i;
}

/** An inspector records inspections of their assignments; officers of the province's registry. */
const subjectFor = (db: Db, p: Principal, s: { facilityId?: string | null; workerId?: string | null }) =>
  requireVisibleSubject(db, p, s, 'Đối tượng kiểm tra không thuộc phạm vi của bạn.');

async function checklistLabels(db: Db, provinceCode: string, checklist: InspectionInput['checklist']) {
  if (!checklist.length) return [];
  const items = await db
    .select()
    .from(checklistItems)
    .where(
      inArray(
        checklistItems.id,
        checklist.map((c) => c.itemId),
      ),
    );
  return checklist.map((c, i) => {
    const item = items.find((x) => x.id === c.itemId && x.provinceCode === provinceCode);
    if (!item)
      throw new AppError('VALIDATION', {
        issues: [
          { path: ['checklist', i, 'itemId'], message: `Mục kiểm tra thứ ${i + 1} không có trong danh mục.` },
        ],
      });
    return { itemId: c.itemId, label: item.label, result: c.result, note: c.note ?? null };
  });
}

async function checkProvisions(db: Db, list: { legalProvisionId: string | null }[]) {
  const ids = list.map((v) => v.legalProvisionId).filter((x): x is string => !!x);
  if (!ids.length) return;
  const found = await db
    .select({ id: legalProvisions.id })
    .from(legalProvisions)
    .where(inArray(legalProvisions.id, ids));
  list.forEach((v, i) => {
    if (v.legalProvisionId && !found.some((f) => f.id === v.legalProvisionId))
      throw new AppError('VALIDATION', {
        issues: [
          {
            path: ['violations', i, 'legalProvisionId'],
            message: `Vi phạm thứ ${i + 1}: điều khoản không có trong danh mục.`,
          },
        ],
      });
  });
}

export async function createInspection(
  db: Db,
  p: Principal,
  input: InspectionInput,
  opts: { isDemo?: boolean } = {},
): Promise<InspectionDto> {
  requireRole(p, INSPECTION_WRITERS);
  const subject = await subjectFor(db, p, input);
  if (input.inspectedOn > todayInVietnam())
    throw new AppError('VALIDATION', {
      issues: [{ path: ['inspectedOn'], message: 'Ngày kiểm tra chưa đến: hãy ghi sau khi kiểm tra.' }],
    });
  if (input.planId) await getInspectionPlan(db, p, input.planId);
  const checklist = await checklistLabels(db, subject.provinceCode, input.checklist);
  await checkProvisions(db, input.violations);
  await requireAttachments(db, p, input.evidenceAttachmentIds, 'evidenceAttachmentIds');
  const id = await withActor(db, actorOf(p), async (tx) => {
    const [row] = await tx
      .insert(inspections)
      .values({
        provinceCode: subject.provinceCode,
        planId: input.planId ?? null,
        facilityId: input.facilityId ?? null,
        workerId: input.workerId ?? null,
        inspectedOn: input.inspectedOn,
        team: input.team,
        checklist,
        findings: input.findings ?? null,
        evidenceAttachmentIds: input.evidenceAttachmentIds,
        recordedBy: p.username,
        isDemo: opts.isDemo ?? false,
      })
      .returning({ id: inspections.id });
    if (input.violations.length)
      await tx
        .insert(violations)
        .values(
          input.violations.map((v) => ({ ...v, inspectionId: row.id, provinceCode: subject.provinceCode })),
        );
    return row.id;
  });
  return getInspection(db, p, id);
}

export async function updateInspection(
  db: Db,
  p: Principal,
  id: string,
  input: z.infer<typeof inspectionUpdate>,
): Promise<InspectionDto> {
  requireRole(p, INSPECTION_WRITERS);
  const current = await getInspection(db, p, id);
  const subject = await subjectFor(db, p, current);
  const { version, checklist, ...values } = input;
  if (input.evidenceAttachmentIds)
    await requireAttachments(db, p, input.evidenceAttachmentIds, 'evidenceAttachmentIds');
  await withActor(db, actorOf(p), async (tx) =>
    updateVersioned(tx, inspections, id, version, {
      ...values,
      ...(checklist ? { checklist: await checklistLabels(db, subject.provinceCode, checklist) } : {}),
    }),
  );
  return getInspection(db, p, id);
}

/** The sanction decision and the follow-up of one violation; closing it dates it. */
export async function updateViolation(
  db: Db,
  p: Principal,
  id: string,
  input: z.infer<typeof sanctionInput>,
): Promise<ViolationDto> {
  requireRole(p, INSPECTION_WRITERS);
  const [v] = await db.select().from(violations).where(eq(violations.id, id));
  requireInScope(!!v);
  await getInspection(db, p, v.inspectionId);
  const { version, ...values } = input;
  const closing = values.status === 'closed' && v.status !== 'closed';
  const reopening = values.status && values.status !== 'closed';
  await withActor(db, actorOf(p), (tx) =>
    updateVersioned(tx, violations, id, version, {
      ...values,
      ...(closing ? { closedOn: todayInVietnam() } : reopening ? { closedOn: null } : {}),
    }),
  );
  const inspection = await getInspection(db, p, v.inspectionId);
  return inspection.violations.find((x) => x.id === id)!;
}
