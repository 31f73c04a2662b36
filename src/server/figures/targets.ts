import { sql } from 'drizzle-orm';
import type { TargetAttainment } from '../../shared/contracts/activity-records.ts';
import { type PlanContent, type PlanTarget, SHARE_CONDITION_TEXT } from '../../shared/contracts/plans.ts';
import { formatDecimal, formatNumberVi } from '../../shared/format/index.ts';
import { goalForYear, targetGoalText, targetJudgesYear } from '../../shared/plans/target-text.ts';
import { foldVietnamese } from '../../shared/text/index.ts';
import type { Principal } from '../access/principal.ts';
import { subtreeCondition } from '../access/scope.ts';
import type { Db } from '../db/client.ts';
import { rows } from '../db/tx.ts';
import { targetMet } from '../modules/activities/activity-record-rules.ts';
import { srbEstimates } from '../modules/births/srb-data.service.ts';
import { commitmentCoverage } from '../modules/facilities/facility-figures.service.ts';
import type { FigureDefinition } from './types.ts';

// A plan's targets in one year of its period, each with its formula and inputs, or "Chưa đủ dữ
// liệu" and why. Three kinds: a level (the indicator's value that year against the value set for
// it), a change against a baseline year (the indicator's change since that year — never its level
// — per year or in total), a share of communes (the communes meeting a condition in their data).

export const targetDefinitions: FigureDefinition[] = [
  {
    id: 'target.level',
    nameVi: 'Chỉ tiêu mức đạt trong năm',
    nameEn: 'Level target in a year',
    unit: 'ratio',
    formulaVi:
      'Giá trị của chỉ số trong năm được chọn (tỷ số giới tính khi sinh ước lượng; tỷ lệ cặp vợ chồng được tiếp cận; tỷ lệ cơ sở có cam kết) so với giá trị chỉ tiêu đặt cho năm đó (giá trị theo năm nếu kế hoạch đặt từng năm)',
    formulaEn:
      'The indicator’s value in the chosen year (estimated sex ratio at birth; share of couples reached; share of facilities with a commitment) against the value the target sets for that year (its yearly value where the plan sets one per year)',
    countsVi:
      'Chỉ tiêu ghi "vào năm …" chỉ được đánh giá đạt/không đạt trong năm đó; các năm khác hiển thị để theo dõi',
    countsEn:
      'A target "by year …" is judged met or not only in that year; other years show the value to follow',
    breakdowns: ['plan', 'period'],
  },
  {
    id: 'target.change',
    nameVi: 'Chỉ tiêu thay đổi so với năm gốc',
    nameEn: 'Change target against a baseline year',
    unit: 'ratio',
    formulaVi:
      'Mức giảm (hoặc tăng) = giá trị năm gốc − giá trị năm được chọn (tăng: ngược lại); mỗi năm: chia cho số năm từ năm gốc. So với chỉ tiêu thay đổi, không bao giờ so với mức của chỉ số',
    formulaEn:
      'Decrease (or increase) = baseline year’s value − chosen year’s value (increase: the reverse); per year: divided by the years since the baseline. Compared with the change the target sets, never with the indicator’s level',
    countsVi:
      'Giá trị năm gốc tính từ số liệu của năm đó; chưa có thì lấy giá trị gốc kế hoạch ghi. Chỉ tiêu dạng khoảng (0,3–0,5) đạt khi mức thay đổi từ giá trị dưới trở lên',
    countsEn:
      'The baseline value from that year’s data, else the baseline the plan states. A range target (0.3–0.5) is met from its lower value up',
    breakdowns: ['plan', 'period'],
  },
  {
    id: 'target.share',
    nameVi: 'Chỉ tiêu tỷ lệ xã, phường',
    nameEn: 'Share-of-communes target',
    unit: 'percent',
    formulaVi: 'Số xã, phường đạt điều kiện trong năm ÷ số xã, phường của địa bàn chỉ tiêu × 100',
    formulaEn: 'Communes meeting the condition in the year ÷ communes of the target’s area × 100',
    countsVi:
      'Xã, phường còn hiệu lực trong năm, thuộc các đơn vị chỉ tiêu giao (không giao: cả tỉnh) và trong phạm vi người xem. Điều kiện: có câu lạc bộ đang hoạt động; có hoạt động được ghi nhận trong năm; có số liệu sinh trong năm',
    countsEn:
      'Communes in force in the year, among the units the target names (none: the whole province), within the reader’s scope. Conditions: an active club; an activity recorded in the year; births data for the year',
    breakdowns: ['plan', 'period', 'adminUnit'],
  },
];

