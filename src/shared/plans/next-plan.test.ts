import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../server/modules/plans/plan-tree.ts';
import type { PlanActivity, PlanContent, PlanTarget } from '../contracts/plans.ts';
import { nextPlanContent } from './next-plan.ts';
import { targetGoalText } from './target-text.ts';

// "Lập kế hoạch mới — từ kế hoạch năm trước": the next period's draft keeps the plan's structure
// and its values, and every year it names moves with the period, so the draft is valid as made.

const activity = (over: Partial<PlanActivity> = {}): PlanActivity => ({
  id: crypto.randomUUID(),
  title: 'Truyền thông nâng cao nhận thức',
  content: [],
  forms: [],
  audiences: [],
  leadName: 'Sở Y tế',
  coordinatingOrganisationIds: [],
  coordinatingNames: [],
  placeUnitIds: [],
  outputs: [],
  budgetLines: [],
  children: [],
  ...over,
});

const target = (over: Partial<PlanTarget>): PlanTarget => ({
  id: crypto.randomUUID(),
  indicator: 'Tỷ số giới tính khi sinh',
  comparator: 'lte',
  value: 111.2,
  unit: 'bé trai/100 bé gái',
  unitIds: [],
  ...over,
});

const plan2022to2025 = (): PlanContent => ({
  period: { start: 2022, end: 2025 },
  issuerKind: 'ubnd_province',
  issuerName: 'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
  number: '112',
  symbol: 'KH-UBND',
  place: 'Sơn La',
  issuedDate: '2022-04-15',
  title: 'KẾ HOẠCH',
  subject: 'Thực hiện Đề án kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2022–2025',
  legalBases: [{ verb: 'Căn cứ', kind: 'Luật', number: '73/2006/QH11', date: '2006-11-29' }],
  purposes: [],
  requirements: [],
  generalObjective: [],
  targets: [
    target({
      byYear: [
        { year: 2022, value: 115 },
        { year: 2025, value: 111.2 },
      ],
    }),
    target({ comparator: 'lt', value: 109, year: 2025 }),
    target({
      kind: 'change',
      comparator: 'range',
      value: 0.3,
      valueMax: 0.5,
      unit: 'điểm',
      baselineYear: 2021,
      direction: 'decrease',
    }),
  ],
  activities: [
    activity({ start: '2022-05-01', end: '2025-12-31', timeText: 'Quý II/2022 đến hết năm 2025' }),
    activity({
      title: 'Hội nghị sơ kết',
      start: '2023-11-01',
      end: '2023-11-30',
      children: [activity({ title: 'Chuẩn bị tài liệu', start: '2023-10-01', end: '2023-10-31' })],
    }),
  ],
  funding: { sources: [], total: null },
  responsibilities: [],
  reporting: { period: 'year', deadline: '2022-12-05' },
  recipients: [],
  signature: { positionLines: ['KT. Chủ tịch', 'Phó Chủ tịch'], signerName: 'Đặng Ngọc Hậu' },
  annexes: [
    {
      title: 'Chỉ tiêu theo năm, giai đoạn 2022–2025',
      kind: 'table',
      landscape: false,
      items: [],
      columns: ['Năm', 'Tỷ số giới tính khi sinh'],
      rows: [
        ['2022', '≤ 115'],
        ['2025', '≤ 111,2'],
      ],
    },
  ],
});

describe('the next plan made from a plan of a period', () => {
  it('moves a 2022–2025 plan to 2026–2029: its targets’ years and yearly values, baseline and dates', () => {
    const before = {
      ...plan2022to2025(),
      review: 'Giai đoạn 2016–2020, tỷ số giới tính khi sinh giảm 1,2 điểm.',
    };
    const copy = structuredClone(before);
    const next = nextPlanContent(before);
    expect(next.period).toEqual({ start: 2026, end: 2029 });
    expect(next.subject).toBe(
      'Thực hiện Đề án kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2026–2029',
    );
    expect(next.number).toBeNull();
    expect(next.issuedDate).toBeNull();
    // The previous period's review is written anew, not carried over.
    expect(next.review).toBeNull();
    // Per-year values keep their values and take the new period's years.
    expect(next.targets[0].byYear).toEqual([
      { year: 2026, value: 115 },
      { year: 2029, value: 111.2 },
    ]);
    expect(next.targets[1].year).toBe(2029);
    // "giảm 0,3–0,5 điểm mỗi năm so với năm 2021" becomes "… so với năm 2025": the year before the period.
    expect(next.targets[2].baselineYear).toBe(2025);
    expect(targetGoalText(next.targets[2], 'vi')).toContain('so với năm 2025');
    expect(targetGoalText(next.targets[2], 'vi')).toContain('0,3');
    expect(next.targets.map((t) => t.id)).not.toContain(before.targets[0].id);
    // Activities, their sub-activities and the reporting deadline move four years on.
    expect(next.activities.map((a) => [a.start, a.end])).toEqual([
      ['2026-05-01', '2029-12-31'],
      ['2027-11-01', '2027-11-30'],
    ]);
    expect(next.activities[0].timeText).toBe('Quý II/2026 đến hết năm 2029');
    expect(next.activities[1].children[0].start).toBe('2027-10-01');
    expect(next.reporting?.deadline).toBe('2026-12-05');
    // A law of 2006 is not a year of the plan: it stays.
    expect(next.legalBases[0].date).toBe('2006-11-29');
    expect(next.annexes[0].title).toBe('Chỉ tiêu theo năm, giai đoạn 2026–2029');
    expect(next.annexes[0].rows).toEqual([
      ['2026', '≤ 115'],
      ['2029', '≤ 111,2'],
    ]);
    // Nothing names a year outside its new period: the draft passes the plan's rules as made.
    expect(validatePlan(next)).toEqual([]);
    // The plan it was made from is untouched.
    expect(before).toEqual(copy);
  });

  it('moves a yearly plan by one year, its "by 2026" target and its baseline with it', () => {
    const yearly: PlanContent = {
      ...plan2022to2025(),
      period: { start: 2026, end: 2026 },
      subject: 'Giảm thiểu mất cân bằng giới tính khi sinh năm 2026',
      targets: [
        target({ year: 2026 }),
        target({ kind: 'change', comparator: 'gte', value: 0.3, unit: 'điểm', baselineYear: 2025 }),
      ],
      activities: [activity({ start: '2026-03-01', end: '2026-11-30' })],
      reporting: { period: 'year', deadline: '2026-12-05' },
      annexes: [],
    };
    const next = nextPlanContent(yearly);
    expect(next.period).toEqual({ start: 2027, end: 2027 });
    expect(next.subject).toBe('Giảm thiểu mất cân bằng giới tính khi sinh năm 2027');
    expect(next.targets.map((t) => [t.year ?? null, t.baselineYear ?? null])).toEqual([
      [2027, null],
      [null, 2026],
    ]);
    expect(validatePlan(next)).toEqual([]);
  });
});
