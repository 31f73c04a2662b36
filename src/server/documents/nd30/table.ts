import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { pt, run } from './layout.ts';

/** One cell of a document table, in 12 pt as tables in administrative documents are. */
export function tableCell(
  text: string,
  width: number,
  o: { bold?: boolean; right?: boolean; center?: boolean } = {},
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({
        alignment: o.right ? AlignmentType.RIGHT : o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, { bold: o.bold, size: pt(12) })],
      }),
    ],
  });
}

/**
 * A plain table: a bold header row, body rows, and optionally a bold total row. Columns get
 * `shares` (percentages) of `width`; numeric columns (`right`) are right-aligned.
 */
export function simpleTable(
  columns: { title: string; share: number; right?: boolean }[],
  rows: string[][],
  width: number,
  total?: string[],
): Table {
  const widths = columns.map((c) => Math.floor((width * c.share) / 100));
  const line = (cells: string[], bold = false) =>
    new TableRow({
      children: cells.map((text, i) => tableCell(text, widths[i], { bold, right: columns[i].right })),
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: columns.map((c, i) => tableCell(c.title, widths[i], { bold: true, center: true })),
      }),
      ...rows.map((r) => line(r)),
      ...(total ? [line(total, true)] : []),
    ],
  });
}
