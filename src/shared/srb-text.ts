import type { SrbFigures, SrbFlag } from './contracts/srb.ts';
import { formatNumberVi } from './format/numbers.ts';

// The words the product uses for SRB figures, in one place so that the map, the watch-list,
// the commune page and the XLSX export say the same thing.

export const SRB_FLAG_LABELS: Record<SrbFlag, string> = {
  imbalanced: 'Có dấu hiệu mất cân bằng',
  watch: 'Cần theo dõi',
  normal: 'Chưa thấy dấu hiệu mất cân bằng',
  insufficient: 'Chưa đủ số liệu để kết luận',
};

export const SRB_FLAG_LABELS_EN: Record<SrbFlag, string> = {
  imbalanced: 'Signs of imbalance',
  watch: 'Watch',
  normal: 'No sign of imbalance',
  insufficient: 'Too few births to conclude',
};

const n1 = (x: number | null) => (x == null ? '—' : formatNumberVi(x, 1));
const pct = (p: number) => `${formatNumberVi(Math.round(p * 100))}%`;

/** "2023-2025" → "3 năm 2023–2025"; "2025" → "năm 2025". */
export function periodWords(period: string): string {
  const [a, b] = period.split('-').map(Number);
  return b ? `${b - a + 1} năm ${a}–${b}` : `năm ${a}`;
}

/**
 * A plain-Vietnamese reading of one area's figures, for officials who are not statisticians:
 * what was counted, how uncertain the raw ratio is, what the model concludes and how sure it is.
 */
export function explainSrb(f: SrbFigures, areaName: string): string[] {
  const lines: string[] = [];
  lines.push(
    `Trong ${periodWords(f.period)}, ${areaName} có ${formatNumberVi(f.births)} trẻ sinh ra được ghi nhận (${formatNumberVi(f.boys)} trai, ${formatNumberVi(f.girls)} gái).`,
  );
  if (f.srb_raw != null)
    lines.push(
      `Tính thẳng từ số đếm: cứ 100 bé gái có ${n1(f.srb_raw)} bé trai. Chỉ do ngẫu nhiên, với ngần ấy trẻ con số này có thể dao động từ ${n1(f.srb_raw_lo95)} đến ${n1(f.srb_raw_hi95)} (khoảng tin cậy 95%)${f.births < 3000 ? ', nên một con số thô đơn lẻ chưa nói lên được nhiều' : ''}.`,
    );
  lines.push(
    `Mô hình (xét cùng các địa bàn khác trong tỉnh) ước lượng ${n1(f.srb_est)}, nhiều khả năng nằm trong khoảng ${n1(f.srb_lo95)}–${n1(f.srb_hi95)}. Khả năng địa bàn này đang mất cân bằng giới tính khi sinh: ${pct(f.p_imbalanced)}.`,
  );
  const verdict: Record<SrbFlag, string> = {
    imbalanced: 'Kết luận: có dấu hiệu mất cân bằng; nên ưu tiên truyền thông và kiểm tra ở địa bàn này.',
    watch: 'Kết luận: cần theo dõi thêm; số liệu nghiêng về mất cân bằng nhưng chưa đủ chắc chắn.',
    normal: 'Kết luận: chưa thấy dấu hiệu mất cân bằng với số liệu hiện có.',
    insufficient:
      'Kết luận: chưa đủ số liệu để kết luận; đừng dựa vào con số thô. Hãy xem thời kỳ dài hơn hoặc địa bàn lớn hơn.',
  };
  lines.push(verdict[f.flag]);
  return lines;
}
