import { describe, expect, it } from 'vitest';
import { amountInWords } from './words.ts';

describe('amountInWords', () => {
  it.each([
    [23_500_000, 'Hai mươi ba triệu năm trăm nghìn đồng chẵn'],
    [0, 'Không đồng'],
    [1_000_000_000, 'Một tỷ đồng chẵn'],
    [5, 'Năm đồng chẵn'],
    [15, 'Mười lăm đồng chẵn'],
    [21, 'Hai mươi mốt đồng chẵn'],
    [105, 'Một trăm linh năm đồng chẵn'],
    [1_000_005, 'Một triệu không trăm linh năm đồng chẵn'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng chẵn'],
    [2_000_500, 'Hai triệu năm trăm đồng chẵn'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng chẵn'],
    [1_250_015_000, 'Một tỷ hai trăm năm mươi triệu không trăm mười lăm nghìn đồng chẵn'],
    [45_000_000, 'Bốn mươi lăm triệu đồng chẵn'],
  ])('%i → %s', (n, words) => {
    expect(amountInWords(n)).toBe(words);
  });

  it('reads mốt, tư, lăm and mười as Vietnamese does', () => {
    const bare = (n: number) => amountInWords(n, { currency: false });
    expect([11, 14, 15, 21, 24, 25, 10, 20].map(bare)).toEqual([
      'Mười một',
      'Mười bốn',
      'Mười lăm',
      'Hai mươi mốt',
      'Hai mươi tư',
      'Hai mươi lăm',
      'Mười',
      'Hai mươi',
    ]);
  });

  it('can leave out "chẵn"', () => {
    expect(amountInWords(23_500_000, { chan: false })).toBe('Hai mươi ba triệu năm trăm nghìn đồng');
  });

  it('fixes the Tam Đường plan’s mistake: 23.500.000 is not "hai mươi ba triệu năm trăm đồng"', () => {
    expect(amountInWords(23_500_000)).not.toBe('Hai mươi ba triệu năm trăm đồng chẵn');
    expect(amountInWords(23_000_500)).toBe('Hai mươi ba triệu năm trăm đồng chẵn');
  });

  it('refuses fractions, negatives and absurd sizes', () => {
    expect(() => amountInWords(1.5)).toThrow(RangeError);
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(1e18)).toThrow(RangeError);
  });
});
