import { Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { PlanActivity, PlanContent } from '../../shared/contracts/plans.ts';
import { formatNumberVi } from '../../shared/format/index.ts';
import { activityBudget, budgetTotal, numberActivities } from '../modules/plans/plan-tree.ts';
import { tableCell } from './nd30/table.ts';
import type { PlanNames } from './plan-docx.ts';

const COLUMNS = [
  { title: 'STT', share: 6 },
  { title: 'Nội dung', share: 40 },
  { title: 'Nguồn kinh phí', share: 16 },
  { title: 'Số lượng', share: 8 },
  { title: 'Đơn vị tính', share: 9 },
  { title: 'Đơn giá (đồng)', share: 10 },
  { title: 'Thành tiền (đồng)', share: 11 },
];

const cell = tableCell;

/** The detailed budget (Biểu kinh phí chi tiết): activities with their budget lines and a total. */
export function budgetAnnexTable(c: PlanContent, _names: PlanNames, width: number): Table {
  const widths = COLUMNS.map((col) => Math.floor((width * col.share) / 100));
  const sourceName = (key: string) => c.funding.sources.find((s) => s.key === key)?.name ?? key;
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      children: COLUMNS.map((col, i) => cell(col.title, widths[i], { bold: true, center: true })),
    }),
  ];
  const withBudget = numberActivities(c.activities).filter((n) => activityBudget(n.activity) > 0);
  for (const n of withBudget) {
    const a: PlanActivity = n.activity;
    rows.push(
      new TableRow({
        children: [
          cell(n.number, widths[0], { bold: true, center: true }),
          cell(a.title, widths[1], { bold: true }),
          cell('', widths[2]),
          cell('', widths[3]),
          cell('', widths[4]),
          cell('', widths[5]),
          cell(formatNumberVi(activityBudget(a)), widths[6], { bold: true, right: true }),
        ],
      }),
    );
    for (const l of a.budgetLines) {
      rows.push(
        new TableRow({
          children: [
            cell('-', widths[0], { center: true }),
            cell(l.item, widths[1]),
            cell(sourceName(l.sourceKey), widths[2]),
            cell(l.quantity != null ? formatNumberVi(l.quantity) : '', widths[3], { right: true }),
            cell(l.unit ?? '', widths[4], { center: true }),
            cell(l.unitCost != null ? formatNumberVi(l.unitCost) : '', widths[5], { right: true }),
            cell(formatNumberVi(l.amount), widths[6], { right: true }),
          ],
        }),
      );
    }
  }
  rows.push(
    new TableRow({
      children: [
        cell('', widths[0]),
        cell('Tổng cộng', widths[1], { bold: true }),
        ...[2, 3, 4, 5].map((i) => cell('', widths[i])),
        cell(formatNumberVi(budgetTotal(c)), widths[6], { bold: true, right: true }),
      ],
    }),
  );
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows,
  });
}
