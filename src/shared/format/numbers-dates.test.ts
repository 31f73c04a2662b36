import { describe, expect, it } from 'vitest';
import { formatDateTimeVi, formatDateVi, parseDateVi, todayInVietnam } from './dates.ts';
import { formatNumberVi, formatVnd, parseVnd } from './numbers.ts';

describe('numbers', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatVnd(23_500_000)).toBe('23.500.000 đồng');
    expect(formatNumberVi(105.34, 1)).toBe('105,3');
    expect(formatNumberVi(-1234)).toBe('-1.234');
    expect(formatNumberVi(999)).toBe('999');
  });

  it('parses amounts as officials type them', () => {
    for (const s of ['23.500.000', '23.500.000 đồng', '23 500 000', '23500000', ' 23.500.000đ '])
      expect(parseVnd(s)).toBe(23_500_000);
    expect(parseVnd('hai mươi')).toBeNull();
    expect(parseVnd('')).toBeNull();
  });
});

describe('dates in Vietnam time', () => {
  it('rolls to the next day at 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2026-12-04T16:59:59Z'))).toBe('2026-12-04');
    expect(todayInVietnam(new Date('2026-12-04T17:00:00Z'))).toBe('2026-12-05');
    expect(formatDateTimeVi('2026-12-04T23:30:00Z')).toBe('05/12/2026 06:30');
  });

  it('writes dd/mm/yyyy and never shifts a calendar day', () => {
    expect(formatDateVi('2026-03-08')).toBe('08/03/2026');
    expect(formatDateVi(null)).toBe('');
  });

  it('parses what people type and refuses impossible days', () => {
    expect(parseDateVi('5/12/2026')).toBe('2026-12-05');
    expect(parseDateVi('05-12-2026')).toBe('2026-12-05');
    expect(parseDateVi('2026-12-05')).toBe('2026-12-05');
    expect(parseDateVi('31/02/2026')).toBeNull();
    expect(parseDateVi('29/02/2028')).toBe('2028-02-29');
    expect(parseDateVi('12/2026')).toBeNull();
  });
});
