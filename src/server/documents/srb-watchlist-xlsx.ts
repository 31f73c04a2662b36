import ExcelJS from 'exceljs';
import type { SrbEstimatesDto } from '../../shared/contracts/srb.ts';
import { formatDateTimeVi } from '../../shared/format/index.ts';
import { nationalTargetFor } from '../../shared/srb-targets.ts';
import { periodWords, SRB_FLAG_LABELS } from '../../shared/srb-text.ts';

const RATIO = '0.0';
const SHARE = '0%';

/** The watch-list as a workbook: areas ranked by P(imbalanced), with the settings used. */
export async function srbWatchlistToXlsx(e: SrbEstimatesDto, now = new Date()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cân Bằng';
  const ws = wb.addWorksheet('Danh sách theo dõi', { views: [{ state: 'frozen', ySplit: 5 }] });
  const areaWord = e.level === 'district' ? 'huyện (cũ)' : 'xã, phường';
  const period = e.areas[0]?.period;
  ws.addRow([
    `Danh sách ${areaWord} theo khả năng mất cân bằng giới tính khi sinh — ${e.province.name}${period ? `, ${periodWords(period)}` : ''}${e.birthOrder ? `, con thứ ${e.birthOrder}` : ''}`,
  ]).font = { bold: true, size: 13 };
  if (e.simulated)
    ws.addRow(['SỐ LIỆU MÔ PHỎNG, KHÔNG PHẢI SỐ LIỆU THẬT — chỉ dùng để trình diễn.']).font = {
      bold: true,
      color: { argb: 'FFC00000' },
    };
  else ws.addRow([]);
  const s = e.settings;
  ws.addRow([
    `Mức tự nhiên tham chiếu ${s.reference}; ngưỡng ${s.threshold}; gắn cờ khi P(mất cân bằng) ≥ ${Math.round(s.flagProbability * 100)}%, cần theo dõi từ ${Math.round(s.watchProbability * 100)}%; dưới ${s.minBirths} trẻ là chưa đủ số liệu. Lập lúc ${formatDateTimeVi(now)}.`,
  ]);
  ws.addRow([]);
  const header = ws.addRow([
    'Hạng',
    'Mã',
    `Tên ${areaWord}`,
    'Số trẻ',
    'Trai',
    'Gái',
    'TSGTKS thô',
    'Thô: cận dưới 95%',
    'Thô: cận trên 95%',
    'TSGTKS ước lượng',
    'Ước lượng: cận dưới 95%',
    'Ước lượng: cận trên 95%',
    `P(TSGTKS > ${s.threshold})`,
    'P(mất cân bằng)',
    'Nhận định',
  ]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  const ranked = e.areas
    .filter((a) => a.level === 'area')
    .sort((a, b) => b.p_imbalanced - a.p_imbalanced || b.births - a.births);
  ranked.forEach((a, i) => {
    ws.addRow([
      i + 1,
      a.area_code,
      e.names[a.area_code] ?? a.area_code,
      a.births,
      a.boys,
      a.girls,
      a.srb_raw,
      a.srb_raw_lo95,
      a.srb_raw_hi95,
      a.srb_est,
      a.srb_lo95,
      a.srb_hi95,
      a.p_above_threshold,
      a.p_imbalanced,
      SRB_FLAG_LABELS[a.flag],
    ]);
  });
  const province = e.areas.find((a) => a.level === 'parent');
  if (province) {
    const target = nationalTargetFor(e.endYear ?? new Date().getFullYear());
    const row = ws.addRow([
      '',
      province.area_code,
      `Toàn tỉnh${target ? ` (mục tiêu quốc gia: dưới ${target.below} vào năm ${target.year}${target.verified ? '' : ', chưa kiểm chứng'})` : ''}`,
      province.births,
      province.boys,
      province.girls,
      province.srb_raw,
      province.srb_raw_lo95,
      province.srb_raw_hi95,
      province.srb_est,
      province.srb_lo95,
      province.srb_hi95,
      province.p_above_threshold,
      province.p_imbalanced,
      SRB_FLAG_LABELS[province.flag],
    ]);
    row.font = { bold: true };
  }
  const widths = [6, 8, 34, 9, 8, 8, 10, 10, 10, 11, 11, 11, 12, 12, 30];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const c of [7, 8, 9, 10, 11, 12]) ws.getColumn(c).numFmt = RATIO;
  for (const c of [13, 14]) ws.getColumn(c).numFmt = SHARE;
  ws.getColumn(4).numFmt = '#,##0';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
