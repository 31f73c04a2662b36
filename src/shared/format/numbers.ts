// Numbers as Vietnamese documents write them: '.' between thousands, ',' before decimals.

/** 23500000 → '23.500.000'; 105.34 with 1 digit → '105,3'; negatives with '-'. */
export function formatNumberVi(n: number, fractionDigits = 0): string {
  const [int, frac] = Math.abs(n).toFixed(fractionDigits).split('.');
  // The sign is decided after rounding, so that -0.4 reads '0' rather than '-0'.
  const sign = n < 0 && /[1-9]/.test(int + (frac ?? '')) ? '-' : '';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${grouped}${frac ? `,${frac}` : ''}`;
}

/** A rate as a percentage: 0.792 → '79,2%'; a dash when there is none (nobody expected, nothing allocated). */
export function percentVi(rate: number | null): string {
  return rate === null ? '—' : `${formatNumberVi(rate * 100, 1)}%`;
}

/** 23500000 → '23.500.000 đồng' (rounded to a whole đồng). */
export function formatVnd(n: number): string {
  return `${formatNumberVi(Math.round(n))} đồng`;
}

// Digits alone, or thousands groups separated by dots or spaces (\s covers the non-breaking
// ones Excel and Word paste), as officials type them. The groups are checked so that '1.5' is
// refused rather than read as 15.
const PLAIN = /^-?\d+$/;
const GROUPED = /^-?\d{1,3}(?:[.\s]\d{3})+$/;

/** '23.500.000', '23.500.000 đồng', '23 500 000', '23500000' → 23500000; null when not an amount. */
export function parseVnd(s: string): number | null {
  const t = s
    .normalize('NFC')
    .trim()
    .replace(/\s*(?:đồng|vnđ|vnd|đ)\.?$/i, '');
  if (!PLAIN.test(t) && !GROUPED.test(t)) return null;
  const n = Number(t.replace(/[.\s]/g, ''));
  if (!Number.isSafeInteger(n)) return null;
  return n === 0 ? 0 : n; // no -0
}

// The same figures for the English pages and messages, as Intl.NumberFormat('en') writes them.
const enFormats = new Map<number, Intl.NumberFormat>();

/** 23500000 → '23,500,000'; 105.34 with 1 digit → '105.3'; never '-0'. */
export function formatNumberEn(n: number, fractionDigits = 0): string {
  let f = enFormats.get(fractionDigits);
  if (!f) {
    f = new Intl.NumberFormat('en', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    enFormats.set(fractionDigits, f);
  }
  const text = f.format(n);
  return /^-[0.,]+$/.test(text) ? text.slice(1) : text;
}

/** 0.875 → '87.5%'; a dash when there is none. */
export function percentEn(rate: number | null): string {
  return rate === null ? '—' : `${formatNumberEn(rate * 100, 1)}%`;
}

/** 23500000 → '23,500,000 VND'. */
export function formatVndEn(n: number): string {
  return `${formatNumberEn(Math.round(n))} VND`;
}
