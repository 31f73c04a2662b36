// Where an ended commune's births go: to its successor; a commune split in 2025 ("partial") goes
// to its first successor in byte order of the sort key, since the files do not say which part a
// birth came from. One rule for the import and the simulator, so they never disagree.

/** Sort keys compare by bytes (as `collate "C"` does), never by the host locale. */
export const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function successorOf(
  units: ReadonlyMap<number, { sortKey: string }>,
  links: readonly { from: number; to: number }[],
): Map<number, number> {
  const next = new Map<number, number>();
  const known = links.filter((l) => units.has(l.to));
  for (const l of known.sort((a, b) => byteOrder(units.get(a.to)!.sortKey, units.get(b.to)!.sortKey)))
    if (!next.has(l.from)) next.set(l.from, l.to);
  return next;
}
