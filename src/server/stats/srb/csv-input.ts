import { parse } from 'csv-parse/sync';
import { AppError, type ErrorIssue } from '../../../shared/errors.ts';
import type { SrbInputRow } from './estimate.ts';

const REQUIRED = ['area_code', 'year', 'boys', 'girls'];
const OPTIONAL = ['parent_code', 'birth_order'];

/**
 * Reads `area_code,year,boys,girls[,parent_code][,birth_order]`. Every problem names its line
 * (the header is line 1); nothing is estimated from a file with errors.
 */
export function parseSrbCsv(text: string): SrbInputRow[] {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (err) {
    throw new AppError('VALIDATION', { detail: `Tệp CSV không đọc được: ${(err as Error).message}` });
  }
  if (!records.length) throw new AppError('VALIDATION', { detail: 'Tệp CSV trống.' });
  const header = records[0].map((h) => h.toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length)
    throw new AppError('VALIDATION', {
      detail: `Dòng 1: thiếu cột ${missing.join(', ')} (cần ${REQUIRED.join(',')}).`,
    });
  const unknown = header.filter((h) => !REQUIRED.includes(h) && !OPTIONAL.includes(h));
  if (unknown.length)
    throw new AppError('VALIDATION', { detail: `Dòng 1: cột không hỗ trợ: ${unknown.join(', ')}.` });
  const col = (name: string) => header.indexOf(name);
  const issues: ErrorIssue[] = [];
  const rows: SrbInputRow[] = [];
  const seen = new Map<string, number>();
  records.slice(1).forEach((r, i) => {
    const line = i + 2;
    const bad = (field: string, message: string) =>
      issues.push({ path: ['line', line, field], message: `Dòng ${line}: ${message}` });
    const code = r[col('area_code')];
    if (!code) bad('area_code', 'thiếu area_code.');
    const int = (field: string, min: number, max: number) => {
      const v = r[col(field)];
      if (!/^\d+$/.test(v ?? '') || Number(v) < min || Number(v) > max) {
        bad(field, `${field} phải là số nguyên từ ${min} đến ${max} (đang là "${v ?? ''}").`);
        return 0;
      }
      return Number(v);
    };
    const year = int('year', 1950, 2100);
    const boys = int('boys', 0, 10_000_000);
    const girls = int('girls', 0, 10_000_000);
    const order = col('birth_order') >= 0 ? r[col('birth_order')] || null : null;
    const key = `${code}|${year}|${order ?? ''}`;
    if (seen.has(key))
      bad('area_code', `trùng với dòng ${seen.get(key)} (cùng khu vực, năm${order ? ', lần sinh' : ''}).`);
    seen.set(key, line);
    rows.push({
      areaCode: code,
      parentCode: col('parent_code') >= 0 ? r[col('parent_code')] || null : null,
      year,
      boys,
      girls,
      birthOrder: order,
    });
  });
  if (issues.length)
    throw new AppError('VALIDATION', {
      detail: `${issues[0].message}${issues.length > 1 ? ` (và ${issues.length - 1} lỗi khác)` : ''}`,
      issues,
    });
  return rows;
}
