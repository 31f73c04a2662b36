import { eq, sql } from 'drizzle-orm';
import type { BudgetAllocationInput, BudgetAllocationsDto } from '../../../shared/contracts/budget.ts';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import { AppError } from '../../../shared/errors.ts';
import { formatVnd } from '../../../shared/format/index.ts';
import { compareVi } from '../../../shared/text/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { requireInScope, requireRole, unitInScope } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { budgetAllocations } from '../../db/schema/index.ts';
import { rows, withActor } from '../../db/tx.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { loadPlan } from '../plans/plans.service.ts';
import { activityLabel, planLines, visibleMoney } from './budget-lines.ts';

// The province divides each budget line of a plan (an activity × a funding source) among the
// units that carry it out. The shares are a division of the line, never extra money: together they
// may not pass it. Disbursement per unit is then read against its share (planBudget).

const ALLOCATORS = ['admin', 'province_officer'] as const;

export interface AllocationRow {
  id: string;
  activityId: string;
  sourceKey: string;
  organisationId: string;
  organisationName: string;
  amount: number;
  note: string | null;
  version: number;
  /** What the unit has spent on this line. */
  spent: number;
  /** Inside what the reader may see (a unit sees only its subtree's shares). */
  visible: boolean;
}

/** Every share of the plan (also those the reader does not see: the sums need them), with its spending. */
export async function allocationRows(db: Db, p: Principal, planId: string): Promise<AllocationRow[]> {
  const list = await rows<Record<string, unknown>>(
    db,
    sql`select a.id, a.activity_id, a.source_key, a.organisation_id, o.name as org_name, a.amount, a.note,
               a.version, ${visibleMoney(p)} as visible,
               coalesce((select sum(e.amount) from expenditures e
                          where e.plan_id = a.plan_id and e.activity_id = a.activity_id
                            and e.source_key = a.source_key and e.organisation_id = a.organisation_id), 0)::bigint as spent
          from budget_allocations a join organisations o on o.id = a.organisation_id
          join admin_units u on u.id = o.admin_unit_id
         where a.plan_id = ${planId}`,
  );
  return list.map((r) => ({
    id: r.id as string,
    activityId: r.activity_id as string,
    sourceKey: r.source_key as string,
    organisationId: r.organisation_id as string,
    organisationName: r.org_name as string,
    amount: Number(r.amount),
    note: r.note as string | null,
    version: r.version as number,
    spent: Number(r.spent),
    visible: r.visible === true,
  }));
}

/** The plan's budget lines, each with its division among the units the reader may see. */
export async function listBudgetAllocations(
  db: Db,
  p: Principal,
  planId: string,
): Promise<BudgetAllocationsDto> {
  const plan = await loadPlan(db, p, planId);
  const shares = await allocationRows(db, p, planId);
  return {
    planId,
    lines: planLines(plan.content as PlanContent).map((l) => {
      const of = shares.filter((s) => s.activityId === l.activityId && s.sourceKey === l.sourceKey);
      return {
        ...l,
        divided: of.reduce((t, s) => t + s.amount, 0),
        units: of
          .filter((s) => s.visible)
          .sort((a, b) => compareVi(a.organisationName, b.organisationName))
          .map(({ visible: _v, activityId: _a, sourceKey: _s, ...s }) => s),
      };
    }),
  };
}

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', { detail: message, issues: [{ path: [field], message }] });

/**
 * Sets one unit's share of one line (0 removes it). The editor names the version it read: a share
 * changed, removed or created by someone else in between is refused with 409, never overwritten.
 * Sending the same share again (a retry) changes nothing.
 */
