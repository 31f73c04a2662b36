import { COMPARATOR_SIGNS } from '../contracts/plan-targets.ts';
import type { PlanTarget } from '../contracts/plans.ts';

// Figures as entered, decimals kept: a target of 0,3 điểm/năm must never print "0". One
// formatter for the DOCX, the XLSX and the pages, so that the three always agree.

/** The typographic minus: "−0,1" rather than a hyphen, which may break a line after it. */
const MINUS = '\u2212';
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: 'vi' | 'en', digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', {
      maximumFractionDigits: digits,
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * 0.3 → '0,3'; 111.2 → '111,2'; -0.1 → '−0,1'; 23500 → '23.500' (vi) or '23,500' (en).
 * Keeps as many decimals as the number has (up to `maxDigits`), never pads with zeros.
 */
export function formatDecimal(n: number, locale: 'vi' | 'en' = 'vi', maxDigits = 3): string {
  const text = formatter(locale, maxDigits).format(n === 0 ? 0 : n); // no "-0"
  return text.replace(/^-/, MINUS);
}

/** A quantity with its unit: '%' follows after a space in Vietnamese ("−0,1 %"), directly in English. */
export function formatQuantity(
  n: number,
  unit: string | null | undefined,
  locale: 'vi' | 'en' = 'vi',
): string {
  const figure = formatDecimal(n, locale);
  const u = unit?.trim();
  if (!u) return figure;
  if (u === '%' && locale === 'en') return `${figure}%`;
  return `${figure} ${u}`;
}

/** A target's value as the plan states it: "≥ 0,3 điểm/năm", "≤ 111,2", "−0,1 %", "80 – 90 %". */
export function targetValueText(
  t: Pick<PlanTarget, 'comparator' | 'value' | 'valueMax' | 'unit'>,
  locale: 'vi' | 'en' = 'vi',
): string {
  const unit = t.unit?.trim() ? t.unit : null;
  if (t.comparator === 'range')
    return `${formatDecimal(t.value, locale)} – ${formatQuantity(t.valueMax ?? t.value, unit, locale)}`;
  const figure = formatQuantity(t.value, unit, locale);
  return t.comparator === 'eq' ? figure : `${COMPARATOR_SIGNS[t.comparator]} ${figure}`;
}
