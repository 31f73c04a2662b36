import { Document, Footer, Header, Packer, type Paragraph, type Table } from 'docx';
import { ACTIVITY_KIND_LABELS, type ActivityKind } from '../../../shared/contracts/activity-records.ts';
import { formatNumberVi } from '../../../shared/format/index.ts';
import { pageNumberHeader } from '../plan-docx.ts';
import { A4, FONT, MARGINS, pt, TEXT_WIDTH } from './layout.ts';
import { simpleTable } from './table.ts';

// What the province's consolidated report and each unit's own report share on paper: the A4
// Nghị định 30 page (page numbers from the second page) and the table of activities by kind.

export async function nd30ReportDocx(title: string, blocks: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    creator: 'Cân Bằng',
    title,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          page: { size: { width: A4.width, height: A4.height }, margin: MARGINS },
          titlePage: true,
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        footers: { default: new Footer({ children: [] }) },
        children: blocks,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const n = (x: number) => formatNumberVi(x);

/** "Loại hoạt động | Số lần | Số người tham dự | Kinh phí (đồng)" with its total row. */
export function activityKindTable(
  activities: { kind: string; records: number; participants: number; cost: number }[],
): Table {
  return simpleTable(
    [
      { title: 'Loại hoạt động', share: 46 },
      { title: 'Số lần', share: 14, right: true },
      { title: 'Số người tham dự', share: 18, right: true },
      { title: 'Kinh phí (đồng)', share: 22, right: true },
    ],
    activities.map((a) => [
      ACTIVITY_KIND_LABELS[a.kind as ActivityKind] ?? a.kind,
      n(a.records),
      n(a.participants),
      n(a.cost),
    ]),
    TEXT_WIDTH,
    [
      'Cộng',
      n(activities.reduce((s, a) => s + a.records, 0)),
      n(activities.reduce((s, a) => s + a.participants, 0)),
      n(activities.reduce((s, a) => s + a.cost, 0)),
    ],
  );
}
