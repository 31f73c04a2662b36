import { describe, expect, it } from 'vitest';
import {
  formatNumberEn,
  formatNumberVi,
  formatVnd,
  formatVndEn,
  parseVnd,
  percentEn,
  percentVi,
} from './index.ts';

describe('formatNumberVi', () => {
  it('groups thousands with dots', () => {
    expect(formatNumberVi(23_500_000)).toBe('23.500.000');
    expect(formatNumberVi(999)).toBe('999');
    expect(formatNumberVi(1000)).toBe('1.000');
    expect(formatNumberVi(0)).toBe('0');
    expect(formatNumberVi(1_000_000_000_000)).toBe('1.000.000.000.000');
  });

  it('uses a decimal comma and rounds to the digits asked for', () => {
    expect(formatNumberVi(105.34, 1)).toBe('105,3');
    expect(formatNumberVi(105.36, 1)).toBe('105,4');
    expect(formatNumberVi(1234.5, 2)).toBe('1.234,50');
    expect(formatNumberVi(1234.5)).toBe('1.235');
  });

  it('writes negatives with a minus, but never "-0"', () => {
    expect(formatNumberVi(-1234)).toBe('-1.234');
    expect(formatNumberVi(-1234.56, 1)).toBe('-1.234,6');
    expect(formatNumberVi(-0.4)).toBe('0');
    expect(formatNumberVi(-0.04, 1)).toBe('0,0');
    expect(formatNumberVi(-0.06, 1)).toBe('-0,1');
  });
});

describe('formatVnd', () => {
  it('adds "đồng" to a whole amount', () => {
    expect(formatVnd(23_500_000)).toBe('23.500.000 đồng');
    expect(formatVnd(0)).toBe('0 đồng');
    expect(formatVnd(1500.6)).toBe('1.501 đồng');
    expect(formatVnd(-5000)).toBe('-5.000 đồng');
  });
});

describe('parseVnd', () => {
  it('parses amounts as officials type them', () => {
    for (const s of [
      '23.500.000',
      '23.500.000 đồng',
      '23 500 000',
      '23500000',
      ' 23.500.000đ ',
      '23.500.000 VNĐ',
      '23.500.000 vnd',
      '23\u00a0500\u00a0000',
      '23.500.000 Đồng',
      '23.500.000 đồng'.normalize('NFD'),
    ])
      expect(parseVnd(s), s).toBe(23_500_000);
  });

  it('reads small and zero amounts', () => {
    expect(parseVnd('0')).toBe(0);
    expect(parseVnd('500')).toBe(500);
    expect(parseVnd('1.000')).toBe(1000);
    expect(parseVnd('-1.000')).toBe(-1000);
    expect(parseVnd('-0')).toBe(0);
  });

  it('refuses what is not a whole amount', () => {
    expect(parseVnd('hai mươi')).toBeNull();
    expect(parseVnd('')).toBeNull();
    expect(parseVnd('   ')).toBeNull();
    expect(parseVnd('đồng')).toBeNull();
    expect(parseVnd('1.5')).toBeNull(); // not 15
    expect(parseVnd('23.50.000')).toBeNull();
    expect(parseVnd('23,5')).toBeNull();
    expect(parseVnd('1.000,50')).toBeNull();
    expect(parseVnd('12a')).toBeNull();
    expect(parseVnd('.500')).toBeNull();
    expect(parseVnd('99999999999999999999')).toBeNull(); // beyond exact integers
  });
});

describe('percentVi', () => {
  it('writes a rate with one decimal comma, and a dash when there is none', () => {
    expect(percentVi(0.792)).toBe('79,2%');
    expect(percentVi(1 / 79)).toBe('1,3%');
    expect(percentVi(1.5625)).toBe('156,3%');
    expect(percentVi(null)).toBe('—');
  });
});

describe('figures for the English pages', () => {
  it('groups thousands with commas and writes decimals with a point', () => {
    expect(formatNumberEn(6042)).toBe('6,042');
    expect(formatNumberEn(105.34, 1)).toBe('105.3');
    expect(formatNumberEn(-0.04, 1)).toBe('0.0');
    expect(percentEn(0.875)).toBe('87.5%');
    expect(percentEn(null)).toBe('—');
    expect(formatVndEn(23_500_000)).toBe('23,500,000 VND');
  });
});
