import { describe, expect, it } from 'vitest';
import { formatDecimal, formatQuantity, targetValueText } from './decimal-vi.ts';

describe('figures keep their decimals', () => {
  it('writes decimals the Vietnamese way, with a real minus', () => {
    expect(formatDecimal(0.3)).toBe('0,3');
    expect(formatDecimal(111.2)).toBe('111,2');
    expect(formatDecimal(-0.1)).toBe('\u22120,1');
    expect(formatDecimal(23500000)).toBe('23.500.000');
    expect(formatDecimal(1234.125)).toBe('1.234,125');
    expect(formatDecimal(-0)).toBe('0');
  });
  it('writes English with English separators', () => {
    expect(formatDecimal(1234.5, 'en')).toBe('1,234.5');
    expect(formatQuantity(-0.1, '%', 'en')).toBe('\u22120.1%');
  });
  it('puts a space before % in Vietnamese', () => {
    expect(formatQuantity(-0.1, '%')).toBe('\u22120,1 %');
    expect(formatQuantity(87.5, '%')).toBe('87,5 %');
  });
  it('words targets with their comparator and unit', () => {
    expect(targetValueText({ comparator: 'gte', value: 0.3, unit: 'điểm/năm' })).toBe('≥ 0,3 điểm/năm');
    expect(targetValueText({ comparator: 'lte', value: 111.2, unit: '' })).toBe('≤ 111,2');
    expect(targetValueText({ comparator: 'eq', value: -0.1, unit: '%' })).toBe('\u22120,1 %');
    expect(targetValueText({ comparator: 'range', value: 0.3, valueMax: 0.5, unit: 'điểm' })).toBe(
      '0,3 – 0,5 điểm',
    );
  });
});
