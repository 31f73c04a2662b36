import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { centered, listEnd, pt, run, upper } from './layout.ts';

export interface SignatureInput {
  authority?: string | null;
  authorityOf?: string | null;
  positionLines: string[];
  signerName: string;
}

export interface RecipientInput {
  name: string;
  note?: string | null;
}

const LEFT = 2994;
const RIGHT = 6290;

/** "Nơi nhận:" on the left, the signature on the right, in one borderless row (Mẫu 1.4). */
export function signatureBlock(
  recipients: RecipientInput[],
  archive: string | null | undefined,
  s: SignatureInput,
): Table {
  const lines = [...recipients.map((r) => r.name), ...(archive ? [archive] : [])];
  const left = [
    new Paragraph({ children: [run('Nơi nhận:', { bold: true, italic: true, size: pt(12) })] }),
    ...lines.map((name, i) => {
      // A note ("B/c") stands once, after the last of the recipients it groups.
      const note =
        recipients[i]?.note && recipients[i + 1]?.note !== recipients[i].note ? recipients[i].note : null;
      const text = `- ${listEnd(name, i === lines.length - 1)}`;
      return new Paragraph({
        children: [run(note ? `${text}  (${note})` : text, { size: pt(11) })],
        style: undefined,
      });
    }),
  ];
  const authority = s.authority ? `${s.authority} ${upper(s.authorityOf ?? '')}`.trim() : null;
  const right = [
    ...(authority ? [centered(authority, { bold: true })] : []),
    ...s.positionLines.map((l) => centered(upper(l), { bold: true })),
    // Room for the signature and the seal: four empty lines.
    ...[0, 1, 2, 3].map(() => centered('', {})),
    centered(s.signerName, { bold: true }),
  ];
  return new Table({
    width: { size: LEFT + RIGHT, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      // The block is never split over two pages: the signer's name stays under the title.
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: LEFT, type: WidthType.DXA }, children: left }),
          new TableCell({ width: { size: RIGHT, type: WidthType.DXA }, children: right }),
        ],
      }),
    ],
  });
}
