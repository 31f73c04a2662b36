import { describe, expect, it } from 'vitest';
import { formatMonthYearVi, halfYearLabelVi, periodLabelEn, quarterLabelVi } from './index.ts';

describe('reporting periods', () => {
  it('writes months with two digits', () => {
    expect(formatMonthYearVi(2026, 3)).toBe('Tháng 03/2026');
    expect(formatMonthYearVi(2026, 1)).toBe('Tháng 01/2026');
    expect(formatMonthYearVi(2026, 12)).toBe('Tháng 12/2026');
  });

  it('writes quarters in Roman numerals', () => {
    expect([1, 2, 3, 4].map((q) => quarterLabelVi(2026, q))).toEqual([
      'Quý I/2026',
      'Quý II/2026',
      'Quý III/2026',
      'Quý IV/2026',
    ]);
  });

  it('names the two halves of a year', () => {
    expect(halfYearLabelVi(2026, 1)).toBe('6 tháng đầu năm 2026');
    expect(halfYearLabelVi(2026, 2)).toBe('6 tháng cuối năm 2026');
  });

  it('refuses periods that do not exist', () => {
    expect(() => formatMonthYearVi(2026, 0)).toThrow(RangeError);
    expect(() => formatMonthYearVi(2026, 13)).toThrow(RangeError);
    expect(() => formatMonthYearVi(2026, 1.5)).toThrow(RangeError);
    expect(() => formatMonthYearVi(0, 1)).toThrow(RangeError);
    expect(() => quarterLabelVi(2026, 0)).toThrow(RangeError);
    expect(() => quarterLabelVi(2026, 5)).toThrow(RangeError);
    expect(() => halfYearLabelVi(2026, 3)).toThrow(RangeError);
    expect(() => halfYearLabelVi(Number.NaN, 1)).toThrow(RangeError);
  });
});

describe('period labels in English', () => {
  it('names each kind of period the way English pages do', () => {
    expect(periodLabelEn(formatMonthYearVi(2026, 3))).toBe('Mar 2026');
    expect(periodLabelEn(quarterLabelVi(2026, 4))).toBe('Q4 2026');
    expect(periodLabelEn(halfYearLabelVi(2026, 2))).toBe('Second half of 2026');
    expect(periodLabelEn('Năm 2026')).toBe('Year 2026');
    expect(periodLabelEn('Đợt cao điểm')).toBe('Đợt cao điểm');
  });
});
