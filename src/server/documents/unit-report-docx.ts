import type { Paragraph, Table } from 'docx';
import { formatNumberVi, formatVnd } from '../../shared/format/index.ts';
import type { UnitReportDocument } from '../modules/reports/unit-report-document.ts';
import { headerBlock } from './nd30/header-block.ts';
import { body, centered, heading, rule, TEXT_WIDTH } from './nd30/layout.ts';
import { activityKindTable, nd30ReportDocx } from './nd30/report-document.ts';
import { signatureBlock } from './nd30/signature-block.ts';

// A unit's own report on a plan's reporting duty as a Nghị định 30 document: the figures drafted
// from its records, its results, difficulties and proposals, for its head to sign and stamp.

const n = (x: number) => formatNumberVi(x);
const paragraphs = (text: string | null, none: string) =>
  (text?.trim() ? text.trim().split(/\n+/) : [none]).map((l) => body(l));

export async function unitReportToDocx(d: UnitReportDocument): Promise<Buffer> {
  const f = d.report.figures;
  const facts = [
    `Tổng số người tham dự các hoạt động: ${n(f.participants)} người; kinh phí đã sử dụng ${formatVnd(f.cost)}.`,
    ...(f.materialsProduced ? [`Sản phẩm truyền thông đã sản xuất: ${n(f.materialsProduced)}.`] : []),
    ...(f.trainees ? [`Số người được tập huấn: ${n(f.trainees)}.`] : []),
    ...(f.commitments
      ? [
          `Cơ sở, người hành nghề có cam kết còn hiệu lực: ${n(f.commitments.valid)}/${n(f.commitments.required)}.`,
        ]
      : []),
    ...(f.inspections
      ? [
          `Kiểm tra: ${n(f.inspections.done)} lượt; phát hiện ${n(f.inspections.violations)} vi phạm, xử phạt ${formatVnd(f.inspections.fines)}.`,
        ]
      : []),
    ...(f.births ? [`Số trẻ sinh ra: ${n(f.births.boys)} bé trai, ${n(f.births.girls)} bé gái.`] : []),
  ];
  const blocks: (Paragraph | Table)[] = [
    headerBlock({
      parentBodyName: d.parentBodyName,
      issuerName: d.issuerName,
      number: null,
      symbol: `BC${d.abbreviation ? `-${d.abbreviation}` : ''}`,
      place: d.place,
      date: d.date,
    }),
    centered('', { after: 120 }),
    centered('BÁO CÁO', { bold: true, before: 240 }),
    centered(d.subject, { bold: true }),
    rule(2800, TEXT_WIDTH, 240),
    centered(`Kính gửi: ${d.to}.`, { after: 240 }),
    body(
      `Thực hiện ${d.planReference}, ${d.issuerName} báo cáo kết quả thực hiện ${d.report.period.label.toLocaleLowerCase('vi')} như sau:`,
    ),
    heading('I.', 'KẾT QUẢ THỰC HIỆN'),
    body('1. Các hoạt động đã triển khai:'),
    activityKindTable(f.activities),
    ...facts.map((t, i) => body(`${i + 2}. ${t}`)),
    ...paragraphs(d.report.results, ''),
    heading('II.', 'KHÓ KHĂN, VƯỚNG MẮC'),
    ...paragraphs(d.report.difficulties, 'Không có.'),
    heading('III.', 'ĐỀ XUẤT, KIẾN NGHỊ'),
    ...paragraphs(d.report.proposals, 'Không có.'),
    body(`Trên đây là báo cáo kết quả thực hiện ${d.planReference} của ${d.issuerName}.`),
    centered('', { after: 120 }),
    signatureBlock([{ name: 'Như trên' }], 'Lưu: VT', {
      positionLines: [d.position],
      signerName: d.signerName,
    }),
  ];
  return nd30ReportDocx(`Báo cáo ${d.subject}`, blocks);
}
