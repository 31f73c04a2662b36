import { sql } from 'drizzle-orm';
import type { BudgetDto, ExpenditureDto, ExpenditureInput } from '../../../shared/contracts/budget.ts';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import { AppError } from '../../../shared/errors.ts';
import { amountInWords, formatVnd } from '../../../shared/format/index.ts';
import { compareVi } from '../../../shared/text/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { requireRole } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { expenditures } from '../../db/schema/index.ts';
import { rows, withActor } from '../../db/tx.ts';
import { assignedTo, numberActivities } from '../plans/plan-tree.ts';
import { loadPlan } from '../plans/plans.service.ts';
import { allocationRows } from './budget-allocations.service.ts';
import { lineKey, planLines, rate, visibleMoney } from './budget-lines.ts';

// The plan's budget in execution: its budget lines are the allocations (by activity and funding
// source), which the province may divide among the implementing units (budget-allocations);
// expenditures are recorded against them with their voucher; disbursement rates by source,
// activity and unit, and a warning for every allocation or unit share spending has passed.

export async function recordExpenditure(
  db: Db,
  p: Principal,
  input: ExpenditureInput,
): Promise<{ expenditure: ExpenditureDto; warnings: string[] }> {
  requireRole(p, ['admin', 'province_officer', 'reporter']);
  const plan = await loadPlan(db, p, input.planId);
  const content = plan.content as PlanContent;
  if (plan.status !== 'issued')
    throw new AppError('VALIDATION', {
      issues: [{ path: ['planId'], message: 'Chỉ ghi chi cho kế hoạch đã ban hành.' }],
    });
  const activity = numberActivities(content.activities).find(
    (n) => n.activity.id === input.activityId,
  )?.activity;
  if (!activity)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['activityId'], message: 'Hoạt động không có trong kế hoạch này.' }],
    });
  if (!content.funding.sources.some((s) => s.key === input.sourceKey))
    throw new AppError('VALIDATION', {
      issues: [{ path: ['sourceKey'], message: 'Nguồn kinh phí không có trong kế hoạch.' }],
    });
  if (Number(input.spentOn.slice(0, 4)) !== content.year)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['spentOn'], message: `Ngày chi phải trong năm ${content.year} của kế hoạch.` }],
    });
  if (!p.organisationId)
    throw new AppError('VALIDATION', {
      detail: 'Tài khoản không thuộc cơ quan, đơn vị nào nên không ghi chi được.',
    });
  const [org] = await rows<{ id: string; admin_unit_id: number; path: string }>(
    db,
    sql`select o.id, o.admin_unit_id, u.path from organisations o join admin_units u on u.id = o.admin_unit_id where o.id = ${p.organisationId}`,
  );
  if (
    p.role === 'reporter' &&
    plan.organisationId !== org.id &&
    !assignedTo(activity, org.path.split('.'), org.id)
  )
    throw new AppError('VALIDATION', {
      issues: [{ path: ['activityId'], message: 'Hoạt động này không giao cho đơn vị của bạn.' }],
    });
  const id = await withActor(db, actorOf(p), async (tx) => {
    const [row] = await tx
      .insert(expenditures)
      .values({
        ...input,
        description: input.description ?? null,
        provinceCode: plan.provinceCode,
        organisationId: org.id,
        adminUnitId: org.admin_unit_id,
        recordedBy: p.username,
      })
      .onConflictDoNothing()
      .returning({ id: expenditures.id });
    return row?.id;
  });
  if (!id)
    throw new AppError('VALIDATION', {
      issues: [
        {
          path: ['voucherNumber'],
          message: `Chứng từ số ${input.voucherNumber} đã được ghi cho kế hoạch này; không ghi hai lần.`,
        },
      ],
    });
  const [expenditure] = await listExpenditures(db, p, plan.id, id);
  const { warnings } = await budgetOf(db, p, plan.id);
  return {
    expenditure,
    // Only what this spending touches: its activity's allocation, and the recording unit's share of it.
    warnings: warnings
      .filter((w) => w.activityId === input.activityId && (!w.organisationId || w.organisationId === org.id))
      .map((w) => w.text),
  };
}

export async function listExpenditures(
  db: Db,
  p: Principal,
  planId: string,
  id?: string,
): Promise<ExpenditureDto[]> {
  await loadPlan(db, p, planId);
  const list = await rows<Record<string, unknown>>(
    db,
    sql`select e.*, e.spent_on::text as spent, o.name as org_name from expenditures e
          join organisations o on o.id = e.organisation_id join admin_units u on u.id = e.admin_unit_id
         where e.plan_id = ${planId} and ${visibleMoney(p)} ${id ? sql`and e.id = ${id}` : sql``}
         order by e.spent_on desc, e.voucher_number`,
  );
  return list.map((e) => ({
    id: e.id as string,
    planId: e.plan_id as string,
    activityId: e.activity_id as string,
    sourceKey: e.source_key as string,
    spentOn: e.spent as string,
    amount: Number(e.amount),
    voucherNumber: e.voucher_number as string,
    description: e.description as string | null,
    organisationName: e.org_name as string,
    recordedBy: e.recorded_by as string,
    version: e.version as number,
  }));
}

interface Warning {
  activityId: string;
  /** A unit's share passed; none when the activity's allocation itself is. */
  organisationId?: string;
  text: string;
}

export async function planBudget(db: Db, p: Principal, planId: string): Promise<BudgetDto> {
  return (await budgetOf(db, p, planId)).dto;
}

