import { describe, expect, it } from 'vitest';
import { foldVietnamese, normaliseName, searchMatches } from './index.ts';

describe('foldVietnamese', () => {
  it('lower-cases, strips every diacritic and collapses spaces', () => {
    expect(foldVietnamese('Chiềng Sinh')).toBe('chieng sinh');
    expect(foldVietnamese('  Chiềng   SINH  ')).toBe('chieng sinh');
    expect(foldVietnamese('Ấp Ẩn Ắt Ặc Ừ Ữ Ợ Ỷ')).toBe('ap an at ac u u o y');
    expect(foldVietnamese('Tam\tĐường\n\u00a0Mường')).toBe('tam duong muong');
  });

  it('maps đ and Đ to d', () => {
    expect(foldVietnamese('Đông Hưng')).toBe('dong hung');
    expect(foldVietnamese('ĐẠI ĐỒNG đèo')).toBe('dai dong deo');
  });

  it('gives the same result for composed and decomposed input', () => {
    expect(foldVietnamese('Hòa'.normalize('NFD'))).toBe('hoa');
    expect(foldVietnamese('Nậm'.normalize('NFC'))).toBe(foldVietnamese('Nậm'.normalize('NFD')));
  });

  it('leaves plain ASCII and digits alone apart from case', () => {
    expect(foldVietnamese('Bản 12 - KHHGD')).toBe('ban 12 - khhgd');
    expect(foldVietnamese('')).toBe('');
    expect(foldVietnamese('   ')).toBe('');
  });
});

describe('searchMatches', () => {
  it('matches every word of the query anywhere, in any order', () => {
    expect(searchMatches('Phường Chiềng Sinh', 'sinh chieng')).toBe(true);
    expect(searchMatches('Phường Chiềng Sinh', 'chieng an')).toBe(false);
  });

  it('ignores accents and case on both sides', () => {
    expect(searchMatches('Xã Tô Múa', 'TÔ MUA')).toBe(true);
    expect(searchMatches('Xa To Mua', 'tô múa')).toBe(true);
    expect(searchMatches('Sở Y tế', 'so y te')).toBe(true);
    expect(searchMatches('Đông Sang', 'dong')).toBe(true);
  });

  it('matches parts of words', () => {
    expect(searchMatches('Chiềng Cơi', 'chien')).toBe(true);
    expect(searchMatches('Chiềng Cơi', 'coi chi')).toBe(true);
  });

  it('matches everything for an empty or blank query', () => {
    expect(searchMatches('Mường La', '')).toBe(true);
    expect(searchMatches('Mường La', '   ')).toBe(true);
  });

  it('needs every token, not just one', () => {
    expect(searchMatches('Mường La', 'muong bu')).toBe(false);
  });
});

describe('normaliseName', () => {
  it('trims and collapses whitespace', () => {
    expect(normaliseName('  Bản\u0020\u0020Mé ')).toBe('Bản Mé');
    expect(normaliseName('Sở\tY\u00a0tế\n')).toBe('Sở Y tế');
  });

  it('composes to NFC and keeps case and accents', () => {
    expect(normaliseName('Ho\u0300a')).toBe('Hòa');
    const nfd = 'Chiềng Sinh'.normalize('NFD');
    expect(normaliseName(nfd)).toBe('Chiềng Sinh'.normalize('NFC'));
    expect(normaliseName(nfd).length).toBe(11);
  });
});
