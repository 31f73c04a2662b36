import { formatNumberVi } from './format/numbers.ts';

// Numbers typed into files, read strictly in one place for every importer. JavaScript's Number()
// takes "0x10" as 16, "1e3" as 1000 and " " as 0, and stripping dots to read "1.500" turned
// "12.5" into 125: none of that is allowed here.
//   Counts: digits only, optionally grouped by thousands with a dot or a space ("1.500", "1 500").
//   Measures (days, quantities): a decimal part, with ONE convention per file — Vietnamese
//   ("1.500,5": dot groups, comma decimal) or plain ("1500.5") — chosen from the file's own cells.

export type Parsed = { value: number; error?: undefined } | { value?: undefined; error: string };

const GROUPED = /^\d{1,3}(?:[. ]\d{3})+$/;

/** A non-negative integer up to `max`; the error says what was wrong, in Vietnamese. */
export function parseCount(text: string, max: number): Parsed {
  const t = text.trim().replace(/\u00a0/g, ' ');
  if (!/^\d+$/.test(t) && !GROUPED.test(t))
    return { error: `"${text}" phải là số nguyên không âm, chỉ gồm chữ số.` };
  const value = Number(t.replace(/[. ]/g, ''));
  if (value > max) return { error: `"${text}" lớn hơn mức tối đa ${formatNumberVi(max)}.` };
  return { value };
}

export type DecimalStyle = 'vi' | 'plain';

/**
 * The file's decimal convention, from its measure cells: a comma followed by digits is
 * Vietnamese; a dot followed by other than exactly three digits ("12.5") is plain. Both in one
 * file: an error naming an example of each. Neither: Vietnamese ("1.500" is then 1500).
 */
export function decimalStyle(cells: string[]): { style: DecimalStyle; error?: string } {
  const vi = cells.find((c) => /^\d[\d. ]*,\d+$/.test(c.trim()));
  const plain = cells.find(
    (c) => /^\d+\.(\d{1,2}|\d{4,})$/.test(c.trim()) || /^\d+,\d{3}\.\d+$/.test(c.trim()),
  );
  if (vi && plain)
    return {
      style: 'vi',
      error: `tệp dùng cả dấu phẩy thập phân ("${vi}") và dấu chấm thập phân ("${plain}"); hãy dùng một cách viết cho cả tệp.`,
    };
  return { style: plain ? 'plain' : 'vi' };
}

/** A non-negative decimal up to `max`, read with the file's convention. */
export function parseMeasure(text: string, style: DecimalStyle, max: number): Parsed {
  const t = text.trim().replace(/\u00a0/g, ' ');
  const ok = style === 'vi' ? /^(?:\d+|\d{1,3}(?:[. ]\d{3})+)(?:,\d+)?$/.test(t) : /^\d+(?:\.\d+)?$/.test(t);
  if (!ok)
    return {
      error: `"${text}" không phải số không âm (${style === 'vi' ? 'viết kiểu Việt Nam: 1.500,5' : 'viết 1500.5'}).`,
    };
  const value = Number(style === 'vi' ? t.replace(/[. ]/g, '').replace(',', '.') : t);
  if (value > max) return { error: `"${text}" lớn hơn mức tối đa ${formatNumberVi(max)}.` };
  return { value };
}
