import { describe, expect, it } from 'vitest';
import { compareVi, sortVi, vnSortKey } from './index.ts';

const byKey = (words: string[]) => [...words].sort((a, b) => (vnSortKey(a) < vnSortKey(b) ? -1 : 1));

describe('Vietnamese alphabetical order', () => {
  it('orders the letters a ă â b c d đ …', () => {
    expect(sortVi(['Đông', 'Dương', 'Ân', 'An', 'Ăn', 'Bắc', 'Ba'])).toEqual([
      'An',
      'Ăn',
      'Ân',
      'Ba',
      'Bắc',
      'Dương',
      'Đông',
    ]);
  });

  it('follows the whole alphabet, with f j w z in their Latin places', () => {
    const alphabet = 'a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ');
    const shuffled = [...alphabet].reverse();
    expect(sortVi(shuffled)).toEqual(alphabet);
    expect(sortVi(['o', 'ơ', 'ô'])).toEqual(['o', 'ô', 'ơ']);
    expect(sortVi(['ê', 'f', 'e'])).toEqual(['e', 'ê', 'f']);
  });

  it('compares letters first and tones only to break ties', () => {
    expect(sortVi(['Chiếng', 'Chiềng', 'Chiêng'])).toEqual(['Chiêng', 'Chiềng', 'Chiếng']);
    // 'bá' has a tone but fewer letters win first: 'ba' < 'bá' < 'bac'.
    expect(sortVi(['bac', 'bá', 'ba'])).toEqual(['ba', 'bá', 'bac']);
    // ư is a letter after u, whatever the tones.
    expect(sortVi(['Mường', 'Mai', 'Muội'])).toEqual(['Mai', 'Muội', 'Mường']);
  });

  it('orders tones ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    const tones = ['ma', 'mà', 'mả', 'mã', 'má', 'mạ'];
    expect(sortVi([...tones].reverse())).toEqual(tones);
    expect(sortVi(['ậy', 'ấy', 'ẫy', 'ẩy', 'ầy', 'ây'])).toEqual(['ây', 'ầy', 'ẩy', 'ẫy', 'ấy', 'ậy']);
  });

  it('compares tones from left to right when the letters are equal', () => {
    expect(compareVi('Bà Ba', 'Ba Bà')).toBeGreaterThan(0);
    expect(compareVi('Ba Bà', 'Ba Bá')).toBeLessThan(0);
  });

  it('treats đ as its own letter after d', () => {
    expect(sortVi(['đa', 'dz', 'e'])).toEqual(['dz', 'đa', 'e']);
    expect(compareVi('Đ', 'đ')).toBe(0);
  });

  it('ignores case', () => {
    expect(compareVi('Tô Hiệu', 'tô hiệu')).toBe(0);
    expect(compareVi('TÔ HIỆU', 'tô hiệu')).toBe(0);
    expect(sortVi(['b', 'A', 'a', 'B'])).toEqual(['A', 'a', 'b', 'B']); // stable for equal keys
  });

  it('sorts a name before its longer continuations', () => {
    expect(compareVi('An', 'An Khê')).toBeLessThan(0);
    expect(sortVi(['Anh', 'An Khê', 'An'])).toEqual(['An', 'An Khê', 'Anh']);
  });

  it('puts digits before letters and compares numbers by value', () => {
    expect(sortVi(['Bản 10', 'Bản 2', 'Bản 1'])).toEqual(['Bản 1', 'Bản 2', 'Bản 10']);
    expect(sortVi(['Tổ A', 'Tổ 3'])).toEqual(['Tổ 3', 'Tổ A']);
    expect(sortVi(['Quận 100', 'Quận 99', 'Quận 9'])).toEqual(['Quận 9', 'Quận 99', 'Quận 100']);
    expect(sortVi(['2b', '10a', '2a'])).toEqual(['2a', '2b', '10a']);
  });

  it('reads leading zeros as the same number', () => {
    expect(compareVi('Bản 02', 'Bản 3')).toBeLessThan(0);
    expect(vnSortKey('Bản 007').split(' ')[0]).toBe(vnSortKey('Bản 7').split(' ')[0]);
  });

  it('keeps numbers longer than six digits in value order, still before letters', () => {
    expect(byKey(['x 1000000', 'x 999999', 'x 12345678', 'x 2000000', 'x a'])).toEqual([
      'x 999999',
      'x 1000000',
      'x 2000000',
      'x 12345678',
      'x a',
    ]);
  });

  it('ignores extra whitespace and Unicode normalisation form', () => {
    expect(vnSortKey('  Chiềng   Sinh ')).toBe(vnSortKey('Chiềng Sinh'));
    expect(vnSortKey('Chiềng Sinh'.normalize('NFD'))).toBe(vnSortKey('Chiềng Sinh'.normalize('NFC')));
  });

  it('makes a printable ASCII key, safe in any collation', () => {
    for (const s of ['Phường Chiềng Sinh – Đông 12', 'Chi cục Dân số - KHHGĐ', '東京 😀', 'Ủy ban (UBND)'])
      expect(vnSortKey(s)).toMatch(/^[\x20-\x7e]+$/);
  });

  it('gives byte-order keys: plain < on keys sorts like compareVi', () => {
    const names = [
      'Mường La',
      'Mộc Châu',
      'Mai Sơn',
      'Bắc Yên',
      'Sông Mã',
      'Sốp Cộp',
      'Quỳnh Nhai',
      'Yên Châu',
    ];
    expect(byKey(names)).toEqual(sortVi(names));
    expect(sortVi(names)).toEqual([
      'Bắc Yên',
      'Mai Sơn',
      'Mộc Châu',
      'Mường La',
      'Quỳnh Nhai',
      'Sông Mã',
      'Sốp Cộp',
      'Yên Châu',
    ]);
  });

  it('keeps the key layout stored in sort_key columns', () => {
    // Changing this needs a migration that recomputes every stored key.
    expect(vnSortKey('Bản 2')).toBe('EBS!000002 02000');
    expect(vnSortKey('Đà')).toBe('HB 01');
    expect(vnSortKey('Mường La')).toBe('R]VSL!QB 00100000');
  });
});

describe('sortVi', () => {
  it('returns a new array and leaves the input alone', () => {
    const input = ['b', 'a'];
    const out = sortVi(input);
    expect(out).toEqual(['a', 'b']);
    expect(input).toEqual(['b', 'a']);
    expect(out).not.toBe(input);
  });

  it('sorts objects by a key', () => {
    const units = [{ name: 'Đông Sang' }, { name: 'Chiềng Sinh' }, { name: 'Bản 10' }, { name: 'Bản 9' }];
    expect(sortVi(units, (u) => u.name).map((u) => u.name)).toEqual([
      'Bản 9',
      'Bản 10',
      'Chiềng Sinh',
      'Đông Sang',
    ]);
  });

  it('handles empty input', () => {
    expect(sortVi([])).toEqual([]);
    expect(compareVi('', '')).toBe(0);
    expect(compareVi('', 'a')).toBeLessThan(0);
  });
});
