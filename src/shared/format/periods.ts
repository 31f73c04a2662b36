// Reporting periods as headings and report titles name them: 'Tháng 03/2026', 'Quý I/2026',
// '6 tháng đầu năm 2026'.

const ROMAN = ['I', 'II', 'III', 'IV'];

function check(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new RangeError(`${name} phải là số nguyên từ ${min} đến ${max}: ${value}`);
}

/** (2026, 3) → 'Tháng 03/2026'. */
export function formatMonthYearVi(year: number, month: number): string {
  check('Năm', year, 1, 9999);
  check('Tháng', month, 1, 12);
  return `Tháng ${String(month).padStart(2, '0')}/${year}`;
}

/** (2026, 1) → 'Quý I/2026'. */
export function quarterLabelVi(year: number, quarter: number): string {
  check('Năm', year, 1, 9999);
  check('Quý', quarter, 1, 4);
  return `Quý ${ROMAN[quarter - 1]}/${year}`;
}

/** (2026, 1) → '6 tháng đầu năm 2026'; (2026, 2) → '6 tháng cuối năm 2026'. */
export function halfYearLabelVi(year: number, half: number): string {
  check('Năm', year, 1, 9999);
  check('Nửa năm', half, 1, 2);
  return `6 tháng ${half === 1 ? 'đầu' : 'cuối'} năm ${year}`;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A period label above, or 'Năm 2026', in English for the English pages: 'Mar 2026', 'Q1 2026',
 * 'First half of 2026', 'Year 2026'. Anything else (a label a user typed) is returned as it is.
 */
export function periodLabelEn(label: string): string {
  const t = label.trim();
  let m = t.match(/^Tháng (\d{1,2})\/(\d{4})$/);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${EN_MONTHS[Number(m[1]) - 1]} ${m[2]}`;
  m = t.match(/^Quý (I{1,3}|IV)\/(\d{4})$/);
  if (m) return `Q${ROMAN.indexOf(m[1]!) + 1} ${m[2]}`;
  m = t.match(/^6 tháng (đầu|cuối) năm (\d{4})$/);
  if (m) return `${m[1] === 'đầu' ? 'First' : 'Second'} half of ${m[2]}`;
  m = t.match(/^Năm (\d{4})$/);
  if (m) return `Year ${m[1]}`;
  return label;
}
