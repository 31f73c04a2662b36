// Amounts in words, as written under a budget total: "Hai mươi ba triệu năm trăm nghìn đồng chẵn".
// Rules: "linh" for a zero tens digit (một trăm linh năm), "mốt" for 1 after twenty and up,
// "tư" for 4 after twenty and up, "lăm" for 5 after ten, "mười" for 10–19; an inner group
// below 100 reads "không trăm"; all-zero groups are skipped; scales nghìn, triệu, tỷ (a
// thousand tỷ is "nghìn tỷ").

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

function readTriple(n: number, full: boolean): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const words: string[] = [];
  if (full || h > 0) words.push(DIGITS[h], 'trăm');
  if (t === 0) {
    if (u > 0) {
      if (full || h > 0) words.push('linh');
      words.push(DIGITS[u]);
    }
  } else if (t === 1) {
    words.push('mười');
    if (u === 5) words.push('lăm');
    else if (u > 0) words.push(DIGITS[u]);
  } else {
    words.push(DIGITS[t], 'mươi');
    if (u === 1) words.push('mốt');
    else if (u === 4) words.push('tư');
    else if (u === 5) words.push('lăm');
    else if (u > 0) words.push(DIGITS[u]);
  }
  return words.join(' ');
}

const SCALES = ['', 'nghìn', 'triệu'];

/** Reads 0 ≤ n < 10^9. */
function readBelowBillion(n: number, leading: boolean): string[] {
  const groups = [n % 1000, Math.floor(n / 1000) % 1000, Math.floor(n / 1_000_000)];
  const top = groups[2] ? 2 : groups[1] ? 1 : 0;
  const out: string[] = [];
  for (let i = top; i >= 0; i--) {
    if (groups[i] === 0) continue;
    out.push(readTriple(groups[i], !(leading && i === top)));
    if (SCALES[i]) out.push(SCALES[i]);
  }
  return out;
}

function readInteger(n: number): string {
  if (n === 0) return 'không';
  // Split into blocks of 10^9 ("tỷ"); 10^18 would be "tỷ tỷ", refused by the caller.
  const low = n % 1_000_000_000;
  const high = Math.floor(n / 1_000_000_000);
  const words: string[] = [];
  if (high > 0) {
    words.push(...readBelowBillion(high, true), 'tỷ');
    if (low > 0) words.push(...readBelowBillion(low, false));
  } else {
    words.push(...readBelowBillion(low, true));
  }
  return words.join(' ');
}

export interface AmountInWordsOptions {
  /** Append 'đồng' (default true). */
  currency?: boolean;
  /** With currency, append 'chẵn' to a non-zero amount, as budget totals do (default true). */
  chan?: boolean;
}

/**
 * 23_500_000 → 'Hai mươi ba triệu năm trăm nghìn đồng chẵn'. Throws RangeError for fractions,
 * negatives and amounts of 10^18 or more (which would need 'tỷ tỷ').
 */
export function amountInWords(amount: number, opts: AmountInWordsOptions = {}): string {
  if (!Number.isInteger(amount) || amount < 0)
    throw new RangeError(`Số tiền phải là số nguyên không âm: ${amount}`);
  if (amount >= 1e18) throw new RangeError(`Số tiền quá lớn: ${amount}`);
  const currency = opts.currency ?? true;
  const chan = opts.chan ?? true;
  let text = readInteger(amount);
  if (currency) text += amount === 0 ? ' đồng' : chan ? ' đồng chẵn' : ' đồng';
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
