import {
  type CommitmentState,
  FACILITY_SERVICE_LABELS,
  type FacilityKind,
  type FacilityService,
} from '../../../shared/contracts/facilities.ts';
import { formatNumberEn, formatNumberVi } from '../../../shared/format/index.ts';
import { compareVi } from '../../../shared/text/index.ts';

// "Where to inspect next": each facility gets points for what makes an inspection worthwhile,
// and every point is shown with its reason, so the ranking can be argued with. Pure code.

export interface PriorityInput {
  facilityId: string;
  provinceCode: string;
  name: string;
  kind: FacilityKind;
  adminUnitName: string;
  services: readonly FacilityService[];
  commitment: CommitmentState;
  /** P(imbalanced) of the facility's commune, when SRB estimates exist. */
  pImbalanced: number | null;
  lastInspectedOn: string | null;
  violations: number;
  openViolations: number;
}

export const PRIORITY_WEIGHTS = {
  imbalance: 40,
  missingCommitment: 25,
  lapsedCommitment: 20,
  neverInspected: 20,
  inspectedOver2Years: 15,
  inspectedOver1Year: 8,
  perPastViolation: 8,
  maxPastViolations: 24,
  openViolation: 10,
  service: { ultrasound: 10, abortion: 10, assisted_reproduction: 5, obstetrics: 3 } as Record<
    FacilityService,
    number
  >,
  kind: { health_facility: 0, pharmacy: 3, bookstore: 2, media_producer: 2 } as Record<FacilityKind, number>,
};

const monthsBetween = (from: string, to: string) => {
  const [y1, m1, d1] = from.split('-').map(Number);
  const [y2, m2, d2] = to.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
};

export function priorityOf(f: PriorityInput, today: string) {
  const w = PRIORITY_WEIGHTS;
  const reasons: { label: string; labelEn: string; points: number }[] = [];
  if (f.pImbalanced != null && f.pImbalanced > 0) {
    const points = Math.round(w.imbalance * f.pImbalanced);
    if (points > 0)
      reasons.push({
        label: `Xã, phường có khả năng mất cân bằng giới tính khi sinh ${formatNumberVi(Math.round(f.pImbalanced * 100))}%`,
        labelEn: `The commune is ${formatNumberEn(Math.round(f.pImbalanced * 100))}% likely imbalanced in sex ratio at birth`,
        points,
      });
  }
  if (f.commitment === 'missing')
    reasons.push({ label: 'Chưa ký cam kết', labelEn: 'No commitment signed', points: w.missingCommitment });
  if (f.commitment === 'lapsed')
    reasons.push({
      label: 'Cam kết đã hết hiệu lực',
      labelEn: 'Commitment lapsed',
      points: w.lapsedCommitment,
    });
  if (!f.lastInspectedOn)
    reasons.push({ label: 'Chưa từng được kiểm tra', labelEn: 'Never inspected', points: w.neverInspected });
  else {
    const months = monthsBetween(f.lastInspectedOn, today);
    if (months >= 24)
      reasons.push({
        label: `Lần kiểm tra gần nhất cách đây ${months} tháng`,
        labelEn: `Last inspected ${months} months ago`,
        points: w.inspectedOver2Years,
      });
    else if (months >= 12)
      reasons.push({
        label: `Lần kiểm tra gần nhất cách đây ${months} tháng`,
        labelEn: `Last inspected ${months} months ago`,
        points: w.inspectedOver1Year,
      });
  }
  if (f.violations > 0)
    reasons.push({
      label: `Đã có ${f.violations} vi phạm`,
      labelEn: `${f.violations} past ${f.violations === 1 ? 'violation' : 'violations'}`,
      points: Math.min(w.maxPastViolations, f.violations * w.perPastViolation),
    });
  if (f.openViolations > 0)
    reasons.push({
      label: `${f.openViolations} vi phạm chưa xử lý xong`,
      labelEn: `${f.openViolations} ${f.openViolations === 1 ? 'violation' : 'violations'} not fully handled`,
      points: w.openViolation,
    });
  const services = f.services.filter((s) => w.service[s] > 0);
  if (services.length)
    reasons.push({
      label: `Cung cấp dịch vụ: ${services.map((s) => FACILITY_SERVICE_LABELS[s].toLowerCase()).join(', ')}`,
      labelEn: `Provides: ${services.map((s) => SERVICE_WORDS_EN[s]).join(', ')}`,
      points: services.reduce((sum, s) => sum + w.service[s], 0),
    });
  if (w.kind[f.kind] > 0)
    reasons.push({ label: KIND_WORDS[f.kind], labelEn: KIND_WORDS_EN[f.kind], points: w.kind[f.kind] });
  return { ...f, score: reasons.reduce((s, r) => s + r.points, 0), reasons };
}

const KIND_WORDS: Record<FacilityKind, string> = {
  health_facility: 'Cơ sở y tế',
  pharmacy: 'Nhà thuốc (có thể bán thuốc "sinh con theo ý muốn")',
  bookstore: 'Hiệu sách (có thể bán tài liệu hướng dẫn chọn giới tính)',
  media_producer: 'Cơ sở sản xuất sản phẩm truyền thông',
};

const KIND_WORDS_EN: Record<FacilityKind, string> = {
  health_facility: 'Health facility',
  pharmacy: 'Pharmacy (may sell "choose your baby\'s sex" remedies)',
  bookstore: 'Bookstore (may sell sex-selection guides)',
  media_producer: 'Media producer',
};

const SERVICE_WORDS_EN: Record<FacilityService, string> = {
  ultrasound: 'ultrasound',
  abortion: 'abortion',
  assisted_reproduction: 'assisted reproduction',
  obstetrics: 'obstetrics',
};

/** Highest score first; equal scores in Vietnamese alphabetical order of the name. */
export function rankForInspection(items: readonly PriorityInput[], today: string) {
  return items
    .map((f) => priorityOf(f, today))
    .sort((a, b) => b.score - a.score || compareVi(a.name, b.name));
}
