import { sql } from 'drizzle-orm';
import type { PlanContent, PlannedOutput } from '../../shared/contracts/plans.ts';
import { unitKey } from '../../shared/format/index.ts';
import { foldVietnamese } from '../../shared/text/index.ts';
import type { Principal } from '../access/principal.ts';
import { subtreeCondition } from '../access/scope.ts';
import type { Db } from '../db/client.ts';
import { rows } from '../db/tx.ts';
import { numberActivities } from '../modules/plans/plan-tree.ts';
import type { FigureDefinition } from './types.ts';

// What was done under a plan, per activity and per planned output. A record's output counts only
// toward the planned output of the same unit of measure (compared without case or diacritics):
// 12 "tin, bài" and 900 "lượt" are two lines, never 912 of anything. An activity's percentage is
// the mean of its outputs' percentages and is labelled so.

const COUNTS_VI =
  'Mọi bản ghi hoạt động đã lưu mà người xem được phép đọc (của đơn vị mình và cấp dưới). Bản ghi chưa gửi (bản nháp trong hộp thư đi của trình duyệt) chưa vào cơ sở dữ liệu nên không được tính. Kế hoạch cấp tỉnh gộp bản ghi của chính mình và của kế hoạch cấp dưới kế thừa hoạt động; kế hoạch cấp dưới chỉ tính bản ghi của chính nó.';
const COUNTS_EN =
  'Every saved activity record the reader may read (their unit and the units below). A record not yet sent (a draft in the browser outbox) is not in the database and does not count. A province plan adds its own records and those of the lower plans inheriting the activity; a lower plan counts only its own.';

