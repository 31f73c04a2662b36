import { type PlanTarget, SHARE_CONDITION_TEXT, type SHARE_CONDITIONS } from '../contracts/plans.ts';
import { formatDecimal, formatQuantity, targetValueText } from '../format/decimal-vi.ts';

// A target as the plan words it, by kind: a level ("< 109 bé trai/100 bé gái vào năm 2025"), a
// change against a baseline year ("giảm 0,3 – 0,5 điểm mỗi năm so với năm 2021") or a share of
// communes ("≥ 80 % số xã, phường có câu lạc bộ đang hoạt động"). Decimals kept, the Vietnamese way.

export type TargetGoal = Pick<
  PlanTarget,
  | 'kind'
  | 'comparator'
  | 'value'
  | 'valueMax'
  | 'unit'
  | 'year'
  | 'byYear'
  | 'baselineYear'
  | 'direction'
  | 'perYear'
  | 'shareCondition'
>;

const SHARE_CONDITION_EN: Record<(typeof SHARE_CONDITIONS)[number], string> = {
  club: 'with an active club',
  activity: 'with an activity recorded in the year',
  births_data: 'with births data for the year',
};

function amount(t: TargetGoal, locale: 'vi' | 'en'): string {
  const unit = t.unit?.trim() ? t.unit : null;
  if (t.comparator === 'range')
    return `${formatDecimal(t.value, locale)} – ${formatQuantity(t.valueMax ?? t.value, unit, locale)}`;
  return targetValueText(t, locale);
}

/** The target in words, with its year, its baseline or its condition. */
export function targetGoalText(t: TargetGoal, locale: 'vi' | 'en' = 'vi'): string {
  const vi = locale === 'vi';
  if (t.kind === 'change') {
    const dir = t.direction === 'increase' ? (vi ? 'tăng' : 'up by') : vi ? 'giảm' : 'down by';
    const each = t.perYear === false ? '' : vi ? ' mỗi năm' : ' a year';
    const base = t.baselineYear ? (vi ? ` so với năm ${t.baselineYear}` : ` against ${t.baselineYear}`) : '';
    return `${dir} ${amount(t, locale)}${each}${base}`;
  }
  if (t.kind === 'share' && t.shareCondition)
    return vi
      ? `${targetValueText(t, locale)} số xã, phường ${SHARE_CONDITION_TEXT[t.shareCondition]}`
      : `${targetValueText(t, locale)} of communes ${SHARE_CONDITION_EN[t.shareCondition]}`;
  const level = targetValueText(t, locale);
  const byYear = (t.byYear ?? [])
    .slice()
    .sort((a, b) => a.year - b.year)
    .map(
      (v) => `${vi ? 'năm ' : ''}${v.year}: ${amount({ ...t, ...v, valueMax: v.valueMax ?? null }, locale)}`,
    );
  const when = t.year ? (vi ? ` vào năm ${t.year}` : ` by ${t.year}`) : '';
  return byYear.length ? `${level}${when} (${byYear.join('; ')})` : `${level}${when}`;
}

/** The value a level target sets for one year: its yearly value, else its single value. */
export function goalForYear(t: TargetGoal, year: number): { value: number; valueMax: number | null } {
  const v = t.byYear?.find((x) => x.year === year);
  return v
    ? { value: v.value, valueMax: v.valueMax ?? null }
    : { value: t.value, valueMax: t.valueMax ?? null };
}

/** Does a level target judge this year? Its own year, a year it sets a value for, or every year when it names none. */
export function targetJudgesYear(t: TargetGoal, year: number): boolean {
  if (t.byYear?.some((x) => x.year === year)) return true;
  return t.year == null ? !t.byYear?.length : t.year === year;
}
