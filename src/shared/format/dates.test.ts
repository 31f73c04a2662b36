import { describe, expect, it } from 'vitest';
import {
  formatDateEn,
  formatDateTimeEn,
  formatDateTimeVi,
  formatDateVi,
  parseDateVi,
  todayInVietnam,
} from './index.ts';

describe('todayInVietnam', () => {
  it('rolls to the next day at 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2026-12-04T16:59:59Z'))).toBe('2026-12-04');
    expect(todayInVietnam(new Date('2026-12-04T17:00:00Z'))).toBe('2026-12-05');
    expect(todayInVietnam(new Date('2026-12-04T23:30:00Z'))).toBe('2026-12-05');
  });

  it('crosses month and year boundaries', () => {
    expect(todayInVietnam(new Date('2026-01-31T18:00:00Z'))).toBe('2026-02-01');
    expect(todayInVietnam(new Date('2028-02-28T20:00:00Z'))).toBe('2028-02-29');
    expect(todayInVietnam(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });

  it('works without an argument and refuses an invalid Date', () => {
    expect(todayInVietnam()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => todayInVietnam(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('formatDateVi', () => {
  it('writes an ISO day as dd/mm/yyyy without any time-zone shift', () => {
    expect(formatDateVi('2026-03-08')).toBe('08/03/2026');
    expect(formatDateVi('2026-12-31')).toBe('31/12/2026');
    expect(formatDateVi('2026-01-01')).toBe('01/01/2026');
  });

  it('shows an instant as the day it was in Vietnam', () => {
    expect(formatDateVi(new Date('2026-12-04T23:30:00Z'))).toBe('05/12/2026');
    expect(formatDateVi('2026-12-04T23:30:00Z')).toBe('05/12/2026');
    expect(formatDateVi(new Date('2026-12-31T17:00:00Z'))).toBe('01/01/2027');
    expect(formatDateVi(new Date('2026-03-08T16:59:00Z'))).toBe('08/03/2026');
  });

  it('gives an empty string for nothing or nonsense', () => {
    expect(formatDateVi(null)).toBe('');
    expect(formatDateVi(undefined)).toBe('');
    expect(formatDateVi('')).toBe('');
    expect(formatDateVi('nonsense')).toBe('');
    expect(formatDateVi('2026-13-45')).toBe('');
    expect(formatDateVi(new Date(Number.NaN))).toBe('');
  });
});

describe('formatDateTimeVi', () => {
  it('writes dd/mm/yyyy HH:mm in Vietnam time', () => {
    expect(formatDateTimeVi('2026-12-04T23:30:00Z')).toBe('05/12/2026 06:30');
    expect(formatDateTimeVi(new Date('2026-03-08T02:05:00Z'))).toBe('08/03/2026 09:05');
    expect(formatDateTimeVi('2026-03-08T09:05:00+07:00')).toBe('08/03/2026 09:05');
    expect(formatDateTimeVi(new Date('2026-12-31T16:59:00Z'))).toBe('31/12/2026 23:59');
    expect(formatDateTimeVi(new Date('2026-12-31T17:00:00Z'))).toBe('01/01/2027 00:00');
  });

  it('gives an empty string for nothing or nonsense', () => {
    expect(formatDateTimeVi(null)).toBe('');
    expect(formatDateTimeVi(undefined)).toBe('');
    expect(formatDateTimeVi('')).toBe('');
    expect(formatDateTimeVi('nonsense')).toBe('');
  });
});

describe('parseDateVi', () => {
  it('parses what people type', () => {
    expect(parseDateVi('05/12/2026')).toBe('2026-12-05');
    expect(parseDateVi('5/12/2026')).toBe('2026-12-05');
    expect(parseDateVi('5/3/2026')).toBe('2026-03-05');
    expect(parseDateVi('05-12-2026')).toBe('2026-12-05');
    expect(parseDateVi('05.12.2026')).toBe('2026-12-05');
    expect(parseDateVi(' 05/12/2026 ')).toBe('2026-12-05');
    expect(parseDateVi('2026-12-05')).toBe('2026-12-05');
    expect(parseDateVi('2026-3-5')).toBe('2026-03-05');
  });

  it('refuses days that do not exist', () => {
    expect(parseDateVi('31/02/2026')).toBeNull();
    expect(parseDateVi('29/02/2026')).toBeNull();
    expect(parseDateVi('29/02/2028')).toBe('2028-02-29');
    expect(parseDateVi('29/02/2100')).toBeNull(); // not a leap year
    expect(parseDateVi('29/02/2000')).toBe('2000-02-29');
    expect(parseDateVi('31/04/2026')).toBeNull();
    expect(parseDateVi('30/04/2026')).toBe('2026-04-30');
    expect(parseDateVi('31/12/2026')).toBe('2026-12-31');
    expect(parseDateVi('32/01/2026')).toBeNull();
    expect(parseDateVi('00/01/2026')).toBeNull();
    expect(parseDateVi('01/13/2026')).toBeNull();
    expect(parseDateVi('01/00/2026')).toBeNull();
    expect(parseDateVi('2026-02-30')).toBeNull();
    expect(parseDateVi('01/01/0050')).toBeNull();
  });

  it('refuses other shapes', () => {
    expect(parseDateVi('')).toBeNull();
    expect(parseDateVi('12/2026')).toBeNull();
    expect(parseDateVi('05/12/26')).toBeNull();
    expect(parseDateVi('05/12-2026')).toBeNull(); // mixed separators
    expect(parseDateVi('2026/12/05')).toBeNull();
    expect(parseDateVi('2026-12-05T10:00:00Z')).toBeNull();
    expect(parseDateVi('ngày 5 tháng 12')).toBeNull();
  });
});

describe('dates in English', () => {
  it('puts the day first and names the month', () => {
    expect(formatDateEn('2026-03-05')).toBe('5 Mar 2026');
    expect(formatDateTimeEn('2026-03-05T07:05:00Z')).toBe('5 Mar 2026, 14:05');
    expect(formatDateEn(null)).toBe('');
  });
});
