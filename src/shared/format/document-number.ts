/**
 * "246/KH-SYT": a document's number and symbol as Nghị định 30 writes them (numbers below 10
 * zero-padded: "05/KH-SYT"); null while the document has no number yet.
 */
export function documentNumber(
  number: string | null | undefined,
  symbol: string | null | undefined,
): string | null {
  return number ? `${number.padStart(2, '0')}/${symbol ?? 'KH'}` : null;
}
