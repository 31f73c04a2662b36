import { describe, expect, it } from 'vitest';
import type { ActivityRecordInput } from '../../../shared/contracts/activity-records.ts';
import { checkActivityRecord, outputQuantity, targetMet } from './activity-record-rules.ts';

const training: Pick<ActivityRecordInput, 'startDate' | 'endDate' | 'participants' | 'measures' | 'outputs'> =
  {
    startDate: '2026-06-02',
    endDate: '2026-06-03',
    participants: { total: 40, men: 15, women: 25, groups: { healthWorkers: 30 } },
    measures: { kind: 'training', days: 2, trainees: 40 },
    outputs: [{ description: 'Lớp tập huấn', quantity: 1 }],
  };
const ctx = { period: { start: 2026, end: 2026 }, activityKind: 'training', fundingKeys: ['ns-tinh'] };

describe('activity record rules', () => {
  it('accepts a consistent training and names each inconsistency', () => {
    expect(checkActivityRecord(training, ctx)).toEqual([]);
    expect(
      checkActivityRecord({ ...training, measures: { kind: 'training', days: 2, trainees: 45 } }, ctx)[0],
    ).toEqual({ path: ['participants', 'total'], message: 'Tổng số người phải gồm cả 45 học viên.' });
    expect(checkActivityRecord(training, { ...ctx, fundingSourceKey: 'khac' })[0].path).toEqual([
      'fundingSourceKey',
    ]);
    expect(checkActivityRecord(training, { ...ctx, activityKind: null })).toEqual([]);
  });

  it('takes a record dated in any year of a multi-year plan, and names the period otherwise', () => {
    const period = { start: 2022, end: 2025 };
    const in2024 = { ...training, startDate: '2024-06-02', endDate: '2024-06-03' };
    expect(checkActivityRecord(in2024, { ...ctx, period })).toEqual([]);
    expect(checkActivityRecord(training, { ...ctx, period })).toEqual([
      { path: ['startDate'], message: 'Ngày phải nằm trong giai đoạn 2022–2025 của kế hoạch.' },
      { path: ['endDate'], message: 'Ngày phải nằm trong giai đoạn 2022–2025 của kế hoạch.' },
    ]);
  });

  it('sums output quantities, and reads targets with every comparator', () => {
    expect(
      outputQuantity([
        { description: 'a', quantity: 2.4 },
        { description: 'b' },
        { description: 'c', quantity: 3 },
      ]),
    ).toBe(5);
    expect(targetMet({ comparator: 'gt', value: 70 }, 70)).toBe(false);
    expect(targetMet({ comparator: 'gte', value: 70 }, 70)).toBe(true);
    expect(targetMet({ comparator: 'lt', value: 107 }, 106.9)).toBe(true);
    expect(targetMet({ comparator: 'lte', value: 107 }, 107.1)).toBe(false);
    expect(targetMet({ comparator: 'eq', value: 100 }, 100)).toBe(true);
    expect(targetMet({ comparator: 'range', value: 104, valueMax: 106 }, 106)).toBe(true);
    expect(targetMet({ comparator: 'range', value: 104, valueMax: 106 }, 106.2)).toBe(false);
  });
});
