// Vietnamese alphabetical order as a plain sort key, so that PGlite and PostgreSQL (byte order,
// no Vietnamese collation in PGlite's ICU) and the browser all sort names alike.
// Letters first (a ă â b c d đ e ê … ư …), tones only break ties, numbers by value.

const ALPHABET = 'a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ');
// Tone marks in dictionary order: ngang (none), huyền, hỏi, ngã, sắc, nặng.
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const VOWEL_MARKS: Record<string, string> = { '\u0306': 'ă', '\u0302': 'â', '\u031b': 'ơ' };

const LETTER_KEY = new Map(ALPHABET.map((l, i) => [l, String.fromCharCode(66 + i)])); // 'B'…
const DIGIT_PAD = 6;

interface Parsed {
  base: string;
  tones: string;
}

/** Splits a string into base letters (with their vowel marks) and the tone of each letter. */
function parse(s: string): Parsed {
  let base = '';
  let tones = '';
  for (const ch of s.normalize('NFC').toLowerCase()) {
    const decomposed = ch.normalize('NFD');
    let letter = decomposed[0];
    let tone = 0;
    for (const mark of decomposed.slice(1)) {
      const t = TONES.indexOf(mark);
      if (t > 0) tone = t;
      else if (mark === '\u0302')
        letter = letter === 'a' ? 'â' : letter === 'e' ? 'ê' : letter === 'o' ? 'ô' : letter;
      else if (VOWEL_MARKS[mark])
        letter =
          letter === 'u' && mark === '\u031b'
            ? 'ư'
            : letter === 'o' && mark === '\u031b'
              ? 'ơ'
              : letter === 'a' && mark === '\u0306'
                ? 'ă'
                : letter;
    }
    base += letter;
    tones += String(tone);
  }
  return { base, tones };
}

function letterKey(letter: string): string {
  const k = LETTER_KEY.get(letter === 'đ' ? 'đ' : letter);
  if (k) return k;
  if (letter === ' ') return '!';
  return `~${letter.codePointAt(0)!.toString(16).padStart(5, '0')}`;
}

/** A printable-ASCII key whose byte order is Vietnamese alphabetical order. */
export function vnSortKey(s: string): string {
  const { base, tones } = parse(s.replace(/\s+/g, ' ').trim());
  let key = '';
  let i = 0;
  while (i < base.length) {
    const ch = base[i];
    if (/[0-9]/.test(ch)) {
      let j = i;
      while (j < base.length && /[0-9]/.test(base[j])) j++;
      // Digits sort before letters ('0' < 'B'); runs are padded so that 2 < 10.
      key += base
        .slice(i, j)
        .replace(/^0+(?=\d)/, '')
        .padStart(DIGIT_PAD, '0');
      i = j;
    } else {
      key += letterKey(ch);
      i++;
    }
  }
  return `${key} ${tones}`;
}

export function compareVi(a: string, b: string): number {
  const ka = vnSortKey(a);
  const kb = vnSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function sortVi<T>(items: readonly T[], key: (t: T) => string = (t) => String(t)): T[] {
  return items
    .map((item) => ({ item, k: vnSortKey(key(item)) }))
    .sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0))
    .map((x) => x.item);
}
