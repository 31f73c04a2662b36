import { describe, expect, it } from 'vitest';
import { commitmentRequired, commitmentState, coverageOf } from './commitment-state.ts';
import { fineRange, fineWarnings } from './fine-range.ts';
import { type PriorityInput, rankForInspection } from './inspection-priority.ts';

const clinic = { services: ['ultrasound'] as const, status: 'active' as const };

describe('commitments', () => {
  it('are due from active facilities offering ultrasound or abortion only', () => {
    expect(commitmentRequired(clinic)).toBe(true);
    expect(commitmentRequired({ services: ['abortion', 'obstetrics'], status: 'active' })).toBe(true);
    expect(commitmentRequired({ services: ['obstetrics'], status: 'active' })).toBe(false);
    expect(commitmentRequired({ services: ['ultrasound'], status: 'closed' })).toBe(false);
  });

  it('hold from the day of signing to the last day of validity, unless revoked', () => {
    const c = { signedOn: '2025-03-01', validUntil: '2026-02-28', revoked: false };
    expect(commitmentState(clinic, [c], '2025-02-28')).toBe('missing');
    expect(commitmentState(clinic, [c], '2025-03-01')).toBe('valid');
    expect(commitmentState(clinic, [c], '2026-02-28')).toBe('valid');
    expect(commitmentState(clinic, [c], '2026-03-01')).toBe('lapsed');
    expect(commitmentState(clinic, [{ ...c, revoked: true }], '2025-06-01')).toBe('lapsed');
    expect(
      commitmentState(
        clinic,
        [c, { signedOn: '2026-03-01', validUntil: null, revoked: false }],
        '2026-03-01',
      ),
    ).toBe('valid');
    expect(commitmentState({ services: [], status: 'active' }, [], '2026-01-01')).toBe('not_required');
  });

  it('cover the required signers only, counting lapsed ones as not covered', () => {
    const cov = coverageOf([
      { required: true, state: 'valid' },
      { required: true, state: 'valid' },
      { required: true, state: 'lapsed' },
      { required: true, state: 'missing' },
      { required: false, state: 'not_required' },
      { required: false, state: 'valid' },
    ]);
    expect(cov).toEqual({ required: 4, valid: 2, lapsed: 1, missing: 1, rate: 0.5 });
    expect(coverageOf([]).rate).toBeNull();
  });
});

describe('fines', () => {
  const art98k2 = { code: 'Điều 98 khoản 2', fineMin: 5_000_000, fineMax: 10_000_000, verified: true };

  it('doubles the range for organisations', () => {
    expect(fineRange(art98k2, 'individual')).toEqual({ min: 5_000_000, max: 10_000_000 });
    expect(fineRange(art98k2, 'organisation')).toEqual({ min: 10_000_000, max: 20_000_000 });
  });

  it('warns, in Vietnamese with the amounts, when a fine is outside the range', () => {
    expect(fineWarnings(art98k2, 'individual', 7_500_000)).toEqual([]);
    expect(fineWarnings(art98k2, 'individual', 12_000_000)).toEqual([
      'Mức phạt 12.000.000 đồng cao hơn mức tối đa 10.000.000 đồng của Điều 98 khoản 2 đối với cá nhân.',
    ]);
    expect(fineWarnings(art98k2, 'organisation', 12_000_000)).toEqual([]);
    expect(fineWarnings(art98k2, 'organisation', 8_000_000)[0]).toContain(
      'thấp hơn mức tối thiểu 10.000.000 đồng của Điều 98 khoản 2 đối với tổ chức (gấp đôi mức cá nhân)',
    );
    const unverified = { ...art98k2, verified: false };
    expect(fineWarnings(unverified, 'individual', 1)).toHaveLength(2);
    expect(fineWarnings(null, 'individual', 1)).toEqual([]);
  });

  it('says the same in English for the English pages', () => {
    expect(fineWarnings(art98k2, 'individual', 12_000_000, 'en')).toEqual([
      'The fine of 12,000,000 VND is above the maximum of 10,000,000 VND in Điều 98 khoản 2 for an individual.',
    ]);
    expect(fineWarnings({ ...art98k2, verified: false }, 'organisation', 1, 'en')[1]).toContain(
      'not yet checked',
    );
  });
});

describe('where to inspect next', () => {
  const base: PriorityInput = {
    facilityId: 'x',
    provinceCode: '14',
    name: 'Phòng khám A',
    kind: 'health_facility',
    adminUnitName: 'Phường Tô Hiệu',
    services: [],
    commitment: 'valid',
    pImbalanced: null,
    lastInspectedOn: '2026-06-01',
    violations: 0,
    openViolations: 0,
  };

  it('ranks by score and explains every point', () => {
    const ranked = rankForInspection(
      [
        { ...base, facilityId: 'quiet', name: 'Nhà thuốc Bình An', kind: 'pharmacy' },
        {
          ...base,
          facilityId: 'risky',
          name: 'Phòng khám Đa khoa Hồng Đức',
          services: ['ultrasound', 'abortion'],
          commitment: 'missing',
          pImbalanced: 0.9,
          lastInspectedOn: null,
          violations: 1,
          openViolations: 1,
        },
        {
          ...base,
          facilityId: 'old',
          name: 'Phòng khám Sản Minh Tâm',
          services: ['ultrasound'],
          lastInspectedOn: '2024-01-10',
        },
      ],
      '2026-11-23',
    );
    expect(ranked.map((r) => r.facilityId)).toEqual(['risky', 'old', 'quiet']);
    expect(ranked[0].reasons).toEqual([
      {
        label: 'Xã, phường có khả năng mất cân bằng giới tính khi sinh 90%',
        labelEn: 'The commune is 90% likely imbalanced in sex ratio at birth',
        points: 36,
      },
      { label: 'Chưa ký cam kết', labelEn: 'No commitment signed', points: 25 },
      { label: 'Chưa từng được kiểm tra', labelEn: 'Never inspected', points: 20 },
      { label: 'Đã có 1 vi phạm', labelEn: '1 past violation', points: 8 },
      { label: '1 vi phạm chưa xử lý xong', labelEn: '1 violation not fully handled', points: 10 },
      { label: 'Cung cấp dịch vụ: siêu âm, phá thai', labelEn: 'Provides: ultrasound, abortion', points: 20 },
    ]);
    expect(ranked[0].score).toBe(119);
    expect(ranked[1].reasons[0]).toEqual({
      label: 'Lần kiểm tra gần nhất cách đây 34 tháng',
      labelEn: 'Last inspected 34 months ago',
      points: 15,
    });
    expect(ranked[2].score).toBe(3);
  });

  it('orders equal scores alphabetically in Vietnamese', () => {
    const ranked = rankForInspection(
      [
        { ...base, facilityId: '2', name: 'Đông Y Bảo Long' },
        { ...base, facilityId: '1', name: 'Dược Hà Nội' },
      ],
      '2026-11-23',
    );
    expect(ranked.map((r) => r.name)).toEqual(['Dược Hà Nội', 'Đông Y Bảo Long']);
  });
});
