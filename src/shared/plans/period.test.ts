import { describe, expect, it } from 'vitest';
import { defaultPeriodYear, parsePeriodText, periodLabel, subjectWithPeriod, withPeriod } from './period.ts';
import { targetGoalText } from './target-text.ts';

describe('plan periods', () => {
  it('reads "2022-2025", "2022–2025" and a single year, and nothing else', () => {
    expect(parsePeriodText('2022-2025')).toEqual({ start: 2022, end: 2025 });
    expect(parsePeriodText('giai đoạn 2022–2025')).toEqual({ start: 2022, end: 2025 });
    expect(parsePeriodText('2026')).toEqual({ start: 2026, end: 2026 });
    expect(parsePeriodText('hai năm')).toBeNull();
  });

  it('turns an old `year` into the period, and keeps an unreadable one for validation to refuse', () => {
    expect(withPeriod({ year: 2020, subject: 'x' })).toEqual({
      period: { start: 2020, end: 2020 },
      subject: 'x',
    });
    expect(withPeriod({ year: '2022-2025' })).toEqual({ period: { start: 2022, end: 2025 } });
    expect(withPeriod({ year: 'abc' })).toEqual({ year: 'abc' });
  });

  it('names the period and opens on this year while the plan runs', () => {
    expect(periodLabel({ start: 2022, end: 2025 })).toBe('giai đoạn 2022–2025');
    expect(periodLabel({ start: 2026, end: 2026 })).toBe('năm 2026');
    expect(defaultPeriodYear({ start: 2022, end: 2025 }, '2024-05-01')).toBe(2024);
    expect(defaultPeriodYear({ start: 2022, end: 2025 }, '2026-12-04')).toBe(2025);
    expect(defaultPeriodYear({ start: 2027, end: 2030 }, '2026-12-04')).toBe(2027);
    expect(subjectWithPeriod('Thực hiện Đề án', { start: 2022, end: 2025 })).toBe(
      'Thực hiện Đề án giai đoạn 2022–2025',
    );
    expect(subjectWithPeriod('Kế hoạch năm 2026', { start: 2026, end: 2026 })).toBe('Kế hoạch năm 2026');
  });

  it('words targets with their decimals the Vietnamese way', () => {
    const base = { comparator: 'range' as const, value: 0.3, valueMax: 0.5, unit: 'điểm' };
    expect(targetGoalText({ ...base, kind: 'change', direction: 'decrease', baselineYear: 2021 })).toBe(
      'giảm 0,3 – 0,5 điểm mỗi năm so với năm 2021',
    );
    expect(targetGoalText({ comparator: 'lt', value: 109, unit: '', year: 2025 })).toBe('< 109 vào năm 2025');
    expect(
      targetGoalText({ kind: 'share', comparator: 'gte', value: 80, unit: '%', shareCondition: 'club' }),
    ).toBe('≥ 80 % số xã, phường có câu lạc bộ đang hoạt động');
  });
});
