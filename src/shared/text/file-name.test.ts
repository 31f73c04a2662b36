import { describe, expect, it } from 'vitest';
import { asciiFileNamePart } from './file-name.ts';

describe('asciiFileNamePart', () => {
  it('keeps the words as written, without marks', () => {
    expect(asciiFileNamePart('Sơn La')).toBe('Son-La');
    expect(asciiFileNamePart('Điện Biên Phủ')).toBe('Dien-Bien-Phu');
    expect(asciiFileNamePart(' Hòa Bình / "x" ')).toBe('Hoa-Binh-x');
  });
});