const visible = (p: Principal) => subtreeCondition(p, sql`u.path`);
const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

interface IndicatorValue {
  value: number | null;
  /** How it is computed, or why it cannot be. */
  formula: string;
  inputs: { label: string; value: number }[];
}
type IndicatorOf = (year: number) => Promise<IndicatorValue>;

/** The indicator a target names, read from the data for a year; null when nothing computes it. */
function indicatorFor(db: Db, p: Principal, provinceCode: string, t: PlanTarget): IndicatorOf | null {
  const about = foldVietnamese(`${t.population ?? ''} ${t.indicator}`);
  if (about.includes('cap vo chong') && t.unit.includes('%'))
    return async (year) => {
      const [r] = await rows<{ reached: number; couples: number }>(
        db,
        sql`select
              (select coalesce(sum(greatest(coalesce((r.participant_groups->>'couples')::int, 0),
                   case when r.kind = 'counselling' then coalesce((r.measures->>'couples')::int, 0) else 0 end)), 0)
                 from activity_records r join admin_units u on u.id = r.admin_unit_id
                where r.province_code = ${provinceCode} and extract(year from r.start_date) = ${year}
                  and ${visible(p)})::bigint as reached,
              (select coalesce(sum(d.couples), 0) from population_denominators d join admin_units u on u.id = d.admin_unit_id
                where d.province_code = ${provinceCode} and d.year = ${year} and ${visible(p)})::bigint as couples`,
      );
      const reached = Number(r.reached);
      const couples = Number(r.couples);
      return {
        value: couples ? round1((100 * reached) / couples) : null,
        formula: couples
          ? `Số cặp vợ chồng được tiếp cận (tham dự hoặc được tư vấn) năm ${year} ÷ số cặp vợ chồng trong độ tuổi sinh đẻ × 100`
          : `Chưa đủ dữ liệu: chưa nhập số cặp vợ chồng trong độ tuổi sinh đẻ năm ${year} (mẫu số).`,
        inputs: [
          { label: 'Cặp vợ chồng được tiếp cận', value: reached },
          { label: 'Cặp vợ chồng trong độ tuổi sinh đẻ', value: couples },
        ],
      };
    };
  if (about.includes('co so y te') && t.unit.includes('%'))
    return async () => {
      const cov = await commitmentCoverage(db, p);
      return {
        value: cov.province.rate == null ? null : round1(cov.province.rate * 100),
        formula:
          'Cơ sở và cá nhân có cam kết còn hiệu lực ÷ số phải ký cam kết (có siêu âm hoặc phá thai) × 100 (tại ngày xem)',
        inputs: [
          { label: 'Có cam kết còn hiệu lực', value: cov.province.valid },
          { label: 'Phải ký cam kết', value: cov.province.required },
        ],
      };
    };
  if (about.includes('ty so gioi tinh') || about.includes('tre sinh ra'))
    return async (year) => {
      const srb = await srbEstimates(db, p, { province: provinceCode, year, settings: { window: 1 } });
      const f = srb.endYear === year ? srb.areas.find((a) => a.level === 'parent') : undefined;
      return f && f.births > 0
        ? {
            value: round1(f.srb_est),
            formula: `Tỷ số giới tính khi sinh năm ${year} của tỉnh, ước lượng theo mô hình (khoảng 95%: ${formatNumberVi(f.srb_lo95, 1)}–${formatNumberVi(f.srb_hi95, 1)}); thô: ${formatNumberVi(f.srb_raw ?? 0, 1)}`,
            inputs: [
              { label: `Trẻ trai năm ${year}`, value: f.boys },
              { label: `Trẻ gái năm ${year}`, value: f.girls },
            ],
          }
        : { value: null, formula: `Chưa đủ dữ liệu: chưa có số liệu sinh năm ${year}.`, inputs: [] };
    };
  return null;
}

