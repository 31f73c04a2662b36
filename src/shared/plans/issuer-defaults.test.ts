import { describe, expect, it } from 'vitest';
import { defaultSections, defaultSignature, issuerKindOf, sectionsOf } from './issuer-defaults.ts';

describe('issuer defaults', () => {
  it('guesses the issuer kind of older plans from the issuer’s name', () => {
    expect(issuerKindOf({ issuerName: 'ỦY BAN NHÂN DÂN TỈNH SƠN LA' })).toBe('ubnd_province');
    expect(issuerKindOf({ issuerName: 'UBND phường Tô Hiệu' })).toBe('ubnd_commune');
    expect(issuerKindOf({ issuerName: 'SỞ Y TẾ' })).toBe('department');
    expect(issuerKindOf({ issuerName: 'BAN CHỈ ĐẠO CÔNG TÁC DÂN SỐ' })).toBe('steering_committee');
    expect(issuerKindOf({ issuerName: 'Trạm Y tế phường Chiềng Sinh' })).toBe('health_station');
    expect(issuerKindOf({ issuerName: 'SỞ Y TẾ', issuerKind: 'other' })).toBe('other');
  });

  it('gives a people’s committee its own headings and signature block', () => {
    expect(defaultSections('ubnd_province').map((s) => s.title)).toContain('Nhiệm vụ trọng tâm');
    expect(defaultSections('department').map((s) => s.title)).toContain('Nội dung các hoạt động');
    expect(defaultSignature('ubnd_province')).toEqual({
      authority: 'TM.',
      authorityOf: 'Ủy ban nhân dân',
      positionLines: ['KT. Chủ tịch', 'Phó Chủ tịch'],
    });
    expect(defaultSignature('department').authority).toBe('KT.');
  });

  it('keeps a plan’s own headings and order, adding any part it leaves out', () => {
    const sections = sectionsOf({
      issuerName: 'SỞ Y TẾ',
      sections: [
        { key: 'activities', title: 'Nhiệm vụ' },
        { key: 'objectives', title: 'Mục tiêu, chỉ tiêu' },
      ],
    });
    expect(sections.slice(0, 2).map((s) => s.title)).toEqual(['Nhiệm vụ', 'Mục tiêu, chỉ tiêu']);
    expect(sections.map((s) => s.key).sort()).toEqual(
      ['activities', 'funding', 'objectives', 'purposes', 'reporting', 'responsibilities', 'review'].sort(),
    );
  });
});
