import ExcelJS from 'exceljs';
import {
  type ReportingSummaryDto,
  SUMMARY_STATUS_LABELS,
  type SummaryStatus,
} from '../../shared/contracts/reports.ts';
import { formatDateTimeVi, formatDateVi } from '../../shared/format/index.ts';

const RATE = '0.0%';
// The cell colours of the page's tags, so the printed table reads the same.
const FILL: Record<SummaryStatus, string | null> = {
  notDue: null,
  due: 'FFE6F4FF',
  overdue: 'FFFFCCC7',
  submitted: 'FFFFF1B8',
  returned: 'FFFFA39E',
  accepted: 'FFD9F7BE',
};

/** The summary as one sheet: a unit per row, a period per column, rates as numbers (0–1, "%"). */
export async function reportingSummaryToXlsx(s: ReportingSummaryDto, now = new Date()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cân Bằng';
  const ws = wb.addWorksheet('Tỷ lệ báo cáo', { views: [{ state: 'frozen', xSplit: 2, ySplit: 4 }] });
  ws.addRow([`Tổng hợp tỷ lệ báo cáo — ${s.planSubject}`]).font = { bold: true, size: 13 };
  ws.addRow([
    `${s.acceptedOnly ? 'Chỉ tính báo cáo đã chấp nhận' : 'Tính báo cáo đã gửi và đã chấp nhận'}; tỷ lệ = số báo cáo đã nhận ÷ số phải báo cáo.${s.status ? ` Lọc: đơn vị có kỳ "${SUMMARY_STATUS_LABELS[s.status]}".` : ''} Lập lúc ${formatDateTimeVi(now)}.`,
  ]);
  ws.addRow([]);
  const header = ws.addRow([
    'Đơn vị',
    'Địa bàn',
    ...s.periods.map((p) => `${p.label} (hạn ${formatDateVi(p.due)})`),
    'Tỷ lệ báo cáo',
    'Tỷ lệ đúng hạn',
  ]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  for (const r of s.rows) {
    const row = ws.addRow([
      r.organisationName,
      r.adminUnitName,
      ...r.cells.map(
        (c) =>
          `${SUMMARY_STATUS_LABELS[c.status]}${c.onTime === true ? ' · đúng hạn' : c.onTime === false ? ' · muộn' : ''}`,
      ),
      r.reportingRate,
      r.onTimeRate,
    ]);
    r.cells.forEach((c, i) => {
      const fill = FILL[c.status];
      if (fill) row.getCell(i + 3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    });
  }
  const per = (key: 'reportingRate' | 'onTimeRate', label: string) =>
    (ws.addRow([label, '', ...s.periods.map((p) => p[key]), s.overall[key]]).font = { bold: true });
  per('reportingRate', 'Tỷ lệ báo cáo của kỳ');
  per('onTimeRate', 'Tỷ lệ đúng hạn của kỳ');
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 24;
  for (let i = 3; i <= s.periods.length + 4; i++) ws.getColumn(i).width = 18;
  for (let i = 3; i <= s.periods.length + 4; i++) ws.getColumn(i).numFmt = RATE;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
