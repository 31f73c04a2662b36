import { describe, expect, it } from 'vitest';
import { decimalStyle, parseCount, parseMeasure } from './parse-number.ts';

describe('strict numbers', () => {
  it('reads counts as digits only, grouped by thousands or not, within the limit', () => {
    expect(parseCount('1500', 10_000).value).toBe(1500);
    expect(parseCount('1.500', 10_000).value).toBe(1500);
    expect(parseCount('1 500', 10_000).value).toBe(1500);
    for (const bad of ['0x10', '1e3', '12.5', '1,5', '-3', '+4', '', ' ', 'Infinity', '1e308', '12.50'])
      expect(parseCount(bad, 10_000).error, bad).toContain('phải là số nguyên không âm');
    expect(parseCount('99999999999', 100_000).error).toContain('lớn hơn mức tối đa 100.000');
  });

  it('tells Vietnamese decimals from plain ones by the file, never turning 12.5 into 125', () => {
    expect(decimalStyle(['1,5', '2']).style).toBe('vi');
    expect(decimalStyle(['12.5', '2']).style).toBe('plain');
    expect(decimalStyle(['1.500', '']).style).toBe('vi');
    expect(decimalStyle(['1,5', '12.5']).error).toContain(
      'cả dấu phẩy thập phân ("1,5") và dấu chấm thập phân ("12.5")',
    );
    expect(parseMeasure('12.5', 'plain', 100).value).toBe(12.5);
    expect(parseMeasure('1,5', 'vi', 100).value).toBe(1.5);
    expect(parseMeasure('1.500,5', 'vi', 10_000).value).toBe(1500.5);
    expect(parseMeasure('12.5', 'vi', 1000).error).toBeDefined();
    expect(parseMeasure('1,5', 'plain', 100).error).toBeDefined();
    expect(parseMeasure('1e3', 'plain', 10_000).error).toBeDefined();
  });
});
