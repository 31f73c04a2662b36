import { describe, expect, it } from 'vitest';
import { amountInWords } from './index.ts';

describe('amountInWords', () => {
  it.each([
    [23_500_000, 'Hai mươi ba triệu năm trăm nghìn đồng chẵn'],
    [0, 'Không đồng'],
    [1, 'Một đồng chẵn'],
    [5, 'Năm đồng chẵn'],
    [10, 'Mười đồng chẵn'],
    [15, 'Mười lăm đồng chẵn'],
    [21, 'Hai mươi mốt đồng chẵn'],
    [100, 'Một trăm đồng chẵn'],
    [105, 'Một trăm linh năm đồng chẵn'],
    [110, 'Một trăm mười đồng chẵn'],
    [115, 'Một trăm mười lăm đồng chẵn'],
    [201, 'Hai trăm linh một đồng chẵn'],
    [221, 'Hai trăm hai mươi mốt đồng chẵn'],
    [999, 'Chín trăm chín mươi chín đồng chẵn'],
    [1_000, 'Một nghìn đồng chẵn'],
    [1_001, 'Một nghìn không trăm linh một đồng chẵn'],
    [1_010, 'Một nghìn không trăm mười đồng chẵn'],
    [1_100, 'Một nghìn một trăm đồng chẵn'],
    [10_000, 'Mười nghìn đồng chẵn'],
    [15_000, 'Mười lăm nghìn đồng chẵn'],
    [21_000, 'Hai mươi mốt nghìn đồng chẵn'],
    [45_000_000, 'Bốn mươi lăm triệu đồng chẵn'],
    [1_000_005, 'Một triệu không trăm linh năm đồng chẵn'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng chẵn'],
    [2_000_500, 'Hai triệu năm trăm đồng chẵn'],
    [1_000_000_000, 'Một tỷ đồng chẵn'],
    [1_000_000_005, 'Một tỷ không trăm linh năm đồng chẵn'],
    [1_005_000_000, 'Một tỷ không trăm linh năm triệu đồng chẵn'],
    [1_250_015_000, 'Một tỷ hai trăm năm mươi triệu không trăm mười lăm nghìn đồng chẵn'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng chẵn'],
    [1_000_000_000_000_000, 'Một triệu tỷ đồng chẵn'],
    [
      123_456_789_012,
      'Một trăm hai mươi ba tỷ bốn trăm năm mươi sáu triệu bảy trăm tám mươi chín nghìn không trăm mười hai đồng chẵn',
    ],
  ])('%i → %s', (n, words) => {
    expect(amountInWords(n)).toBe(words);
  });

  it('reads mốt, tư, lăm and mười as Vietnamese does', () => {
    const bare = (n: number) => amountInWords(n, { currency: false });
    expect([11, 14, 15, 21, 24, 25, 10, 20, 31, 44, 55, 91].map(bare)).toEqual([
      'Mười một',
      'Mười bốn',
      'Mười lăm',
      'Hai mươi mốt',
      'Hai mươi tư',
      'Hai mươi lăm',
      'Mười',
      'Hai mươi',
      'Ba mươi mốt',
      'Bốn mươi tư',
      'Năm mươi lăm',
      'Chín mươi mốt',
    ]);
  });

  it('says "linh", "nghìn" and "tỷ", never "lẻ", "ngàn" or "tỉ"', () => {
    const text = amountInWords(1_001_105_000_000);
    expect(text).toBe('Một nghìn không trăm linh một tỷ một trăm linh năm triệu đồng chẵn');
    expect(text).not.toMatch(/lẻ|ngàn|tỉ/);
  });

  it('leaves out "đồng" and "chẵn" without currency', () => {
    expect(amountInWords(23_500_000, { currency: false })).toBe('Hai mươi ba triệu năm trăm nghìn');
    expect(amountInWords(0, { currency: false })).toBe('Không');
    expect(amountInWords(105, { currency: false, chan: true })).toBe('Một trăm linh năm');
  });

  it('can leave out "chẵn"', () => {
    expect(amountInWords(23_500_000, { chan: false })).toBe('Hai mươi ba triệu năm trăm nghìn đồng');
    expect(amountInWords(0, { chan: false })).toBe('Không đồng');
  });

  it('fixes the Tam Đường plan’s mistake: 23.500.000 is not "hai mươi ba triệu năm trăm đồng"', () => {
    expect(amountInWords(23_500_000)).not.toBe('Hai mươi ba triệu năm trăm đồng chẵn');
    expect(amountInWords(23_000_500)).toBe('Hai mươi ba triệu năm trăm đồng chẵn');
  });

  it('capitalises only the first letter', () => {
    expect(amountInWords(4_000)).toBe('Bốn nghìn đồng chẵn');
    expect(amountInWords(8_000_000, { currency: false })).toBe('Tám triệu');
  });

  it('refuses fractions, negatives, non-numbers and absurd sizes', () => {
    expect(() => amountInWords(1.5)).toThrow(RangeError);
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(Number.NaN)).toThrow(RangeError);
    expect(() => amountInWords(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => amountInWords(1e18)).toThrow(RangeError);
    expect(() => amountInWords(1e18 - 128)).not.toThrow(); // the largest double below 10^18
  });
});
