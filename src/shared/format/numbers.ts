// Numbers as Vietnamese documents write them: '.' between thousands, ',' before decimals.

export function formatNumberVi(n: number, fractionDigits = 0): string {
  const sign = n < 0 ? '-' : '';
  const [int, frac] = Math.abs(n).toFixed(fractionDigits).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${grouped}${frac ? `,${frac}` : ''}`;
}

/** 23500000 → '23.500.000 đồng' */
export function formatVnd(n: number): string {
  return `${formatNumberVi(Math.round(n))} đồng`;
}

/** '23.500.000', '23.500.000 đồng', '23 500 000', '23500000' → 23500000; null when not an amount. */
export function parseVnd(s: string): number | null {
  const t = s
    .trim()
    .replace(/\s*(đồng|đ|vnđ|vnd)\.?$/i, '')
    .replace(/[.\s\u00a0]/g, '');
  if (!/^-?\d+$/.test(t)) return null;
  return Number(t);
}
