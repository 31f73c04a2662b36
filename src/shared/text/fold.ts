/**
 * Lower-case, no diacritics, đ → d, single spaces: the form every search compares (and the
 * search_text columns store). Lower-casing comes first so that any combining mark it produces
 * (e.g. İ → i̇) is stripped too; đ has no decomposition, hence its own replacement.
 */
export function foldVietnamese(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every word of the query occurs somewhere in the haystack (in any order, also inside a longer
 * word), accents and case ignored. An empty query matches everything.
 */
export function searchMatches(haystack: string, query: string): boolean {
  const h = foldVietnamese(haystack);
  return foldVietnamese(query)
    .split(' ')
    .filter(Boolean)
    .every((token) => h.includes(token));
}

/** NFC, trimmed, single spaces: how names are stored. */
export function normaliseName(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}
