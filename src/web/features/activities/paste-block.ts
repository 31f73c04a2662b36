import { parse } from 'csv-parse/browser/esm/sync';

// A block copied from Excel, LibreOffice or Google Sheets arrives as text: cells separated by tabs,
// rows by line breaks, a cell holding a tab, a quote or a line break wrapped in double quotes.
// csv-parse reads that quoting; the grid then lays the block from the cell pasted into.

/** The rows and cells of a pasted block; the line break Excel adds after the last row is not a row. */
export function parsePastedBlock(text: string): string[][] {
  const body = text.replace(/\r?\n$/, '');
  if (body === '') return [];
  return parse(body, {
    delimiter: '\t',
    relax_quotes: true,
    relax_column_count: true,
    record_delimiter: ['\r\n', '\n', '\r'],
  }) as string[][];
}

/** True when pasted text is more than one cell (a plain value is left to the input itself). */
export const isBlock = (text: string) => /[\t\n\r]/.test(text.replace(/\r?\n$/, ''));

export interface PlacedCell {
  row: number;
  col: number;
  text: string;
}

/**
 * The block placed from (row, col) rightwards and downwards within a grid of `rows` × `cols`;
 * `dropped` counts the cells beyond the grid's edges, so that the user is told rather than
 * losing them silently.
 */
export function placeBlock(
  block: string[][],
  at: { row: number; col: number },
  size: { rows: number; cols: number },
): { cells: PlacedCell[]; dropped: number } {
  const cells: PlacedCell[] = [];
  let dropped = 0;
  for (const [i, line] of block.entries())
    for (const [j, text] of line.entries()) {
      const row = at.row + i;
      const col = at.col + j;
      if (row < size.rows && col < size.cols) cells.push({ row, col, text: text.trim() });
      else dropped++;
    }
  return { cells, dropped };
}
