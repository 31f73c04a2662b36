import type { PlanActivity, PlanContent } from '../../../shared/contracts/plans.ts';
import type { ErrorIssue } from '../../../shared/errors.ts';
import { formatVnd } from '../../../shared/format/index.ts';
import { dateInPeriod, periodIncludes, periodLabel } from '../../../shared/plans/period.ts';

// Pure functions over a plan's content: numbering, walking the activity tree, the rules a plan
// must meet before it is issued, and what a child plan inherits. No I/O: unit-tested directly.

export interface NumberedActivity {
  activity: PlanActivity;
  parentId: string | null;
  position: number;
  /** "1", "1.2", "1.2.3" — renumbered from the order, never stored by hand. */
  number: string;
  /** Path into content.activities for error messages: ['activities', 0, 'children', 1]. */
  path: (string | number)[];
}

export function numberActivities(activities: PlanActivity[]): NumberedActivity[] {
  const out: NumberedActivity[] = [];
  const walk = (list: PlanActivity[], parentId: string | null, prefix: string, path: (string | number)[]) => {
    list.forEach((activity, i) => {
      const number = prefix ? `${prefix}.${i + 1}` : String(i + 1);
      const here = [...path, i];
      out.push({ activity, parentId, position: i, number, path: here });
      walk(activity.children, activity.id, number, [...here, 'children']);
    });
  };
  walk(activities, null, '', ['activities']);
  return out;
}

export function activityBudget(a: PlanActivity): number {
  return (
    a.budgetLines.reduce((s, l) => s + l.amount, 0) + a.children.reduce((s, c) => s + activityBudget(c), 0)
  );
}

export function budgetTotal(content: PlanContent): number {
  return content.activities.reduce((s, a) => s + activityBudget(a), 0);
}

