import {
  formatDateEn,
  formatDateTimeEn,
  formatDateTimeVi,
  formatDateVi,
  formatDecimal,
  formatMonthYearVi,
  formatNumberEn,
  formatNumberVi,
  formatQuantity,
  formatVnd,
  formatVndEn,
  halfYearLabelVi,
  percentEn,
  percentVi,
  periodLabelEn,
  quarterLabelVi,
  targetValueText,
} from '../../shared/format/index.ts';
import i18n from './index.ts';

// Numbers, amounts, dates and periods on the pages, in the language the user chose: Vietnamese as
// documents write them (6.042, 87,5%, 23.500.000 đồng, 05/03/2026), English as
// Intl.NumberFormat('en') does (6,042, 87.5%, 23,500,000 VND, 5 Mar 2026). Both are made in
// src/shared/format; this only picks. Documents (DOCX, XLSX) stay Vietnamese and call it directly.

export type Locale = 'vi' | 'en';

/** The language the pages are shown in now. */
export const locale = (): Locale => (i18n.language === 'en' ? 'en' : 'vi');
const en = () => locale() === 'en';

/** 6042 → '6.042' or '6,042', with `fractionDigits` decimals. */
export const formatNumber = (n: number, fractionDigits = 0) =>
  en() ? formatNumberEn(n, fractionDigits) : formatNumberVi(n, fractionDigits);

/** 0.875 → '87,5%' or '87.5%'; '—' when there is none. */
export const formatPercent = (rate: number | null) => (en() ? percentEn(rate) : percentVi(rate));

/** 23500000 → '23.500.000 đồng' or '23,500,000 VND'. */
export const formatMoney = (n: number) => (en() ? formatVndEn(n) : formatVnd(n));

/** The currency the amounts name, for input suffixes: 'đồng' or 'VND'. */
export const currency = () => (en() ? 'VND' : 'đồng');

/** Figures as entered, decimals kept: '0,3' or '0.3'; with their unit; a plan target's value. */
export const formatFigure = (n: number, maxDigits?: number) => formatDecimal(n, locale(), maxDigits);
export const formatFigureUnit = (n: number, unit: string | null | undefined) =>
  formatQuantity(n, unit, locale());
export const targetText = (t: Parameters<typeof targetValueText>[0]) => targetValueText(t, locale());

/** A day: '05/03/2026' or '5 Mar 2026'; '' for nothing. */
export const formatDate = (d: string | Date | null | undefined) => (en() ? formatDateEn(d) : formatDateVi(d));

/** A moment in Vietnam time: '05/03/2026 14:05' or '5 Mar 2026, 14:05'. */
export const formatDateTime = (d: string | Date | null | undefined) =>
  en() ? formatDateTimeEn(d) : formatDateTimeVi(d);

/** A period label the server sends ('Quý I/2026', 'Năm 2026') in the page's language. */
export const periodName = (label: string) => (en() ? periodLabelEn(label) : label);

/** Periods of a reporting duty, named in the page's language. */
export const monthLabel = (year: number, month: number) => periodName(formatMonthYearVi(year, month));
export const quarterLabel = (year: number, quarter: number) => periodName(quarterLabelVi(year, quarter));
export const halfYearLabel = (year: number, half: number) => periodName(halfYearLabelVi(year, half));
export const yearLabel = (year: number) => periodName(`Năm ${year}`);

/** A message the server sends in both languages ({ text, textEn }), in the page's. */
export const localText = (m: { text: string; textEn?: string }) => (en() && m.textEn ? m.textEn : m.text);