const NOT_COMPUTABLE =
  'Chưa đủ dữ liệu: chỉ tiêu này không tính được từ số liệu trong hệ thống (cần điều tra hoặc báo cáo riêng).';

/** A level target: the indicator that year against the value set for the year. */
async function levelTarget(t: PlanTarget, year: number, of: IndicatorOf) {
  const v = await of(year);
  const goal = goalForYear(t, year);
  const judged = targetJudgesYear(t, year);
  const met = v.value == null || !judged ? null : targetMet({ comparator: t.comparator, ...goal }, v.value);
  const note = judged ? '' : ` Chỉ tiêu đặt cho năm ${t.year}; năm ${year} hiển thị để theo dõi.`;
  return { actual: v.value, met, formula: `${v.formula}${note}`, inputs: v.inputs };
}

/**
 * A change target: the change of the indicator since the baseline year, per year when the target
 * is per year — compared with the change the target sets, never with the indicator's level.
 */
export function changeAgainstBaseline(
  t: Pick<PlanTarget, 'comparator' | 'value' | 'valueMax' | 'direction' | 'perYear' | 'baselineYear'>,
  year: number,
  base: number,
  now: number,
): { change: number; met: boolean } {
  const years = Math.max(1, year - (t.baselineYear ?? year));
  const signed = t.direction === 'increase' ? now - base : base - now;
  const change = round2(t.perYear === false ? signed : signed / years);
  // "giảm 0,3–0,5 điểm mỗi năm": a larger fall than planned is reached, not missed.
  const met = t.comparator === 'range' ? change >= t.value : targetMet(t, change);
  return { change, met };
}

async function changeTarget(t: PlanTarget, year: number, of: IndicatorOf) {
  const by = t.baselineYear!;
  if (year <= by)
    return {
      actual: null,
      met: null,
      formula: `Chưa đủ dữ liệu: năm ${year} chưa sau năm gốc ${by}.`,
      inputs: [],
    };
  const [now, fromData] = await Promise.all([of(year), of(by)]);
  const base = fromData.value ?? t.baseline ?? null;
  if (now.value == null || base == null)
    return {
      actual: null,
      met: null,
      formula:
        now.value == null
          ? now.formula
          : `Chưa đủ dữ liệu: chưa có giá trị năm gốc ${by} (số liệu hoặc giá trị gốc ghi trong kế hoạch).`,
      inputs: now.inputs,
    };
  const { change, met } = changeAgainstBaseline(t, year, base, now.value);
  const [a, b] = t.direction === 'increase' ? [now.value, base] : [base, now.value];
  const [la, lb] = t.direction === 'increase' ? [year, by] : [by, year];
  const per = t.perYear === false ? '' : ` ÷ (${year} − ${by})`;
  const baseFrom = fromData.value == null ? ' (giá trị gốc ghi trong kế hoạch)' : '';
  return {
    actual: change,
    met,
    formula: `${t.direction === 'increase' ? 'Mức tăng' : 'Mức giảm'}${t.perYear === false ? '' : ' mỗi năm'} = (giá trị năm ${la} − giá trị năm ${lb})${per} = (${formatDecimal(a)} − ${formatDecimal(b)})${per} = ${formatDecimal(change)}${baseFrom}. So với chỉ tiêu ${targetGoalText(t)}. Năm ${year}: ${now.formula}`,
    inputs: [
      { label: `Giá trị năm gốc ${by}`, value: base },
      { label: `Giá trị năm ${year}`, value: now.value },
      ...now.inputs,
    ],
  };
}

