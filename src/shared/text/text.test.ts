import { describe, expect, it } from 'vitest';
import { compareVi, foldVietnamese, normaliseName, searchMatches, sortVi, vnSortKey } from './index.ts';

describe('Vietnamese alphabetical order', () => {
  it('orders letters a ă â … d đ …, then tones', () => {
    expect(sortVi(['Đông', 'Dương', 'Ân', 'An', 'Ăn', 'Bắc', 'Ba'])).toEqual([
      'An',
      'Ăn',
      'Ân',
      'Ba',
      'Bắc',
      'Dương',
      'Đông',
    ]);
    expect(sortVi(['Chiếng', 'Chiềng', 'Chiêng'])).toEqual(['Chiêng', 'Chiềng', 'Chiếng']);
    expect(sortVi(['Mường', 'Mai', 'Muội'])).toEqual(['Mai', 'Muội', 'Mường']);
  });

  it('compares numbers inside names by value, and shorter names first', () => {
    expect(sortVi(['Bản 10', 'Bản 2', 'Bản 1'])).toEqual(['Bản 1', 'Bản 2', 'Bản 10']);
    expect(compareVi('An', 'An Khê')).toBeLessThan(0);
    expect(compareVi('Tô Hiệu', 'tô hiệu')).toBe(0);
  });

  it('makes a printable ASCII key, safe in any collation', () => {
    expect(vnSortKey('Phường Chiềng Sinh – Đông 12')).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('accent-insensitive search', () => {
  it('folds diacritics and đ', () => {
    expect(foldVietnamese('  Chiềng   SINH  ')).toBe('chieng sinh');
    expect(foldVietnamese('Đông Hưng')).toBe('dong hung');
  });

  it('matches every word of the query anywhere', () => {
    expect(searchMatches('Phường Chiềng Sinh', 'sinh chieng')).toBe(true);
    expect(searchMatches('Phường Chiềng Sinh', 'chieng an')).toBe(false);
  });

  it('normalises names before they are stored', () => {
    expect(normaliseName('  Bản\u0020\u0020Mé ')).toBe('Bản Mé');
    expect(normaliseName('Ho\u0300a')).toBe('Hòa');
  });
});