export const outputDefinitions: FigureDefinition[] = [
  {
    id: 'activity.records',
    nameVi: 'Số lần thực hiện',
    nameEn: 'Records',
    unit: 'count',
    formulaVi: 'Đếm số bản ghi hoạt động của hoạt động trong kế hoạch',
    formulaEn: 'Number of activity records of the plan activity',
    countsVi: COUNTS_VI,
    countsEn: COUNTS_EN,
    breakdowns: ['plan', 'activity', 'adminUnit', 'period'],
  },
  {
    id: 'activity.participants',
    nameVi: 'Số người tham dự',
    nameEn: 'Participants',
    unit: 'count',
    formulaVi: 'Tổng số người tham dự ghi trong các bản ghi hoạt động',
    formulaEn: 'Sum of the participants of the activity records',
    countsVi: COUNTS_VI,
    countsEn: COUNTS_EN,
    breakdowns: ['plan', 'activity', 'adminUnit', 'period'],
  },
  {
    id: 'output.done',
    nameVi: 'Kết quả đạt được (theo từng đầu ra)',
    nameEn: 'Output achieved (per planned output)',
    unit: 'output',
    formulaVi:
      'Tổng số lượng kết quả của các bản ghi có cùng đơn vị tính với kết quả dự kiến (không phân biệt hoa thường, dấu); khác đơn vị tính thì không cộng',
    formulaEn:
      'Sum of the records’ output quantities in the same unit of measure as the planned output (case and diacritics ignored); different units are never added',
    countsVi: COUNTS_VI,
    countsEn: COUNTS_EN,
    breakdowns: ['plan', 'activity', 'adminUnit', 'period', 'unitOfMeasure'],
  },
  {
    id: 'output.planned',
    nameVi: 'Kết quả dự kiến (phần của kế hoạch)',
    nameEn: 'Planned output (this plan’s share)',
    unit: 'output',
    formulaVi:
      'Số lượng dự kiến của kế hoạch; ở kế hoạch cấp dưới là phần được giao: số tỉnh giao cho đơn vị, hoặc số của tỉnh chia theo quy tắc đã ghi (chia đều, theo dân số)',
    formulaEn:
      'The plan’s planned quantity; in a lower plan its share: set by the province per unit, or the province’s quantity divided by the stated rule (equally, by population)',
    countsVi: 'Kết quả dự kiến ghi trong kế hoạch',
    countsEn: 'The planned outputs written in the plan',
    breakdowns: ['plan', 'activity', 'unitOfMeasure'],
  },
  {
    id: 'output.rate',
    nameVi: 'Tỷ lệ đạt của đầu ra',
    nameEn: 'Output attainment',
    unit: 'percent',
    formulaVi: 'Kết quả đạt được ÷ kết quả dự kiến × 100, cùng một đơn vị tính',
    formulaEn: 'Output achieved ÷ planned output × 100, in one unit of measure',
    countsVi: COUNTS_VI,
    countsEn: COUNTS_EN,
    breakdowns: ['plan', 'activity', 'adminUnit', 'period', 'unitOfMeasure'],
  },
  {
    id: 'activity.rate',
    nameVi: 'Tỷ lệ đạt của hoạt động (trung bình các đầu ra)',
    nameEn: 'Activity attainment (mean of its outputs)',
    unit: 'percent',
    formulaVi:
      'Trung bình cộng tỷ lệ đạt của các đầu ra có số lượng dự kiến, mỗi đầu ra tính tối đa 100%; không cộng số lượng khác đơn vị tính',
    formulaEn:
      'Mean of the attainment of the outputs with a planned quantity, each counted up to 100%; quantities in different units are never added',
    countsVi: COUNTS_VI,
    countsEn: COUNTS_EN,
    breakdowns: ['plan', 'activity', 'adminUnit', 'period'],
  },
  {
    id: 'activity.status',
    nameVi: 'Tình trạng hoạt động',
    nameEn: 'Activity status',
    unit: 'count',
    formulaVi:
      '"Hoàn thành" khi mọi đầu ra có số lượng dự kiến đều đạt (hoặc, với hoạt động không có số lượng dự kiến, khi đã có kết quả và hết thời hạn); "Hoàn thành muộn" khi đạt sau thời hạn; "Chậm" khi hết thời hạn mà chưa đạt',
    formulaEn:
      '"Done" when every output with a planned quantity is reached (or, for an activity without one, when something was recorded and the window has ended); "done late" when reached after the window; "late" when the window ended before it was reached',
    countsVi: COUNTS_VI,
    countsEn: COUNTS_EN,
    breakdowns: ['plan', 'activity'],
  },
  {
    id: 'activities.doneRate',
    nameVi: 'Tỷ lệ hoạt động hoàn thành',
    nameEn: 'Share of activities done',
    unit: 'percent',
    formulaVi:
      'Số hoạt động có tình trạng "Hoàn thành" hoặc "Hoàn thành muộn" ÷ số hoạt động của kế hoạch (đếm hoạt động, không cộng số lượng kết quả)',
    formulaEn:
      'Activities whose status is "done" or "done late" ÷ the plan\'s activities (activities are counted; output quantities are never added)',
    countsVi: COUNTS_VI,
    countsEn: COUNTS_EN,
    breakdowns: ['plan', 'adminUnit', 'period'],
  },
];

export interface OutputLine {
  description: string;
  unit: string | null;
  /** null: recorded in a unit of measure the plan did not plan for this activity. */
  planned: number | null;
  done: number;
  /** done ÷ planned; null without a planned quantity. */
  rate: number | null;
  shareOf: NonNullable<PlannedOutput['shareOf']> | null;
}

export interface UnitPart {
  adminUnitId: number;
  name: string;
  records: number;
  participants: number;
  cost: number;
  /** What the unit recorded, per unit of measure. */
  quantities: { unit: string | null; done: number }[];
}

export type ActivityStatus = 'not_started' | 'in_progress' | 'done' | 'late' | 'late_done';

export interface ActivityFigures {
  activityId: string;
  numberLabel: string;
  records: number;
  participants: number;
  /** Costs written in the activity records (not vouchers): "chi theo báo cáo hoạt động". */
  recordCost: number;
  firstDate: string | null;
  lastDate: string | null;
  outputs: OutputLine[];
  /** Mean of the planned outputs' rates, each capped at 1; null without a planned quantity. */
  rate: number | null;
  status: ActivityStatus;
  units: UnitPart[];
}

