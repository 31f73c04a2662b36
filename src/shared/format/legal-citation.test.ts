import { describe, expect, it } from 'vitest';
import { legalCitation, sentenceCase } from './legal-citation.ts';

describe('legal citations as provinces write them', () => {
  it('cites a law by its name first, then number and date, without "của Quốc hội"', () => {
    expect(
      legalCitation({
        kind: 'Luật',
        number: '73/2006/QH11',
        date: '2006-11-29',
        issuer: 'Quốc hội',
        title: 'Bình đẳng giới',
      }),
    ).toBe('Luật Bình đẳng giới số 73/2006/QH11 ngày 29/11/2006');
  });
  it('cites a plan with its issuer in normal case and "về việc" + subject in sentence case', () => {
    expect(
      legalCitation({
        kind: 'Kế hoạch',
        number: '246/KH-SYT',
        date: '2026-03-05',
        issuer: 'SỞ Y TẾ',
        title: 'Triển khai các hoạt động can thiệp giảm thiểu mất cân bằng giới tính khi sinh',
      }),
    ).toBe(
      'Kế hoạch số 246/KH-SYT ngày 5/3/2026 của Sở y tế về việc triển khai các hoạt động can thiệp giảm thiểu mất cân bằng giới tính khi sinh',
    );
  });
  it('keeps a title that already says "về …" and does not repeat the kind', () => {
    expect(
      legalCitation({ kind: 'Quyết định', number: '855/QĐ-UBND', title: 'về ban hành Kế hoạch hành động' }),
    ).toBe('Quyết định số 855/QĐ-UBND về ban hành Kế hoạch hành động');
    expect(
      legalCitation({ kind: 'Kế hoạch', number: '214/KH-BCĐ', title: 'Kế hoạch thực hiện công tác' }),
    ).toBe('Kế hoạch số 214/KH-BCĐ về việc thực hiện công tác');
  });
  it('lowers titles in capitals, keeps abbreviations', () => {
    expect(sentenceCase('TRIỂN KHAI CÔNG TÁC DÂN SỐ')).toBe('triển khai công tác dân số');
    expect(sentenceCase('KHHGĐ năm 2020')).toBe('KHHGĐ năm 2020');
    expect(sentenceCase('Hoạt động công tác Dân số')).toBe('hoạt động công tác Dân số');
  });
});
