import ExcelJS from 'exceljs';
import type { PlanContent } from '../../shared/contracts/plans.ts';
import { formatQuantity } from '../../shared/format/index.ts';
import { targetGoalText } from '../../shared/plans/target-text.ts';
import type { ActivityFigures } from '../figures/outputs.ts';
import { activityBudget, numberActivities } from '../modules/plans/plan-tree.ts';
import type { PlanNames } from './plan-docx.ts';

const MONEY = '#,##0';
const COUNT = '#,##0';
const PERCENT = '0%';

const SHARE_RULE_TEXT = { equal: 'chia đều', population: 'theo dân số', by_unit: 'cấp trên giao' } as const;

/**
 * The plan's activity table, its planned outputs (one row each, the quantity a number with its
 * unit in a column of its own, and — for an issued plan — what was done, from the figures layer)
 * and its budget table as a workbook.
 */
export async function planToXlsx(
  c: PlanContent,
  names: PlanNames,
  figures: ActivityFigures[] | null = null,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cân Bằng';
  const activities = wb.addWorksheet('Hoạt động', { views: [{ state: 'frozen', ySplit: 1 }] });
  activities.columns = [
    { header: 'STT', key: 'number', width: 8 },
    { header: 'Hoạt động', key: 'title', width: 60 },
    { header: 'Đơn vị chủ trì', key: 'lead', width: 30 },
    { header: 'Đơn vị phối hợp', key: 'coordinating', width: 35 },
    { header: 'Số địa bàn', key: 'placeCount', width: 10, style: { numFmt: COUNT } },
    { header: 'Địa bàn', key: 'places', width: 25 },
    { header: 'Bắt đầu', key: 'start', width: 12 },
    { header: 'Kết thúc', key: 'end', width: 12 },
    { header: 'Kinh phí (đồng)', key: 'budget', width: 16, style: { numFmt: MONEY } },
  ];
  const date = (d?: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
  for (const n of numberActivities(c.activities)) {
    const a = n.activity;
    activities.addRow({
      number: n.number,
      title: a.title,
      lead: a.leadOrganisationId ? names.organisation(a.leadOrganisationId) : (a.leadName ?? ''),
      coordinating: [
        ...a.coordinatingOrganisationIds.map((id) => names.organisation(id) ?? ''),
        ...a.coordinatingNames,
      ]
        .filter(Boolean)
        .join('; '),
      // The count is a number of its own column; names only while the list stays readable.
      placeCount: a.placeUnitIds.length || null,
      places:
        a.placeUnitIds.length > 8
          ? 'Nhiều xã, phường (xem cột Số địa bàn)'
          : a.placeUnitIds.map((id) => names.unit(id) ?? '').join('; '),
      start: date(a.start),
      end: date(a.end),
      budget: activityBudget(a) || null,
    });
  }
  for (const key of ['start', 'end']) activities.getColumn(key).numFmt = 'dd/mm/yyyy';

  const budget = wb.addWorksheet('Kinh phí', { views: [{ state: 'frozen', ySplit: 1 }] });
  budget.columns = [
    { header: 'STT hoạt động', key: 'number', width: 10 },
    { header: 'Hoạt động', key: 'activity', width: 45 },
    { header: 'Nội dung chi', key: 'item', width: 45 },
    { header: 'Nguồn kinh phí', key: 'source', width: 30 },
    { header: 'Số lượng', key: 'quantity', width: 10 },
    { header: 'Đơn vị tính', key: 'unit', width: 12 },
    { header: 'Đơn giá (đồng)', key: 'unitCost', width: 15, style: { numFmt: MONEY } },
    { header: 'Thành tiền (đồng)', key: 'amount', width: 16, style: { numFmt: MONEY } },
  ];
  const firstLine = 2;
  for (const n of numberActivities(c.activities)) {
    for (const l of n.activity.budgetLines) {
      budget.addRow({
        number: n.number,
        activity: n.activity.title,
        item: l.item,
        source: c.funding.sources.find((s) => s.key === l.sourceKey)?.name ?? l.sourceKey,
        quantity: l.quantity ?? null,
        unit: l.unit ?? '',
        unitCost: l.unitCost ?? null,
        amount: l.amount,
      });
    }
  }
  const last = budget.rowCount;
  const total = budget.addRow({ item: 'Tổng cộng' });
  total.getCell('amount').value = {
    formula: `SUM(H${firstLine}:H${Math.max(last, firstLine)})`,
    result: numberActivities(c.activities).reduce(
      (s, n) => s + n.activity.budgetLines.reduce((x, l) => x + l.amount, 0),
      0,
    ),
  };
  total.font = { bold: true };
  const outputs = wb.addWorksheet('Kết quả dự kiến', { views: [{ state: 'frozen', ySplit: 1 }] });
  outputs.columns = [
    { header: 'STT hoạt động', key: 'number', width: 10 },
    { header: 'Kết quả dự kiến', key: 'description', width: 50 },
    { header: 'Đơn vị tính', key: 'unit', width: 14 },
    { header: 'Số lượng dự kiến', key: 'planned', width: 14, style: { numFmt: COUNT } },
    { header: 'Cách giao', key: 'share', width: 32 },
    ...(figures
      ? [
          { header: 'Đã thực hiện', key: 'done', width: 14, style: { numFmt: COUNT } },
          { header: 'Tỷ lệ đạt', key: 'rate', width: 10, style: { numFmt: PERCENT } },
        ]
      : []),
  ];
  const byId = new Map((figures ?? []).map((f) => [f.activityId, f]));
  for (const n of numberActivities(c.activities)) {
    const f = byId.get(n.activity.id);
    // The figures layer's lines: the planned outputs, then any unit of measure recorded but not planned.
    const lines =
      f?.outputs ??
      n.activity.outputs.map((o) => ({
        description: o.description,
        unit: o.unit ?? null,
        planned: o.quantity ?? null,
        done: 0,
        rate: null,
        shareOf: o.shareOf ?? null,
      }));
    for (const o of lines)
      outputs.addRow({
        number: n.number,
        description: o.description,
        unit: o.unit ?? '',
        planned: o.planned,
        share: o.shareOf
          ? `${SHARE_RULE_TEXT[o.shareOf.rule]} từ ${formatQuantity(o.shareOf.of, o.unit)}`
          : null,
        ...(figures ? { done: o.done, rate: o.rate } : {}),
      });
  }

  // Targets as the document prints them ("≥ 0,3 điểm/năm"), with the raw figure beside for sums.
  const targets = wb.addWorksheet('Chỉ tiêu', { views: [{ state: 'frozen', ySplit: 1 }] });
  targets.columns = [
    { header: 'STT', key: 'number', width: 6 },
    { header: 'Chỉ tiêu', key: 'indicator', width: 60 },
    { header: 'Mức chỉ tiêu', key: 'text', width: 22 },
    { header: 'Giá trị', key: 'value', width: 10 },
    { header: 'Đơn vị tính', key: 'unit', width: 14 },
  ];
  c.targets.forEach((x, i) => {
    targets.addRow({
      number: i + 1,
      indicator: x.indicator,
      text: targetGoalText(x),
      value: x.value,
      unit: x.unit,
    });
  });
  targets.getColumn('value').numFmt = '0.###';
  for (const ws of [activities, budget, outputs, targets]) ws.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
