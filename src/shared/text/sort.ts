// Vietnamese alphabetical order as a plain sort key, so that PGlite and PostgreSQL (byte order,
// `collate "C"`, no Vietnamese collation in PGlite's ICU) and the browser all sort names alike.
// Letters first (a ă â b c d đ e ê … ư …), tones only break ties, numbers by value.
//
// The keys are stored in the database (sort_key columns): any change to their shape needs a
// migration that recomputes them, so the layout below is deliberately kept stable.

const ALPHABET = 'a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ');
// One printable character per letter, in alphabet order, starting above the digits: 'B' (0x42) …
const LETTER_KEY = new Map(ALPHABET.map((l, i) => [l, String.fromCharCode(0x42 + i)]));

// Tone marks (NFD combining characters) in dictionary order: ngang (none), huyền, hỏi, ngã, sắc, nặng.
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

// Breve, circumflex and horn make separate letters of the alphabet, unlike tone marks.
const SHAPED: Record<string, string> = {
  'a\u0306': 'ă',
  'a\u0302': 'â',
  'e\u0302': 'ê',
  'o\u0302': 'ô',
  'o\u031b': 'ơ',
  'u\u031b': 'ư',
};

const DIGIT_PAD = 6;
// Word separator: below digits and letters, so 'An' < 'An Khê' < 'Anh'.
const SPACE_KEY = '!';
// Between the letters and the tones; lower than every key character, so a prefix sorts first.
const TONE_SEPARATOR = ' ';

/** Splits a string into base letters (shape marks kept) and one tone digit per character. */
function parse(s: string): { base: string[]; tones: string } {
  const base: string[] = [];
  let tones = '';
  for (const ch of s.normalize('NFC').toLowerCase()) {
    const [first, ...marks] = ch.normalize('NFD');
    let letter = first;
    let tone = 0;
    for (const mark of marks) {
      const t = TONES.indexOf(mark);
      if (t > 0) tone = t;
      else letter = SHAPED[letter + mark] ?? letter; // other marks (e.g. ¨) are ignored
    }
    base.push(letter);
    tones += String(tone);
  }
  return { base, tones };
}

/** A digit run compared by value: zero-padded to 6 digits; longer runs after all of those. */
function numberKey(digits: string): string {
  const n = digits.replace(/^0+(?=\d)/, '');
  if (n.length <= DIGIT_PAD) return n.padStart(DIGIT_PAD, '0');
  // ':' sorts after '9' but before the letters; the length then orders long runs by value.
  return `:${String(n.length).padStart(2, '0')}${n}`;
}

function letterKey(letter: string): string {
  const k = LETTER_KEY.get(letter);
  if (k) return k;
  if (letter === ' ') return SPACE_KEY;
  // Anything else (punctuation, other scripts) after the letters, as its code point in hex.
  return `~${letter.codePointAt(0)!.toString(16).padStart(5, '0')}`;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** A printable-ASCII key whose byte order is Vietnamese alphabetical order. */
export function vnSortKey(s: string): string {
  const { base, tones } = parse(s.replace(/\s+/g, ' ').trim());
  let key = '';
  let i = 0;
  while (i < base.length) {
    if (isDigit(base[i])) {
      let j = i;
      while (isDigit(base[j])) j++;
      key += numberKey(base.slice(i, j).join(''));
      i = j;
    } else {
      key += letterKey(base[i]);
      i++;
    }
  }
  return `${key}${TONE_SEPARATOR}${tones}`;
}

const byKey = (ka: string, kb: string) => (ka < kb ? -1 : ka > kb ? 1 : 0);

/** Negative, zero or positive as a sorts before, with or after b in Vietnamese order. */
export function compareVi(a: string, b: string): number {
  return byKey(vnSortKey(a), vnSortKey(b));
}

/** A new array in Vietnamese order (stable); the key of each item is computed once. */
export function sortVi<T>(items: readonly T[], key: (t: T) => string = (t) => String(t)): T[] {
  return items
    .map((item) => ({ item, k: vnSortKey(key(item)) }))
    .sort((x, y) => byKey(x.k, y.k))
    .map((x) => x.item);
}
