import { AppError } from '../../shared/errors.ts';

// A CSV as people save it: Excel writes "CSV UTF-8" with a BOM, "Unicode text" as UTF-16 with
// tabs, and a Vietnamese regional setting makes the separator a semicolon; old office machines
// still save Windows-1258 or TCVN3 (ABC). The text is decoded (UTF-8, UTF-16) or, for the legacy
// Vietnamese code pages, refused with a hint: guessing between the two would risk silently
// wrong place names, and Excel re-saves the file as UTF-8 in two clicks.

// Bytes that mark each legacy code page: ă â ê ô ơ ư đ (and, for Windows-1258, its combining
// tone marks). TCVN3 puts the vowels at 0xA8–0xAE where Windows-1258 has symbols.
const TCVN3_MARKS = new Set([0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae]);
const CP1258_MARKS = new Set([0xe3, 0xe2, 0xea, 0xf4, 0xf5, 0xfd, 0xf0, 0xcc, 0xec, 0xd2, 0xde, 0xf2]);

function swapBytes(buf: Buffer): Buffer {
  const out = Buffer.from(buf.subarray(0, buf.length - (buf.length % 2)));
  return out.swap16();
}

/** UTF-16 without a BOM: half the bytes of plain text are zero, on one side. */
function utf16WithoutBom(buf: Buffer): 'le' | 'be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  if (oddZero > n / 4 && evenZero === 0) return 'le';
  if (evenZero > n / 4 && oddZero === 0) return 'be';
  return null;
}

/** The text of a CSV file; refuses legacy Vietnamese code pages by name. */
export function decodeText(fileName: string, buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
  else if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  else if (buf[0] === 0xfe && buf[1] === 0xff) return swapBytes(buf.subarray(2)).toString('utf16le');
  else {
    const utf16 = utf16WithoutBom(buf);
    if (utf16 === 'le') return buf.toString('utf16le');
    if (utf16 === 'be') return swapBytes(buf).toString('utf16le');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    let tcvn3 = 0;
    let cp1258 = 0;
    for (const b of buf) {
      if (TCVN3_MARKS.has(b)) tcvn3++;
      else if (CP1258_MARKS.has(b)) cp1258++;
    }
    const encoding = tcvn3 > cp1258 ? 'TCVN3 (ABC)' : 'Windows-1258';
    throw new AppError('VALIDATION', {
      detail: `Tệp ${fileName} có vẻ dùng bảng mã ${encoding}, không phải UTF-8 — hãy mở tệp bằng Excel và lưu lại dưới dạng UTF-8 (CSV UTF-8), rồi nhập lại.`,
    });
  }
}

/** The separator of a CSV: the one of `,` `;` tab found most often in its first line, outside quotes. */
export function detectSeparator(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  const best = (Object.entries(counts) as [',' | ';' | '\t', number][]).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : ',';
}
