import type { ActivityRecordInput } from '../../../shared/contracts/activity-records.ts';
import type { ErrorIssue } from '../../../shared/errors.ts';
import { dateInPeriod, type PlanPeriod, periodLabel } from '../../../shared/plans/period.ts';

// Checks of one activity record that need no database, named by field in Vietnamese.

export function checkActivityRecord(
  r: Pick<ActivityRecordInput, 'startDate' | 'endDate' | 'participants' | 'measures' | 'outputs'>,
  ctx: {
    period: PlanPeriod;
    activityKind: string | null;
    fundingKeys: string[];
    fundingSourceKey?: string | null;
  },
): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const at = (path: (string | number)[], message: string) => issues.push({ path, message });
  if (r.endDate < r.startDate) at(['endDate'], 'Ngày kết thúc phải sau ngày bắt đầu.');
  for (const [field, d] of [
    ['startDate', r.startDate],
    ['endDate', r.endDate],
  ] as const)
    if (!dateInPeriod(ctx.period, d))
      at([field], `Ngày phải nằm trong ${periodLabel(ctx.period)} của kế hoạch.`);
  const p = r.participants;
  if (p.men != null && p.women != null && p.men + p.women !== p.total)
    at(
      ['participants', 'total'],
      `Tổng số người (${p.total}) phải bằng nam (${p.men}) cộng nữ (${p.women}).`,
    );
  else if ((p.men ?? 0) > p.total || (p.women ?? 0) > p.total)
    at(['participants', 'total'], 'Số nam hoặc nữ không thể lớn hơn tổng số người.');
  for (const [group, n] of Object.entries(p.groups))
    if ((n ?? 0) > p.total)
      at(['participants', 'groups', group], `Số người của nhóm không thể lớn hơn tổng số (${p.total}).`);
  if (ctx.activityKind && ctx.activityKind !== r.measures.kind)
    at(['measures', 'kind'], 'Loại hoạt động ghi nhận khác loại của hoạt động trong kế hoạch.');
  const m = r.measures;
  if (m.kind === 'iec_material') {
    const given = m.distributed.reduce((s, d) => s + d.quantity, 0);
    if (given > m.produced)
      at(['measures', 'distributed'], `Số đã cấp phát (${given}) vượt số sản xuất (${m.produced}).`);
  }
  if (m.kind === 'training' && m.trainees > p.total)
    at(['participants', 'total'], `Tổng số người phải gồm cả ${m.trainees} học viên.`);
  if (m.kind === 'club' && m.members > 10_000) at(['measures', 'members'], 'Số thành viên không hợp lý.');
  if (ctx.fundingSourceKey && !ctx.fundingKeys.includes(ctx.fundingSourceKey))
    at(['fundingSourceKey'], 'Nguồn kinh phí không có trong kế hoạch.');
  return issues;
}

/** What the record reached, summed for roll-ups: the outputs' quantities. */
export function outputQuantity(outputs: ActivityRecordInput['outputs']): number {
  return Math.round(outputs.reduce((s, o) => s + (o.quantity ?? 0), 0));
}

/** Does a computed figure meet a plan target (≥, >, ≤, <, =, or a range)? */
export function targetMet(
  t: { comparator: 'gte' | 'gt' | 'lte' | 'lt' | 'eq' | 'range'; value: number; valueMax?: number | null },
  actual: number,
): boolean {
  switch (t.comparator) {
    case 'gte':
      return actual >= t.value;
    case 'gt':
      return actual > t.value;
    case 'lte':
      return actual <= t.value;
    case 'lt':
      return actual < t.value;
    case 'eq':
      return actual === t.value;
    case 'range':
      return actual >= t.value && actual <= (t.valueMax ?? t.value);
  }
}