export async function setBudgetAllocation(
  db: Db,
  p: Principal,
  planId: string,
  input: BudgetAllocationInput,
): Promise<BudgetAllocationsDto> {
  requireRole(p, ALLOCATORS);
  const plan = await loadPlan(db, p, planId);
  // loadPlan admits issued plans province-wide; dividing money is for the plan's own level and above.
  requireInScope(unitInScope(p, plan.unitPath));
  if (plan.status !== 'issued')
    throw invalid('planId', 'Chỉ phân bổ kinh phí cho kế hoạch đã ban hành (đang có hiệu lực).');
  const content = plan.content as PlanContent;
  const lines = planLines(content);
  const source = content.funding.sources.find((s) => s.key === input.sourceKey);
  if (!source) throw invalid('sourceKey', 'Nguồn kinh phí: không có trong kế hoạch này.');
  const activity = lines.find((l) => l.activityId === input.activityId);
  const line = lines.find((l) => l.activityId === input.activityId && l.sourceKey === input.sourceKey);
  if (!line && input.amount > 0)
    throw activity
      ? invalid(
          'sourceKey',
          `Nguồn kinh phí: ${activityLabel(activity)} không có kinh phí từ nguồn ${source.name} trong kế hoạch.`,
        )
      : invalid('activityId', 'Hoạt động: không có trong kế hoạch này hoặc không có dòng kinh phí nào.');
  const [org] = await rows<{ id: string; name: string; province_code: string }>(
    db,
    sql`select id, name, province_code from organisations where id = ${input.organisationId}`,
  );
  if (!org || org.province_code !== plan.provinceCode)
    throw invalid('organisationId', 'Đơn vị: không có hoặc không thuộc tỉnh của kế hoạch.');
  const note = input.note?.trim() || null;

  await withActor(db, actorOf(p), async (tx) => {
    // The shares of a line are checked as a sum: two officers dividing the same line at once wait in turn.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`budget-line:${planId}:${input.activityId}:${input.sourceKey}`}))`,
    );
    const shares = await tx
      .select()
      .from(budgetAllocations)
      .where(
        sql`${budgetAllocations.planId} = ${planId} and ${budgetAllocations.activityId} = ${input.activityId}
            and ${budgetAllocations.sourceKey} = ${input.sourceKey}`,
      );
    const mine = shares.find((s) => s.organisationId === org.id);
    if (mine ? mine.amount === input.amount && mine.note === note : input.amount === 0) return;
    const reload = 'Hãy tải lại để xem số mới; số bạn nhập vẫn còn trên màn hình.';
    if (mine && input.version !== mine.version)
      throw new AppError('CONFLICT', {
        detail:
          input.version === undefined
            ? `${org.name} vừa được người khác phân bổ ${formatVnd(mine.amount)} cho dòng này. ${reload}`
            : `Phần của ${org.name} vừa được người khác sửa (phiên bản ${mine.version}, bạn đang sửa phiên bản ${input.version}). ${reload}`,
      });
    if (!mine && input.version !== undefined)
      throw new AppError('CONFLICT', {
        detail: `Phần của ${org.name} vừa bị người khác xóa. ${reload}`,
      });
    if (line) {
      const others = shares.filter((s) => s !== mine).reduce((t, s) => t + s.amount, 0);
      if (others + input.amount > line.amount)
        throw invalid(
          'amount',
          `Số tiền: ${activityLabel(line)}, nguồn ${line.sourceName} có ${formatVnd(line.amount)} trong kế hoạch; ` +
            `các đơn vị khác đã được phân bổ ${formatVnd(others)}, chỉ còn ${formatVnd(line.amount - others)}. ` +
            `Không phân bổ ${formatVnd(input.amount)} cho ${org.name} được (vượt ${formatVnd(others + input.amount - line.amount)}).`,
        );
    }
    if (mine && input.amount === 0)
      await tx.delete(budgetAllocations).where(eq(budgetAllocations.id, mine.id));
    else if (mine)
      await updateVersioned(tx, budgetAllocations, mine.id, mine.version, { amount: input.amount, note });
    else
      await tx.insert(budgetAllocations).values({
        provinceCode: plan.provinceCode,
        planId,
        activityId: input.activityId,
        sourceKey: input.sourceKey,
        organisationId: org.id,
        amount: input.amount,
        note,
        createdBy: p.username,
      });
  });
  return listBudgetAllocations(db, p, planId);
}
