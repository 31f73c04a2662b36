import { describe, expect, it } from 'vitest';
import { appRoutes, hasVietnamese, vietnameseLeft } from './english-walk.ts';

describe('what the English walk counts as Vietnamese', () => {
  const data = ['Trạm Y tế phường Tô Hiệu', 'Sơn La', 'bản'].sort((a, b) => b.length - a.length);

  it('sees Vietnamese letters, not English ones', () => {
    expect(hasVietnamese('Kinh phí')).toBe(true);
    expect(hasVietnamese('đ')).toBe(true);
    expect(hasVietnamese('Budget 87.5%')).toBe(false);
  });

  it('lets data through and catches a label beside it', () => {
    expect(vietnameseLeft('Report Year 2026 — Trạm Y tế phường Tô Hiệu', data)).toBe(false);
    expect(vietnameseLeft('15,000 bản', data)).toBe(false);
    expect(vietnameseLeft('Báo cáo — Trạm Y tế phường Tô Hiệu', data)).toBe(true);
    expect(vietnameseLeft('Bảng điều hành', data)).toBe(true); // "bản" is not a word of it
  });

  it('reads the routes of the router, without the catch-all', () => {
    const src =
      '<Route path="/" element={<A />} />\n<Route path="/plans/:id" element={<B />} />\n<Route path="*" />';
    expect(appRoutes(src)).toEqual(['/', '/plans/:id']);
  });
});