/** A title cut for a message at a word boundary, with "…": never "…về mất c". */
export function shortTitle(title: string, max = 60): string {
  const t = title.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : t.slice(0, max)).replace(/[\s,;:.\-–]+$/, '')}…`;
}

const label = (n: NumberedActivity) => `Hoạt động ${n.number} “${shortTitle(n.activity.title)}”`;

/**
 * What must hold before a plan is issued. Each problem names its place in the content so the
 * editor can show it beside the field.
 */
export function validatePlan(content: PlanContent): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const at = (path: (string | number)[], message: string) =>
    issues.push({ path: ['content', ...path], message });
  const period = content.period;
  const inPeriod = periodLabel(period);
  const numbered = numberActivities(content.activities);
  const ids = new Set<string>();

  if (!content.activities.length) at(['activities'], 'Kế hoạch chưa có hoạt động nào.');
  for (const n of numbered) {
    const a = n.activity;
    if (ids.has(a.id)) at([...n.path, 'id'], `${label(n)} trùng mã với một hoạt động khác.`);
    ids.add(a.id);
    // A parent heading may leave the lead to its sub-activities; a leaf must name one, unless
    // the plan assigns no leads per task (its bodies' duties are in "Tổ chức thực hiện").
    if (
      content.leadsAssigned !== false &&
      !a.children.length &&
      !a.leadOrganisationId &&
      !a.leadName?.trim()
    ) {
      at([...n.path, 'leadOrganisationId'], `${label(n)} chưa có đơn vị chủ trì.`);
    }
    for (const [field, day] of [
      ['start', a.start],
      ['end', a.end],
    ] as const) {
      if (day && !dateInPeriod(period, day)) {
        at(
          [...n.path, field],
          `${label(n)}: thời gian ${day.split('-').reverse().join('/')} nằm ngoài ${inPeriod} của kế hoạch.`,
        );
      }
    }
    if (a.start && a.end && a.start > a.end)
      at([...n.path, 'end'], `${label(n)}: ngày kết thúc trước ngày bắt đầu.`);
    a.budgetLines.forEach((line, i) => {
      if (!content.funding.sources.some((s) => s.key === line.sourceKey)) {
        at(
          [...n.path, 'budgetLines', i, 'sourceKey'],
          `${label(n)}: dòng kinh phí "${line.item}" ghi nguồn "${line.sourceKey}" không có trong mục Kinh phí.`,
        );
      }
      if (
        line.quantity != null &&
        line.unitCost != null &&
        Math.round(line.quantity * line.unitCost) !== line.amount
      ) {
        at(
          [...n.path, 'budgetLines', i, 'amount'],
          `${label(n)}: "${line.item}" — ${line.quantity} × ${formatVnd(line.unitCost)} không bằng ${formatVnd(line.amount)}.`,
        );
      }
    });
  }

  const sources = content.funding.sources;
  const sourcesTotal = sources.reduce((s, x) => s + (x.amount ?? 0), 0);
  const lines = budgetTotal(content);
  if (
    content.funding.total != null &&
    sources.some((s) => s.amount != null) &&
    sourcesTotal !== content.funding.total
  ) {
    at(
      ['funding', 'total'],
      `Tổng kinh phí ${formatVnd(content.funding.total)} không bằng tổng các nguồn ${formatVnd(sourcesTotal)}.`,
    );
  }
  if (lines > 0) {
    const total = content.funding.total ?? sourcesTotal;
    if (lines !== total)
      at(
        ['funding', 'total'],
        `Các dòng kinh phí của hoạt động cộng lại ${formatVnd(lines)}, khác tổng kinh phí ${formatVnd(total)}.`,
      );
    for (const [i, s] of sources.entries()) {
      const bySource = numbered
        .flatMap((n) => n.activity.budgetLines)
        .filter((l) => l.sourceKey === s.key)
        .reduce((x, l) => x + l.amount, 0);
      if (s.amount != null && bySource !== s.amount) {
        at(
          ['funding', 'sources', i, 'amount'],
          `Nguồn "${s.name}": các dòng kinh phí cộng lại ${formatVnd(bySource)}, khác số ghi ${formatVnd(s.amount)}.`,
        );
      }
    }
  }
  // The deadline is the first year's; each later year of the period repeats it (periodsOf).
  if (content.reporting?.deadline && !dateInPeriod(period, content.reporting.deadline)) {
    at(['reporting', 'deadline'], `Hạn báo cáo phải nằm trong ${inPeriod} của kế hoạch.`);
  }
  checkTargetYears(content, at);
  content.annexes.forEach((annex, i) => {
    if (annex.kind === 'table' && !annex.columns?.some((c) => c.trim()))
      at(['annexes', i, 'columns'], `Phụ lục “${shortTitle(annex.title)}” chưa có cột nào.`);
  });
  return issues;
}

/** A target's years (its year, its yearly values) inside the period; a baseline before its end. */
function checkTargetYears(content: PlanContent, at: (path: (string | number)[], message: string) => void) {
  const period = content.period;
  content.targets.forEach((t, i) => {
    const name = `Chỉ tiêu “${shortTitle(t.indicator)}”`;
    if (t.year != null && !periodIncludes(period, t.year))
      at(['targets', i, 'year'], `${name}: năm ${t.year} nằm ngoài ${periodLabel(period)} của kế hoạch.`);
    (t.byYear ?? []).forEach((v, j) => {
      if (!periodIncludes(period, v.year))
        at(
          ['targets', i, 'byYear', j, 'year'],
          `${name}: năm ${v.year} nằm ngoài ${periodLabel(period)} của kế hoạch.`,
        );
    });
    if (t.kind === 'change' && t.baselineYear != null && t.baselineYear >= period.end)
      at(
        ['targets', i, 'baselineYear'],
        `${name}: năm gốc ${t.baselineYear} phải trước năm cuối của ${periodLabel(period)}.`,
      );
  });
}

/**
 * What a draft still lacks to be issued, beside the rules above: the number, the date and the
 * signer (the clerk fills the number and date in the editor before "Ban hành").
 */
export function issueReadiness(content: PlanContent): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  if (!content.number)
    issues.push({
      path: ['content', 'number'],
      message: 'Chưa có số văn bản: hãy nhập số trước khi ban hành.',
      messageEn: 'No document number yet: enter it before issuing.',
    });
  if (!content.issuedDate)
    issues.push({
      path: ['content', 'issuedDate'],
      message: 'Chưa có ngày ban hành.',
      messageEn: 'No date of issue yet.',
    });
  if (!content.signature.signerName?.trim())
    issues.push({
      path: ['content', 'signature', 'signerName'],
      message: 'Chưa có họ tên người ký.',
      messageEn: 'No signer’s name yet.',
    });
  return issues;
}

/** Is an activity (or target) assigned to a unit: named among its places, or among its bodies? */
export function assignedTo(a: PlanActivity, unitPath: string[], organisationId: string): boolean {
  return (
    a.placeUnitIds.some((id) => unitPath.includes(String(id))) ||
    a.leadOrganisationId === organisationId ||
    a.coordinatingOrganisationIds.includes(organisationId)
  );
}
