/** Lower-case, no diacritics, đ → d, single spaces: the form every search compares. */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every word of the query occurs in the haystack, accents and case ignored. */
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
