import type { Paragraph, Table } from 'docx';
import { CONSOLIDATED_STATUS_LABELS } from '../../shared/contracts/reports.ts';
import { formatDateVi, formatNumberVi, formatVnd } from '../../shared/format/index.ts';
import type { ConsolidatedReport } from '../modules/reports/consolidated-report.service.ts';
import { headerBlock } from './nd30/header-block.ts';
import { body, bullet, centered, heading, rule, TEXT_WIDTH } from './nd30/layout.ts';
import { activityKindTable, nd30ReportDocx } from './nd30/report-document.ts';
import { signatureBlock } from './nd30/signature-block.ts';
import { simpleTable } from './nd30/table.ts';

// "Báo cáo kết quả thực hiện Kế hoạch …": the province's consolidated report as a Nghị định 30
// document, its sections built from the whole plan's data, the units' report statuses and the
// narratives of the reports that may be quoted.

const pct = (x: number | null) => (x == null ? '—' : `${formatNumberVi(x * 100, 1)}%`);
const n = (x: number) => formatNumberVi(x);

/** "Trong đó: 3 đã chấp nhận, 1 đã gửi, chờ duyệt; 1 bị trả lại…": the table's statuses counted. */
function statusSentence(r: ConsolidatedReport): string {
  const b = r.completeness.byStatus;
  const parts = (['accepted', 'submitted', 'returned', 'draft', 'missing'] as const)
    .filter((k) => b[k])
    .map((k) => `${n(b[k])} ${CONSOLIDATED_STATUS_LABELS[k].toLocaleLowerCase('vi')}`);
  const quoted = r.quotesSubmitted ? 'đã chấp nhận hoặc đã gửi' : 'đã được chấp nhận';
  return `${parts.length ? `Trong đó: ${parts.join('; ')}. ` : ''}Khó khăn, đề xuất dưới đây trích từ báo cáo ${quoted}.`;
}

export async function consolidatedReportToDocx(r: ConsolidatedReport): Promise<Buffer> {
  const blocks: (Paragraph | Table)[] = [
    headerBlock({
      parentBodyName: r.parentBodyName,
      issuerName: r.issuerName,
      number: null,
      symbol: r.symbol,
      place: r.place,
      date: r.date,
    }),
    centered('', { after: 120 }),
    centered('BÁO CÁO', { bold: true, before: 240 }),
    centered(r.subject, { bold: true }),
    rule(2800, TEXT_WIDTH, 240),
    centered(`Kính gửi: ${r.to}.`, { after: 240 }),
    body(
      `Thực hiện ${r.planReference}, ${r.issuerFullName} báo cáo kết quả thực hiện ${r.period.label.toLowerCase()} như sau:`,
    ),
    heading('I.', 'KẾT QUẢ THỰC HIỆN'),
    body(
      `1. Tình hình báo cáo của các đơn vị: ${n(r.completeness.received)}/${n(r.completeness.expected)} đơn vị đã gửi báo cáo (tỷ lệ báo cáo ${pct(r.completeness.reportingRate)}), ${n(r.completeness.onTime)} đơn vị gửi đúng hạn (tỷ lệ đúng hạn ${pct(r.completeness.onTimeRate)}; hạn ${formatDateVi(r.period.due)}). ${statusSentence(r)}`,
    ),
    simpleTable(
      [
        { title: 'Đơn vị', share: 44 },
        { title: 'Tình trạng báo cáo', share: 24 },
        { title: 'Số lần hoạt động', share: 14, right: true },
        { title: 'Kinh phí (đồng)', share: 18, right: true },
      ],
      r.units.map((u) => [u.name, CONSOLIDATED_STATUS_LABELS[u.status], n(u.records), n(u.cost)]),
      TEXT_WIDTH,
    ),
    body(
      '2. Các hoạt động đã triển khai (toàn bộ số liệu đã ghi nhận theo kế hoạch trong kỳ, kể cả của cơ quan tổng hợp):',
    ),
    activityKindTable(r.activities),
    body(
      `3. Thực thi pháp luật: ${n(r.facilities.coverage.valid)}/${n(r.facilities.coverage.required)} cơ sở, cá nhân cung cấp dịch vụ có cam kết còn hiệu lực (${pct(r.facilities.coverage.rate)}, mục tiêu 100%); đã kiểm tra ${n(r.facilities.inspections.done)}/${n(r.facilities.inspections.planned)} lượt theo kế hoạch; phát hiện ${n(r.facilities.violations)} vi phạm, xử phạt ${formatVnd(r.facilities.fines)}.`,
    ),
    body(
      r.srb
        ? `4. Tỷ số giới tính khi sinh${r.srb.simulated ? ' (SỐ LIỆU MÔ PHỎNG)' : ''}: năm ${r.srb.year} ghi nhận ${n(r.srb.births)} trẻ sinh ra; tỷ số thô ${formatNumberVi(r.srb.raw ?? 0, 1)} bé trai/100 bé gái, ước lượng ${formatNumberVi(r.srb.estimate, 1)} (khoảng tin cậy 95%: ${formatNumberVi(r.srb.lo, 1)}–${formatNumberVi(r.srb.hi, 1)}).`
        : '4. Tỷ số giới tính khi sinh: chưa có số liệu sinh của kỳ báo cáo.',
    ),
    body(
      `5. Kinh phí: đã chi ${formatVnd(r.budget.total.spent)} (${r.budget.spentInWords}) trên tổng phân bổ ${formatVnd(r.budget.total.allocated)} (${pct(r.budget.total.rate)}).`,
    ),
    ...(r.budget.bySource.length
      ? [
          simpleTable(
            [
              { title: 'Nguồn kinh phí', share: 46 },
              { title: 'Phân bổ (đồng)', share: 20, right: true },
              { title: 'Đã chi (đồng)', share: 20, right: true },
              { title: 'Tỷ lệ', share: 14, right: true },
            ],
            r.budget.bySource.map((s) => [s.name, n(s.allocated), n(s.spent), pct(s.rate)]),
            TEXT_WIDTH,
            ['Cộng', n(r.budget.total.allocated), n(r.budget.total.spent), pct(r.budget.total.rate)],
          ),
        ]
      : []),
    heading('II.', 'KHÓ KHĂN, VƯỚNG MẮC'),
    ...(r.difficulties.length
      ? r.difficulties.map((d) => bullet(`${d.unit}: ${d.text}`))
      : [body('Các đơn vị không nêu khó khăn, vướng mắc.')]),
    heading('III.', 'ĐỀ XUẤT, KIẾN NGHỊ'),
    ...(r.proposals.length
      ? r.proposals.map((d) => bullet(`${d.unit}: ${d.text}`))
      : [body('Các đơn vị không có đề xuất, kiến nghị.')]),
    body(`Trên đây là báo cáo kết quả thực hiện ${r.planReference} của ${r.issuerFullName}.`),
    centered('', { after: 120 }),
    signatureBlock([{ name: 'Như trên' }, ...r.recipients.map((name) => ({ name }))], 'Lưu: VT', r.signature),
  ];
  return nd30ReportDocx(`Báo cáo ${r.subject}`, blocks);
}