/** A share of communes: the communes of the target's area meeting the condition in the year. */
async function shareTarget(db: Db, p: Principal, provinceCode: string, t: PlanTarget, year: number) {
  const condition = t.shareCondition!;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const meets =
    condition === 'club'
      ? sql`exists (select 1 from clubs c where c.admin_unit_id = u.id and c.active
                      and (c.founded_on is null or c.founded_on <= ${to}))`
      : condition === 'activity'
        ? sql`exists (select 1 from activity_records r where r.admin_unit_id = u.id
                        and r.start_date between ${from} and ${to})`
        : sql`exists (select 1 from birth_counts bc join birth_batches b on b.id = bc.batch_id
                       where bc.unit_id = u.id and b.status = 'active' and bc.year = ${year})`;
  const area = t.unitIds.length
    ? sql`and (u.id = any(${`{${t.unitIds.join(',')}}`}::int[]) or exists (
            select 1 from admin_units a where a.id = any(${`{${t.unitIds.join(',')}}`}::int[])
               and u.path like a.path || '.%'))`
    : sql``;
  const [r] = await rows<{ communes: number; meeting: number }>(
    db,
    sql`select count(*)::int as communes, count(*) filter (where ${meets})::int as meeting
          from admin_units u
         where u.level = 'commune' and u.province_code = ${provinceCode}
           and (u.valid_from is null or u.valid_from <= ${to}) and (u.valid_to is null or u.valid_to >= ${from})
           and ${visible(p)} ${area}`,
  );
  const inputs = [
    { label: `Xã, phường ${SHARE_CONDITION_TEXT[condition]}`, value: r.meeting },
    { label: 'Xã, phường của địa bàn', value: r.communes },
  ];
  if (!r.communes)
    return {
      actual: null,
      met: null,
      formula: 'Chưa đủ dữ liệu: không có xã, phường nào trong địa bàn.',
      inputs,
    };
  const actual = round1((100 * r.meeting) / r.communes);
  return {
    actual,
    met: targetMet(t, actual),
    formula: `Số xã, phường ${SHARE_CONDITION_TEXT[condition]} năm ${year} ÷ số xã, phường của địa bàn × 100 = ${r.meeting} ÷ ${r.communes} × 100 = ${formatDecimal(actual)} %`,
    inputs,
  };
}

/** Every target of the plan in one year of its period, in the plan's order. */
export async function targetAttainment(
  db: Db,
  p: Principal,
  plan: { provinceCode: string; content: PlanContent },
  year: number,
): Promise<TargetAttainment[]> {
  const out: TargetAttainment[] = [];
  for (const [i, t] of plan.content.targets.entries()) {
    const kind = t.kind ?? 'level';
    const base = {
      targetIndex: i,
      indicator: t.indicator,
      kind,
      year,
      goal: { ...t, ...(kind === 'level' ? goalForYear(t, year) : {}) },
      goalText: targetGoalText(t),
      figureId: `target.${kind}`,
      comparator: t.comparator,
      value: t.value,
      unit: kind === 'share' ? '%' : t.unit,
    };
    const of = indicatorFor(db, p, plan.provinceCode, t);
    if (kind === 'share' && t.shareCondition)
      out.push({ ...base, ...(await shareTarget(db, p, plan.provinceCode, t, year)) });
    else if (!of) out.push({ ...base, actual: null, met: null, formula: NOT_COMPUTABLE, inputs: [] });
    else if (kind === 'change') out.push({ ...base, ...(await changeTarget(t, year, of)) });
    else out.push({ ...base, ...(await levelTarget(t, year, of)) });
  }
  return out;
}
