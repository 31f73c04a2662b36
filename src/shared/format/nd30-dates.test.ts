import { describe, expect, it } from 'vitest';
import { citedDate, nd30DateLong, nd30PlaceDate } from './nd30-dates.ts';

describe('Nghị định 30 dates', () => {
  it('zero-pads days below 10 and the months 1 and 2 only', () => {
    expect(nd30PlaceDate('Sơn La', '2026-01-05')).toBe('Sơn La, ngày 05 tháng 01 năm 2026');
    expect(nd30DateLong('2026-02-15')).toBe('ngày 15 tháng 02 năm 2026');
    expect(nd30DateLong('2026-03-08')).toBe('ngày 08 tháng 3 năm 2026');
    expect(nd30DateLong('2026-12-25')).toBe('ngày 25 tháng 12 năm 2026');
  });

  it('cites documents in the short form', () => {
    expect(citedDate('2020-04-28')).toBe('ngày 28/4/2020');
  });
});
