import { describe, expect, it } from 'vitest';
import { formatOutput, formatQuantity, sameUnit } from './index.ts';

describe('formatOutput (issue 13: documents repeated units)', () => {
  it('writes the unit once when the description starts with it', () => {
    expect(
      formatOutput({ description: 'Lượt phát tin, bài trên loa truyền thanh', quantity: 900, unit: 'lượt' }),
    ).toBe('900 lượt phát tin, bài trên loa truyền thanh');
    expect(
      formatOutput({ description: 'Buổi sinh hoạt ngoại khóa tại trường THPT', quantity: 13, unit: 'buổi' }),
    ).toBe('13 buổi sinh hoạt ngoại khóa tại trường THPT');
  });
  it('drops a bare classifier', () => {
    expect(formatOutput({ description: 'Pa nô, áp phích, băng zôn', quantity: 75, unit: 'cái' })).toBe(
      '75 pa nô, áp phích, băng zôn',
    );
  });
  it('keeps a real unit, groups thousands and keeps acronyms', () => {
    expect(formatOutput({ description: 'Tờ rơi, sách mỏng', quantity: 15000, unit: 'bản' })).toBe(
      '15.000 bản tờ rơi, sách mỏng',
    );
    expect(formatOutput({ description: 'THPT tham gia', quantity: 3, unit: 'trường' })).toBe(
      '3 trường THPT tham gia',
    );
  });
  it('writes the description alone without a quantity', () => {
    expect(formatOutput({ description: 'Tờ rơi', quantity: null, unit: 'bản' })).toBe('Tờ rơi');
  });
  it('formats a quantity with its unit', () => {
    expect(formatQuantity(1044, 'lượt')).toBe('1.044 lượt');
    expect(formatQuantity(12, null)).toBe('12');
  });
});

describe('sameUnit', () => {
  it('ignores case, diacritics and spaces', () => {
    expect(sameUnit('lượt', 'Lượt ')).toBe(true);
    expect(sameUnit('luot', 'LƯỢT')).toBe(true);
    expect(sameUnit('lượt', 'bản')).toBe(false);
    expect(sameUnit('tin, bài', 'tin,  bài')).toBe(true);
  });
});
