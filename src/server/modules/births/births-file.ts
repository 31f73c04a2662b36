import { AppError, type ErrorIssue } from '../../../shared/errors.ts';
import { formatNumberVi, parseDateVi, todayInVietnam } from '../../../shared/format/index.ts';
import { parseCount } from '../../../shared/parse-number.ts';
import { foldVietnamese } from '../../../shared/text/index.ts';

// Birth files, CSV or XLSX, in one of two forms (told apart by their columns):
//   counts:  commune_code, year, [month], [birth_order], boys, girls
//   records: commune_code, date_of_birth, sex, [birth_order], [village], [mother_birth_year], [place_of_delivery]
// Records are de-identified: a column that looks like a name or an identity number is refused,
// so such data never enter the system. Every problem names its line (the header is line 1).

/** A commune's births in one row (a year of the largest commune is a few thousand). */
export const MAX_BIRTHS_PER_ROW = 100_000;
/** Births of one file: far above a province's decades, well inside a 32-bit integer. */
export const MAX_BIRTHS_PER_FILE = 100_000_000;

export type BirthOrder = '1' | '2' | '3+' | 'unknown';

export interface BirthEntry {
  line: number;
  code: string;
  /** The day the unit must have existed on (to resolve reused and pre-2025 codes). */
  day: string;
  year: number;
  month: number | null;
  order: BirthOrder;
  boys: number;
  girls: number;
}

export interface ParsedBirthFile {
  kind: 'records' | 'counts';
  entries: BirthEntry[];
  rowCount: number;
  /**
   * Records files only: groups of lines that are identical. They are kept (twins born the same
   * day in one commune look exactly alike once de-identified) and flagged to the importer.
   */
  identicalLines: number[][];
}

const IDENTIFYING =
  /(^|_)(ten|name|ho_?ten|ho_va_ten|cmnd|cccd|dinh_danh|so_id|id_number|passport|ho_chieu|phone|dien_thoai|sdt|dia_chi|address|ma_bhyt)(_|$)/;
const COUNT_COLUMNS = ['commune_code', 'year', 'month', 'birth_order', 'boys', 'girls'];
const RECORD_COLUMNS = [
  'commune_code',
  'date_of_birth',
  'sex',
  'birth_order',
  'village',
  'mother_birth_year',
  'place_of_delivery',
];

function birthOrder(v: string): BirthOrder | null {
  const t = v.trim();
  if (t === '') return 'unknown';
  if (t === '1' || t === '2') return t;
  if (/^(3\+|[3-9]|\d{2})$/.test(t)) return '3+';
  return null;
}

function sex(v: string): 'boy' | 'girl' | null {
  const t = foldVietnamese(v);
  if (['nam', 'trai', 'm', 'male', '1', 'be trai'].includes(t)) return 'boy';
  if (['nu', 'gai', 'f', 'female', '2', 'be gai'].includes(t)) return 'girl';
  return null;
}

