import { describe, expect, it } from 'vitest';
import { citedDate, nd30DateLong, nd30PlaceDate } from './index.ts';

// Phụ lục I, Nghị định 30/2020 (nd30-format-spec.json, header_block.dia_danh_thoi_gian):
// days below 10 and the months 1 and 2 are zero-padded; months 3–12 are not.
describe('Nghị định 30 dates', () => {
  it('writes the place-and-date line', () => {
    expect(nd30PlaceDate('Sơn La', '2026-01-05')).toBe('Sơn La, ngày 05 tháng 01 năm 2026');
    expect(nd30PlaceDate('Sơn La', '2026-03-15')).toBe('Sơn La, ngày 15 tháng 3 năm 2026');
    expect(nd30PlaceDate('Tam Đường', '2026-03-05')).toBe('Tam Đường, ngày 05 tháng 3 năm 2026');
  });

  it('zero-pads days below 10 and the months 1 and 2 only', () => {
    expect(nd30DateLong('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(nd30DateLong('2026-02-15')).toBe('ngày 15 tháng 02 năm 2026');
    expect(nd30DateLong('2026-03-08')).toBe('ngày 08 tháng 3 năm 2026');
    expect(nd30DateLong('2026-12-25')).toBe('ngày 25 tháng 12 năm 2026');
    expect(nd30DateLong('2026-10-01')).toBe('ngày 01 tháng 10 năm 2026');
    expect(nd30DateLong('2026-09-09')).toBe('ngày 09 tháng 9 năm 2026');
    expect(nd30DateLong('2026-11-10')).toBe('ngày 10 tháng 11 năm 2026');
  });

  it('covers every month', () => {
    const months = Array.from(
      { length: 12 },
      (_, i) => nd30DateLong(`2026-${String(i + 1).padStart(2, '0')}-20`).split(' ')[3],
    );
    expect(months).toEqual(['01', '02', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  });

  it('leaves day and month blank for a document not issued yet, in Vietnam’s year', () => {
    // 31 December 2026, 18:00 UTC is already 1 January 2027 in Vietnam.
    expect(nd30PlaceDate('Sơn La', null, new Date('2026-12-31T18:00:00Z'))).toBe(
      'Sơn La, ngày      tháng      năm 2027',
    );
    expect(nd30PlaceDate('Sơn La', undefined)).toMatch(/^Sơn La, ngày {6}tháng {6}năm \d{4}$/);
  });

  it('refuses a day that does not exist rather than print "NaN"', () => {
    expect(() => nd30DateLong('2026-02-30')).toThrow(RangeError);
    expect(() => nd30DateLong('nonsense')).toThrow(RangeError);
    expect(() => citedDate('2026-13-01')).toThrow(RangeError);
  });

  it('cites documents in the short form', () => {
    expect(citedDate('2020-04-28')).toBe('ngày 28/4/2020');
    expect(citedDate('2020-03-05')).toBe('ngày 5/3/2020');
  });
});