export interface FigurePlan {
  id: string;
  parentPlanId: string | null;
  provinceCode: string;
  content: PlanContent;
}

export interface RecordScope {
  /** Records starting on or after / on or before these ISO dates. */
  from?: string;
  to?: string;
  /** Only the records of this admin unit's subtree (its materialised path), inside the reader's scope. */
  unitPath?: string;
}

const visible = (p: Principal) => subtreeCondition(p, sql`u.path`);

/**
 * A plan at the top of the cascade gathers by root activity (its own and its lower plans'
 * records); a lower plan by its own activities, only its own records.
 */
function recordFilter(plan: FigurePlan, p: Principal, ids: string[], scope: RecordScope) {
  const key = plan.parentPlanId ? sql`r.activity_id` : sql`r.root_activity_id`;
  return {
    key,
    // Only this plan's records and its lower plans': a copy of a plan keeps the activity ids, and
    // must not count the original's records.
    where: sql`r.province_code = ${plan.provinceCode} and ${key} = any(${`{${ids.join(',')}}`}::uuid[])
      and r.plan_id in (with recursive tree(id) as (
            select ${plan.id}::uuid union all select c.id from plans c join tree on c.parent_plan_id = tree.id)
          select id from tree)
      and ${visible(p)}
      ${scope.from ? sql`and r.start_date >= ${scope.from}` : sql``}
      ${scope.to ? sql`and r.start_date <= ${scope.to}` : sql``}
      ${scope.unitPath ? sql`and (u.path = ${scope.unitPath} or u.path like ${`${scope.unitPath}.%`})` : sql``}`,
  };
}

/** The planned output a recorded quantity counts toward: same unit, the same description first. */
function matchPlanned(planned: PlannedOutput[], unit: string | null, description: string): number {
  const candidates = planned.map((o, i) => ({ o, i })).filter(({ o }) => unitKey(o.unit) === unitKey(unit));
  if (!candidates.length) return -1;
  const d = foldVietnamese(description);
  return (candidates.find(({ o }) => foldVietnamese(o.description) === d) ?? candidates[0]).i;
}

export function activityStatus(
  a: { start?: string | null; end?: string | null },
  f: Pick<ActivityFigures, 'records' | 'outputs' | 'lastDate'>,
  today: string,
): ActivityStatus {
  const quantified = f.outputs.filter((o) => o.planned != null && o.planned > 0);
  const ended = !!a.end && a.end < today;
  const reached = quantified.length
    ? quantified.every((o) => o.done >= (o.planned ?? 0))
    : f.records > 0 && ended;
  if (reached) return a.end && f.lastDate && f.lastDate > a.end ? 'late_done' : 'done';
  if (ended) return 'late';
  if (f.records) return 'in_progress';
  return a.start && a.start > today ? 'not_started' : 'in_progress';
}

/** Mean of the planned outputs' rates, each capped at 100%. */
/** How many of a plan's activities stand in each status, and the share done (activities.doneRate). */
export function activityTally(activities: ReadonlyArray<{ status: ActivityStatus }>) {
  const count = (...s: ActivityStatus[]) => activities.filter((a) => s.includes(a.status)).length;
  const done = count('done', 'late_done');
  return {
    activities: activities.length,
    done,
    inProgress: count('in_progress'),
    late: count('late'),
    notStarted: count('not_started'),
    doneRate: activities.length ? done / activities.length : null,
  };
}

export function meanOutputRate(outputs: OutputLine[]): number | null {
  const rated = outputs.filter((o) => o.rate != null);
  return rated.length ? rated.reduce((s, o) => s + Math.min(1, o.rate ?? 0), 0) / rated.length : null;
}