export function parseBirthTable(table: string[][]): ParsedBirthFile {
  if (table.length < 2)
    throw new AppError('VALIDATION', { detail: 'Tệp không có dòng số liệu nào (dòng 1 là tiêu đề).' });
  const header = table[0].map((h) => foldVietnamese(h).replace(/\s+/g, '_'));
  const identifying = header.filter((h) => IDENTIFYING.test(h));
  if (identifying.length) {
    throw new AppError('VALIDATION', {
      detail: `Dòng 1: tệp có cột có thể định danh người (${identifying.join(', ')}). Cân Bằng chỉ nhận số liệu đã bỏ tên và số giấy tờ; hãy xóa các cột này rồi nhập lại.`,
    });
  }
  const kind =
    header.includes('boys') || header.includes('girls')
      ? 'counts'
      : header.includes('sex')
        ? 'records'
        : null;
  if (!kind) {
    throw new AppError('VALIDATION', {
      detail:
        'Dòng 1: không nhận ra dạng tệp. Số liệu tổng hợp cần các cột commune_code, year, boys, girls; số liệu từng trẻ cần commune_code, date_of_birth, sex.',
    });
  }
  const allowed = kind === 'counts' ? COUNT_COLUMNS : RECORD_COLUMNS;
  const unknown = header.filter((h) => !allowed.includes(h));
  if (unknown.length)
    throw new AppError('VALIDATION', { detail: `Dòng 1: cột không hỗ trợ: ${unknown.join(', ')}.` });
  const required =
    kind === 'counts' ? ['commune_code', 'year', 'boys', 'girls'] : ['commune_code', 'date_of_birth', 'sex'];
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length)
    throw new AppError('VALIDATION', { detail: `Dòng 1: thiếu cột ${missing.join(', ')}.` });

  const get = (row: string[], name: string) =>
    header.includes(name) ? (row[header.indexOf(name)] ?? '').trim() : '';
  const issues: ErrorIssue[] = [];
  const entries: BirthEntry[] = [];
  const today = todayInVietnam();
  const [thisYear, thisMonth] = today.split('-').map(Number);
  table.slice(1).forEach((row, i) => {
    const line = i + 2;
    const bad = (field: string, message: string) =>
      issues.push({ path: ['line', line, field], message: `Dòng ${line}, cột ${field}: ${message}` });
    const code = get(row, 'commune_code').replace(/^'/, '');
    if (!/^\d{5}$/.test(code)) bad('commune_code', `mã xã phải gồm 5 chữ số (đang là "${code}").`);
    const order = birthOrder(get(row, 'birth_order'));
    if (!order) bad('birth_order', `lần sinh phải là 1, 2 hoặc 3+ (đang là "${get(row, 'birth_order')}").`);
    if (kind === 'counts') {
      // Strict digits (no "0x10", "1e3", "12.5"), each within its field's limit (births-file limits).
      const count = (field: string, max: number) => {
        const r = parseCount(get(row, field), max);
        if (r.error) bad(field, r.error);
        return r.value ?? 0;
      };
      const year = count('year', 2100);
      const monthText = get(row, 'month');
      const month = monthText === '' ? null : count('month', 12);
      const boys = count('boys', MAX_BIRTHS_PER_ROW);
      const girls = count('girls', MAX_BIRTHS_PER_ROW);
      if (year < 1990) bad('year', `năm không hợp lệ ("${get(row, 'year')}").`);
      if (month !== null && month < 1) bad('month', `tháng phải từ 1 đến 12 ("${monthText}").`);
      // Births cannot be counted for a month (or a year) not yet come.
      if (year > thisYear || (year === thisYear && month !== null && month > thisMonth))
        bad(
          year > thisYear ? 'year' : 'month',
          `${month === null ? `năm ${year}` : `tháng ${month}/${year}`} chưa đến.`,
        );
      const day = `${year}-${String(month ?? 6).padStart(2, '0')}-15`;
      entries.push({ line, code, day, year, month, order: order ?? 'unknown', boys, girls });
    } else {
      const date = parseDateVi(get(row, 'date_of_birth'));
      if (!date)
        bad('date_of_birth', `ngày sinh không hợp lệ ("${get(row, 'date_of_birth')}"), cần dd/mm/yyyy.`);
      else if (date > today) bad('date_of_birth', `ngày sinh ${get(row, 'date_of_birth')} chưa đến.`);
      const s = sex(get(row, 'sex'));
      if (!s) bad('sex', `giới tính phải là Nam hoặc Nữ ("${get(row, 'sex')}").`);
      const mother = get(row, 'mother_birth_year');
      if (mother && !/^(19|20)\d{2}$/.test(mother))
        bad('mother_birth_year', `năm sinh của mẹ không hợp lệ ("${mother}").`);
      entries.push({
        line,
        code,
        day: date ?? '2000-01-01',
        year: date ? Number(date.slice(0, 4)) : 0,
        month: date ? Number(date.slice(5, 7)) : null,
        order: order ?? 'unknown',
        boys: s === 'boy' ? 1 : 0,
        girls: s === 'girl' ? 1 : 0,
      });
    }
  });
  // The same commune, period and birth order twice in a count file would be added up: refused,
  // naming both lines. Identical record lines are flagged instead (see ParsedBirthFile).
  const linesOf = new Map<string, number[]>();
  for (const e of entries) {
    const key =
      kind === 'counts'
        ? `${e.code}|${e.year}|${e.month ?? ''}|${e.order}`
        : (table[e.line - 1] ?? []).map((c) => c.trim()).join('\u0001');
    linesOf.set(key, [...(linesOf.get(key) ?? []), e.line]);
  }
  const repeated = [...linesOf.values()].filter((ls) => ls.length > 1);
  if (kind === 'counts')
    for (const ls of repeated)
      issues.push({
        path: ['line', ls[1], 'commune_code'],
        message: `Dòng ${ls.slice(1).join(', ')}: trùng xã, năm, tháng và lần sinh với dòng ${ls[0]}; số liệu sẽ bị cộng hai lần.`,
      });
  // Stored as 32-bit integers: a file whose total does not fit is refused, never a 500.
  const total = entries.reduce((s, e) => s + e.boys + e.girls, 0);
  if (total > MAX_BIRTHS_PER_FILE)
    issues.push({
      path: ['file'],
      message: `Tổng số trẻ trong tệp (${formatNumberVi(total)}) vượt mức tối đa ${formatNumberVi(MAX_BIRTHS_PER_FILE)} của một lần nhập.`,
    });
  if (issues.length) {
    throw new AppError('VALIDATION', {
      detail: `${issues[0].message}${issues.length > 1 ? ` (và ${issues.length - 1} lỗi khác). Không có gì được lưu.` : ' Không có gì được lưu.'}`,
      issues: issues.slice(0, 200),
    });
  }
  return {
    kind,
    entries,
    rowCount: table.length - 1,
    identicalLines: kind === 'records' ? repeated : [],
  };
}
