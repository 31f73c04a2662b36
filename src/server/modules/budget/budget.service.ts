import { sql } from 'drizzle-orm';
import type { BudgetDto, ExpenditureDto, ExpenditureInput } from '../../../shared/contracts/budget.ts';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import { AppError } from '../../../shared/errors.ts';
import { amountInWords, todayInVietnam } from '../../../shared/format/index.ts';
import { dateInPeriod, periodLabel } from '../../../shared/plans/period.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { requireRole } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { expenditures } from '../../db/schema/index.ts';
import { rows, withActor } from '../../db/tx.ts';
import { type MoneyWarning, planMoney } from '../../figures/money.ts';
import { planYear } from '../../figures/plan-year.ts';
import { assignedTo, numberActivities } from '../plans/plan-tree.ts';
import { loadPlan } from '../plans/plans.service.ts';
import { visibleMoney } from './budget-lines.ts';

// The plan's budget in execution: its budget lines are the allocations (by activity and funding
// source), which the province may divide among the implementing units (budget-allocations);
// expenditures are recorded against them with their voucher; disbursement rates by source,
// activity and unit, and a warning for every allocation or unit share spending has passed.

export async function recordExpenditure(
  db: Db,
  p: Principal,
  input: ExpenditureInput,
): Promise<{ expenditure: ExpenditureDto; warnings: string[]; warningsEn: string[] }> {
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
  if (!dateInPeriod(content.period, input.spentOn))
    throw new AppError('VALIDATION', {
      issues: [
        { path: ['spentOn'], message: `Ngày chi phải trong ${periodLabel(content.period)} của kế hoạch.` },
      ],
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
  // Only what this spending touches: its activity's allocation, and the recording unit's share of it.
  const touched = warnings.filter(
    (w) => w.activityId === input.activityId && (!w.organisationId || w.organisationId === org.id),
  );
  return { expenditure, warnings: touched.map((w) => w.text), warningsEn: touched.map((w) => w.textEn) };
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

export async function planBudget(
  db: Db,
  p: Principal,
  planId: string,
  year?: number | null,
): Promise<BudgetDto> {
  return (await budgetOf(db, p, planId, year)).dto;
}

/** The budget page's figures: all of them read from the figures layer (figures/money.ts). */
async function budgetOf(
  db: Db,
  p: Principal,
  planId: string,
  wantedYear?: number | null,
): Promise<{ dto: BudgetDto; warnings: MoneyWarning[] }> {
  const plan = await loadPlan(db, p, planId);
  const content = plan.content as PlanContent;
  const today = todayInVietnam();
  const { year, years, scope } = planYear(content.period, today, wantedYear);
  const money = await planMoney(db, p, { ...plan, content }, today, undefined, scope);
  return {
    dto: {
      planId,
      year,
      years,
      detailed: money.detailed,
      total: {
        planned: money.total.planned,
        allocated: money.total.allocated,
        spent: money.total.spent,
        rate: money.total.rate,
      },
      reconciliation: {
        byRecords: money.total.recordCost,
        byVouchers: money.total.spent,
        difference: money.total.difference,
      },
      spentInWords: amountInWords(money.total.spent),
      bySource: money.bySource,
      byActivity: money.byActivity,
      byUnit: money.byUnit,
      warnings: money.warnings.map((w) => w.text),
      warningsEn: money.warnings.map((w) => w.textEn),
      reconciles: money.reconciles,
    },
    warnings: money.warnings,
  };
}