/** Every activity of the plan with what was done, in the plan's order. */
export async function activityFigures(
  db: Db,
  p: Principal,
  plan: FigurePlan,
  today: string,
  scope: RecordScope = {},
): Promise<ActivityFigures[]> {
  const numbered = numberActivities(plan.content.activities);
  const ids = numbered.map((n) => n.activity.id);
  const { key, where } = recordFilter(plan, p, ids, scope);
  const [agg, outs] = ids.length
    ? await Promise.all([
        rows<{
          activity: string;
          unit: number;
          unit_name: string;
          n: number;
          people: string;
          cost: string;
          first: string;
          last: string;
        }>(
          db,
          sql`select ${key}::text as activity, r.admin_unit_id as unit, u.name as unit_name, count(*)::int as n,
                     sum(r.participants_total)::bigint as people, sum(r.cost)::bigint as cost,
                     min(r.start_date)::text as first, max(r.end_date)::text as last
                from activity_records r join admin_units u on u.id = r.admin_unit_id
               where ${where}
               group by ${key}, r.admin_unit_id, u.name`,
        ),
        rows<{ activity: string; unit: number; uom: string | null; description: string | null; qty: string }>(
          db,
          sql`select ${key}::text as activity, r.admin_unit_id as unit, o->>'unit' as uom,
                     o->>'description' as description, sum((o->>'quantity')::numeric)::text as qty
                from activity_records r join admin_units u on u.id = r.admin_unit_id
                     cross join lateral jsonb_array_elements(r.outputs) o
               where ${where} and o->>'quantity' is not null
               group by ${key}, r.admin_unit_id, o->>'unit', o->>'description'`,
        ),
      ])
    : [[], []];

  return numbered.map(({ activity: a, number }) => {
    const parts = agg.filter((x) => x.activity === a.id);
    const lines: OutputLine[] = a.outputs.map((o) => ({
      description: o.description,
      unit: o.unit ?? null,
      planned: o.quantity ?? null,
      done: 0,
      rate: null,
      shareOf: o.shareOf ?? null,
    }));
    const perUnit = new Map<number, Map<string, { unit: string | null; done: number }>>();
    for (const x of outs.filter((o) => o.activity === a.id)) {
      const qty = Number(x.qty);
      let i = matchPlanned(a.outputs, x.uom, x.description ?? '');
      if (i < 0) {
        // Recorded in a unit the plan did not plan: a line of its own, never added to another.
        i = lines.findIndex((l) => l.planned == null && unitKey(l.unit) === unitKey(x.uom));
        if (i < 0)
          i =
            lines.push({
              description: x.description ?? '',
              unit: x.uom,
              planned: null,
              done: 0,
              rate: null,
              shareOf: null,
            }) - 1;
      }
      lines[i].done += qty;
      const u = perUnit.get(x.unit) ?? new Map();
      perUnit.set(x.unit, u);
      const q = u.get(unitKey(x.uom)) ?? { unit: lines[i].unit ?? x.uom, done: 0 };
      q.done += qty;
      u.set(unitKey(x.uom), q);
    }
    for (const l of lines) l.rate = l.planned ? l.done / l.planned : null;
    const sum = (f: (x: (typeof parts)[number]) => number | string) =>
      parts.reduce((s, x) => s + Number(f(x)), 0);
    const figures = {
      activityId: a.id,
      numberLabel: number,
      records: sum((x) => x.n),
      participants: sum((x) => x.people),
      recordCost: sum((x) => x.cost),
      firstDate: parts.length ? parts.map((x) => x.first).sort()[0] : null,
      lastDate: parts.length
        ? (parts
            .map((x) => x.last)
            .sort()
            .at(-1) ?? null)
        : null,
      outputs: lines,
      rate: meanOutputRate(lines),
      units: parts
        .map((x) => ({
          adminUnitId: x.unit,
          name: x.unit_name,
          records: x.n,
          participants: Number(x.people),
          cost: Number(x.cost),
          quantities: [...(perUnit.get(x.unit)?.values() ?? [])],
        }))
        .sort((x, y) => y.records - x.records),
    };
    return { ...figures, status: activityStatus(a, figures, today) };
  });
}
