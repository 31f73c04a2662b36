import ExcelJS from 'exceljs';
import {
  COMMITMENT_STATE_LABELS,
  type CoverageDto,
  type FacilityFiguresDto,
} from '../../shared/contracts/facilities.ts';
import { formatDateVi } from '../../shared/format/index.ts';

const PERCENT = '0.0%';
const MONEY = '#,##0';

/** Commitments, inspections and violations of a year, one sheet each, for unit and province reports. */
export async function facilityFiguresToXlsx(
  figures: FacilityFiguresDto,
  coverage: CoverageDto,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cân Bằng';
  const summary = wb.addWorksheet('Tổng hợp');
  summary.addRow([`Cơ sở dịch vụ, cam kết và kiểm tra — ${figures.scopeName}, năm ${figures.year}`]).font = {
    bold: true,
    size: 13,
  };
  summary.addRow([`Tỷ lệ cam kết tính đến ngày ${formatDateVi(coverage.onDate)}; mục tiêu 100%.`]);
  summary.addRow([]);
  const c = figures.coverage;
  const i = figures.inspections;
  for (const [label, value, fmt] of [
    ['Cơ sở, cá nhân thuộc diện phải ký cam kết', c.required, null],
    ['Đã ký, còn hiệu lực', c.valid, null],
    ['Cam kết đã hết hiệu lực', c.lapsed, null],
    ['Chưa ký cam kết', c.missing, null],
    ['Tỷ lệ cam kết', c.rate, PERCENT],
    ['Lượt kiểm tra theo kế hoạch', i.planned, null],
    ['Đã kiểm tra', i.done, null],
    ['Tỷ lệ thực hiện kế hoạch kiểm tra', i.rate, PERCENT],
    ['Số vi phạm', figures.violations, null],
    ['Tổng tiền phạt (đồng)', figures.fines, MONEY],
    ['Bằng chữ', figures.finesInWords, null],
  ] as const) {
    const row = summary.addRow([label, value]);
    if (fmt) row.getCell(2).numFmt = fmt;
  }
  summary.getColumn(1).width = 45;
  summary.getColumn(2).width = 40;

  const byCommune = wb.addWorksheet('Cam kết theo xã', { views: [{ state: 'frozen', ySplit: 1 }] });
  byCommune.columns = [
    { header: 'Xã, phường', key: 'name', width: 30 },
    { header: 'Phải ký', key: 'required', width: 10 },
    { header: 'Còn hiệu lực', key: 'valid', width: 12 },
    { header: 'Hết hiệu lực', key: 'lapsed', width: 12 },
    { header: 'Chưa ký', key: 'missing', width: 10 },
    { header: 'Tỷ lệ', key: 'rate', width: 10, style: { numFmt: PERCENT } },
  ];
  byCommune.getRow(1).font = { bold: true };
  for (const r of [...coverage.communes, coverage.province]) byCommune.addRow(r);
  byCommune.lastRow!.font = { bold: true };

  const gaps = wb.addWorksheet('Chưa ký hoặc hết hạn', { views: [{ state: 'frozen', ySplit: 1 }] });
  gaps.columns = [
    { header: 'Xã, phường', key: 'adminUnitName', width: 30 },
    { header: 'Cơ sở, cá nhân', key: 'name', width: 40 },
    { header: 'Tình trạng', key: 'state', width: 30 },
  ];
  gaps.getRow(1).font = { bold: true };
  for (const g of coverage.gaps) gaps.addRow({ ...g, state: COMMITMENT_STATE_LABELS[g.state] });

  const violations = wb.addWorksheet('Vi phạm', { views: [{ state: 'frozen', ySplit: 1 }] });
  violations.columns = [
    { header: 'Điều khoản', key: 'code', width: 22 },
    { header: 'Nội dung', key: 'title', width: 60 },
    { header: 'Số vi phạm', key: 'count', width: 12 },
    { header: 'Tiền phạt (đồng)', key: 'fines', width: 18, style: { numFmt: MONEY } },
  ];
  violations.getRow(1).font = { bold: true };
  for (const v of figures.violationsByProvision) violations.addRow(v);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
