import { describe, expect, it } from 'vitest';
import type { PlanActivity, PlanContent } from '../../../shared/contracts/plans.ts';
import { budgetTotal, issueReadiness, numberActivities, shortTitle, validatePlan } from './plan-tree.ts';

const activity = (over: Partial<PlanActivity> = {}): PlanActivity => ({
  id: crypto.randomUUID(),
  title: 'Hoạt động',
  content: [],
  forms: [],
  audiences: [],
  leadName: 'Trạm Y tế',
  coordinatingOrganisationIds: [],
  coordinatingNames: [],
  placeUnitIds: [],
  outputs: [],
  budgetLines: [],
  children: [],
  ...over,
});

const plan = (over: Partial<PlanContent> = {}): PlanContent => ({
  period: { start: 2026, end: 2026 },
  issuerName: 'TRẠM Y TẾ',
  place: 'Tô Hiệu',
  title: 'KẾ HOẠCH',
  subject: 'Thử',
  legalBases: [],
  purposes: [],
  requirements: [],
  generalObjective: [],
  targets: [],
  activities: [activity()],
  funding: { sources: [{ key: 'a', name: 'Nguồn A', amount: 300 }], total: 300 },
  responsibilities: [],
  recipients: [],
  signature: { positionLines: ['TRƯỞNG TRẠM'], signerName: 'Lò Văn A' },
  annexes: [],
  ...over,
});

const line = (amount: number, sourceKey = 'a') => ({
  id: crypto.randomUUID(),
  item: 'Chi',
  sourceKey,
  amount,
});

describe('plan rules', () => {
  it('accepts a consistent plan', () => {
    expect(validatePlan(plan({ activities: [activity({ budgetLines: [line(100), line(200)] })] }))).toEqual(
      [],
    );
  });

  it('names a budget line whose source is not among the funding sources', () => {
    const issues = validatePlan(plan({ activities: [activity({ budgetLines: [line(300, 'x')] })] }));
    expect(issues.map((i) => i.path.join('.'))).toContain('content.activities.0.budgetLines.0.sourceKey');
  });

  it('compares each source with its budget lines', () => {
    const issues = validatePlan(
      plan({
        funding: {
          sources: [
            { key: 'a', name: 'Nguồn A', amount: 100 },
            { key: 'b', name: 'Nguồn B', amount: 200 },
          ],
          total: 300,
        },
        activities: [activity({ budgetLines: [line(200, 'a'), line(100, 'b')] })],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'Nguồn "Nguồn A": các dòng kinh phí cộng lại 200 đồng, khác số ghi 100 đồng.',
      'Nguồn "Nguồn B": các dòng kinh phí cộng lại 100 đồng, khác số ghi 200 đồng.',
    ]);
  });

  it('keeps the reporting deadline inside the plan year and the end after the start', () => {
    const issues = validatePlan(
      plan({
        reporting: { period: 'year', deadline: '2027-01-05' },
        activities: [activity({ start: '2026-05-01', end: '2026-04-01' })],
      }),
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual([
      'content.activities.0.end',
      'content.reporting.deadline',
    ]);
  });

  it('accepts activities across a 2022–2025 period and names the activity and the period when one falls outside', () => {
    const period = { start: 2022, end: 2025 };
    const across = validatePlan(
      plan({
        period,
        reporting: { period: 'year', deadline: '2022-12-05' },
        activities: [
          activity({ start: '2022-03-01', end: '2025-12-31' }),
          activity({ id: '00000000-0000-4000-8000-000000000002', start: '2024-01-01', end: '2024-06-30' }),
        ],
      }),
    );
    expect(across).toEqual([]);
    const outside = validatePlan(
      plan({ period, activities: [activity({ title: 'Hội nghị tổng kết', end: '2026-01-15' })] }),
    );
    expect(outside.map((i) => i.message)).toEqual([
      'Hoạt động 1 “Hội nghị tổng kết”: thời gian 15/01/2026 nằm ngoài giai đoạn 2022–2025 của kế hoạch.',
    ]);
  });

  it('keeps a target’s years inside the period and its baseline before the period ends', () => {
    const target = {
      id: '00000000-0000-4000-8000-0000000000a1',
      indicator: 'Tỷ số giới tính khi sinh',
      comparator: 'lt' as const,
      value: 109,
      unit: 'bé trai/100 bé gái',
      unitIds: [],
    };
    const issues = validatePlan(
      plan({
        period: { start: 2022, end: 2025 },
        activities: [activity()],
        targets: [
          { ...target, year: 2026 },
          { ...target, byYear: [{ year: 2021, value: 111.2 }] },
          { ...target, kind: 'change', baselineYear: 2025, direction: 'decrease' },
        ],
      }),
    );
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'content.targets.0.year',
        'Chỉ tiêu “Tỷ số giới tính khi sinh”: năm 2026 nằm ngoài giai đoạn 2022–2025 của kế hoạch.',
      ],
      [
        'content.targets.1.byYear.0.year',
        'Chỉ tiêu “Tỷ số giới tính khi sinh”: năm 2021 nằm ngoài giai đoạn 2022–2025 của kế hoạch.',
      ],
      [
        'content.targets.2.baselineYear',
        'Chỉ tiêu “Tỷ số giới tính khi sinh”: năm gốc 2025 phải trước năm cuối của giai đoạn 2022–2025.',
      ],
    ]);
  });

  it('lets a heading leave the lead to its sub-activities, and numbers the tree', () => {
    const tree = [activity({ leadName: null, children: [activity({ budgetLines: [line(300)] })] })];
    expect(validatePlan(plan({ activities: tree }))).toEqual([]);
    expect(numberActivities(tree).map((n) => n.number)).toEqual(['1', '1.1']);
    expect(budgetTotal(plan({ activities: tree }))).toBe(300);
  });
});

describe('messages and readiness', () => {
  it('cuts a long title at a word boundary with an ellipsis', () => {
    const title =
      'Tổ chức truyền thông tại cộng đồng về mất cân bằng giới tính khi sinh cho các cặp vợ chồng';
    const cut = shortTitle(title);
    expect(cut.endsWith('…')).toBe(true);
    expect(title.startsWith(cut.slice(0, -1))).toBe(true);
    // The character after the cut is a space: no word is split.
    expect(title.charAt(cut.length - 1)).toBe(' ');
    expect(shortTitle('Ngắn gọn')).toBe('Ngắn gọn');
  });

  it('lets a plan that assigns no leads have tasks without one', () => {
    const task = activity({ leadName: null, leadOrganisationId: null });
    const lead = (leadsAssigned: boolean) =>
      validatePlan(plan({ leadsAssigned, activities: [task] })).filter((i) => i.message.includes('chủ trì'));
    expect(lead(false)).toEqual([]);
    expect(lead(true)).toHaveLength(1);
  });

  it('names what a draft lacks to be issued: number, date, signer', () => {
    const paths = issueReadiness(
      plan({ number: null, issuedDate: null, signature: { positionLines: ['TRẠM TRƯỞNG'], signerName: '' } }),
    ).map((i) => i.path.join('.'));
    expect(paths).toEqual(['content.number', 'content.issuedDate', 'content.signature.signerName']);
  });
});
