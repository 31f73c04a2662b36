import { describe, expect, it } from 'vitest';
import { midSentence } from './sentence-case.ts';

describe('midSentence', () => {
  it('lowers a common noun that opens a quoted title', () => {
    expect(midSentence('Triển khai các hoạt động can thiệp trên địa bàn tỉnh Sơn La')).toBe(
      'triển khai các hoạt động can thiệp trên địa bàn tỉnh Sơn La',
    );
    expect(midSentence('Kế hoạch triển khai năm 2026')).toBe('kế hoạch triển khai năm 2026');
  });
  it('keeps proper nouns and acronyms as written', () => {
    expect(midSentence('Sơn La phấn đấu giảm tỷ số giới tính khi sinh')).toBe(
      'Sơn La phấn đấu giảm tỷ số giới tính khi sinh',
    );
    expect(midSentence('UBND tỉnh giao chỉ tiêu')).toBe('UBND tỉnh giao chỉ tiêu');
    expect(midSentence('Ủy ban nhân dân tỉnh Sơn La')).toBe('Ủy ban nhân dân tỉnh Sơn La');
    expect(midSentence('Sở Y tế')).toBe('Sở Y tế');
  });
});
