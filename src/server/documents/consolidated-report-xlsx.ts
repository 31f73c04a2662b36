import ExcelJS from 'exceljs';
import { ACTIVITY_KIND_LABELS, type ActivityKind } from '../../shared/contracts/activity-records.ts';
import { CONSOLIDATED_STATUS_LABELS } from '../../shared/contracts/reports.ts';
import type { ConsolidatedReport } from '../modules/reports/consolidated-report.service.ts';

const MONEY = '#,##0';

/** The annex tables of the consolidated report: reports received, activities per unit, budget. */
export async function consolidatedReportToXlsx(r: ConsolidatedReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cân Bằng';
  const status = wb.addWorksheet('Tình hình báo cáo', { views: [{ state: 'frozen', ySplit: 1 }] });
  status.columns = [
    { header: 'Đơn vị', key: 'name', width: 45 },
    { header: 'Tình trạng báo cáo', key: 'status', width: 26 },
  ];
  for (const u of r.units) status.addRow({ name: u.name, status: CONSOLIDATED_STATUS_LABELS[u.status] });
  const kinds = [...new Set(r.units.flatMap((u) => u.activities.map((a) => a.kind)))];
  const acts = wb.addWorksheet('Hoạt động theo đơn vị', { views: [{ state: 'frozen', ySplit: 1 }] });
  acts.columns = [
    { header: 'Đơn vị', key: 'name', width: 45 },
    ...kinds.map((k) => ({ header: ACTIVITY_KIND_LABELS[k as ActivityKind] ?? k, key: k, width: 18 })),
    { header: 'Số người tham dự', key: 'participants', width: 16 },
    { header: 'Kinh phí (đồng)', key: 'cost', width: 16, style: { numFmt: MONEY } },
  ];
  // Recorded data of the whole plan, whatever the unit's report says.
  for (const u of r.units.filter((x) => x.records))
    acts.addRow({
      name: u.name,
      ...Object.fromEntries(u.activities.map((a) => [a.kind, a.records])),
      participants: u.participants,
      cost: u.cost,
    });
  const budget = wb.addWorksheet('Kinh phí');
  budget.columns = [
    { header: 'Nguồn kinh phí', key: 'name', width: 45 },
    { header: 'Phân bổ (đồng)', key: 'allocated', width: 18, style: { numFmt: MONEY } },
    { header: 'Đã chi (đồng)', key: 'spent', width: 18, style: { numFmt: MONEY } },
    { header: 'Tỷ lệ', key: 'rate', width: 10, style: { numFmt: '0.0%' } },
  ];
  for (const s of r.budget.bySource) budget.addRow(s);
  budget.addRow({ name: 'Cộng', ...r.budget.total }).font = { bold: true };
  for (const ws of [status, acts, budget]) ws.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