async function budgetOf(
  db: Db,
  p: Principal,
  planId: string,
): Promise<{ dto: BudgetDto; warnings: Warning[] }> {
  const plan = await loadPlan(db, p, planId);
  const content = plan.content as PlanContent;
  const spent = await rows<{
    activity_id: string;
    source_key: string;
    organisation_id: string;
    org_name: string;
    amount: number;
  }>(
    db,
    sql`select e.activity_id, e.source_key, e.organisation_id, o.name as org_name, sum(e.amount)::bigint as amount
          from expenditures e join organisations o on o.id = e.organisation_id join admin_units u on u.id = e.admin_unit_id
         where e.plan_id = ${planId} and ${visibleMoney(p)}
         group by e.activity_id, e.source_key, e.organisation_id, o.name`,
  );
  const shares = await allocationRows(db, p, planId);
  const sum = (f: (x: (typeof spent)[number]) => boolean) =>
    spent.filter(f).reduce((s, x) => s + Number(x.amount), 0);
  const numbered = numberActivities(content.activities);
  const lines = planLines(content);
  const warnings: Warning[] = [];
  const byActivity = numbered.map(({ activity: a, number }) => {
    const allocated = a.budgetLines.reduce((s, l) => s + l.amount, 0);
    const used = sum((x) => x.activity_id === a.id);
    for (const source of content.funding.sources) {
      const alloc = lines.find((l) => l.activityId === a.id && l.sourceKey === source.key)?.amount ?? 0;
      const out = sum((x) => x.activity_id === a.id && x.source_key === source.key);
      if (out > alloc)
        warnings.push({
          activityId: a.id,
          text: `Chi cho hoạt động ${number} từ nguồn ${source.name}: ${formatVnd(out)}, vượt số được phân bổ ${formatVnd(alloc)} (${formatVnd(out - alloc)}).`,
        });
    }
    return {
      activityId: a.id,
      numberLabel: number,
      title: a.title,
      allocated,
      spent: used,
      rate: rate(used, allocated),
      over: used > allocated,
    };
  });
  const bySource = content.funding.sources.map((s) => {
    const allocated = lines.filter((l) => l.sourceKey === s.key).reduce((t, l) => t + l.amount, 0);
    const used = sum((x) => x.source_key === s.key);
    return {
      key: s.key,
      name: s.name,
      legalBasis: s.legalBasis ?? null,
      amount: s.amount ?? null,
      allocated,
      spent: used,
      rate: rate(used, allocated),
    };
  });

  // Units: their shares of the divided lines against what they spent. A line the province has not
  // divided is judged only as a whole (above); once divided, a unit without a share has a share of 0.
  const divided = new Set(shares.map((s) => lineKey(s.activityId, s.sourceKey)));
  const units = new Map<string, { organisationId: string; name: string; allocated: number; spent: number }>();
  const unit = (organisationId: string, name: string) => {
    const u = units.get(organisationId) ?? { organisationId, name, allocated: 0, spent: 0 };
    units.set(organisationId, u);
    return u;
  };
  for (const x of spent) unit(x.organisation_id, x.org_name).spent += Number(x.amount);
  for (const s of shares) if (s.visible) unit(s.organisationId, s.organisationName).allocated += s.amount;
  const overUnits = new Set<string>();
  // By unit and line, so a province of many units and lines is not a nested search.
  const shareOf = new Map(
    shares.map((s) => [`${s.organisationId}|${lineKey(s.activityId, s.sourceKey)}`, s.amount]),
  );
  const spentOn = new Map<string, number>();
  for (const x of spent) {
    const k = `${x.organisation_id}|${lineKey(x.activity_id, x.source_key)}`;
    spentOn.set(k, (spentOn.get(k) ?? 0) + Number(x.amount));
  }
  for (const u of units.values())
    for (const l of lines) {
      const line = lineKey(l.activityId, l.sourceKey);
      if (!divided.has(line)) continue;
      const share = shareOf.get(`${u.organisationId}|${line}`) ?? 0;
      const out = spentOn.get(`${u.organisationId}|${line}`) ?? 0;
      if (out <= share) continue;
      overUnits.add(u.organisationId);
      warnings.push({
        activityId: l.activityId,
        organisationId: u.organisationId,
        text: `${u.name} chi cho hoạt động ${l.numberLabel} từ nguồn ${l.sourceName}: ${formatVnd(out)}, vượt phần được phân bổ cho đơn vị ${formatVnd(share)} (${formatVnd(out - share)}).`,
      });
    }
  const byUnit = [...units.values()]
    .map((u) => ({ ...u, rate: rate(u.spent, u.allocated), over: overUnits.has(u.organisationId) }))
    .sort((a, b) => b.spent - a.spent || b.allocated - a.allocated || compareVi(a.name, b.name));

  const allocated = bySource.reduce((s, x) => s + x.allocated, 0);
  const total = sum(() => true);
  const reconciles =
    bySource.reduce((s, x) => s + x.spent, 0) === total &&
    byActivity.reduce((s, x) => s + x.spent, 0) === total &&
    byUnit.reduce((s, x) => s + x.spent, 0) === total &&
    // Shares divide a line; together they never make more money than the line.
    lines.every(
      (l) =>
        shares
          .filter((s) => s.activityId === l.activityId && s.sourceKey === l.sourceKey)
          .reduce((t, s) => t + s.amount, 0) <= l.amount,
    ) &&
    shares.every((s) => lines.some((l) => l.activityId === s.activityId && l.sourceKey === s.sourceKey));
  return {
    dto: {
      planId,
      total: {
        planned: content.funding.total ?? null,
        allocated,
        spent: total,
        rate: rate(total, allocated),
      },
      spentInWords: amountInWords(total),
      bySource,
      byActivity,
      byUnit,
      warnings: warnings.map((w) => w.text),
      reconciles,
    },
    warnings,
  };
}
