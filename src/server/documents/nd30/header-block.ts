import { Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { documentNumber, nd30PlaceDate } from '../../../shared/format/index.ts';
import { centered, pt, rule, upper } from './layout.ts';

export interface HeaderInput {
  /** Cơ quan chủ quản (e.g. "UBND TỈNH SƠN LA"); may be empty. */
  parentBodyName?: string | null;
  /** Cơ quan ban hành (e.g. "SỞ Y TẾ"). */
  issuerName: string;
  /** "246/KH-SYT"; empty number prints "Số:      /KH-SYT" for the clerk to fill in. */
  number?: string | null;
  symbol?: string | null;
  place: string;
  date?: string | null;
}

// Column widths of Mẫu 1.4, Phụ lục III (fixed, or "VIỆT NAM" wraps).
const LEFT = 3829;
const RIGHT = 5670;

export function numberLine(h: Pick<HeaderInput, 'number' | 'symbol'>): string {
  return `Số: ${documentNumber(h.number, h.symbol) ?? `       /${h.symbol ?? 'KH'}`}`;
}

/** The two-column national header: issuer / Số on the left, Quốc hiệu / place-date on the right. */
export function headerBlock(h: HeaderInput): Table {
  const cell = (width: number, children: (ReturnType<typeof centered> | ReturnType<typeof rule>)[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, children });
  const issuerLines = upper(h.issuerName).split('\n');
  return new Table({
    width: { size: LEFT + RIGHT, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    indent: { size: -199, type: WidthType.DXA },
    rows: [
      new TableRow({
        children: [
          cell(LEFT, [
            ...(h.parentBodyName ? [centered(upper(h.parentBodyName), { size: pt(13) })] : []),
            ...issuerLines.map((l) => centered(l, { bold: true, size: pt(13) })),
            rule(Math.round(LEFT * 0.4), LEFT, 200),
            centered(numberLine(h), { size: pt(13) }),
          ]),
          cell(RIGHT, [
            centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: pt(12) }),
            centered('Độc lập - Tự do - Hạnh phúc', { bold: true, size: pt(13) }),
            // The rule under the Tiêu ngữ is as long as the Tiêu ngữ itself (≈ 3960 twips at 13 pt bold).
            rule(3960, RIGHT, 200),
            centered(nd30PlaceDate(h.place, h.date), { italic: true, size: pt(14) }),
          ]),
        ],
      }),
    ],
  });
}
