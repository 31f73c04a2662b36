import {
  type IssuerKind,
  PLAN_SECTION_KEYS,
  type PlanContent,
  type PlanSection,
} from '../contracts/plans.ts';
import { foldVietnamese } from '../text/index.ts';

// What each kind of issuing body writes by default: its headings and its signature block
// (Nghị định 30, Phụ lục I, ô 7a: TM. for a collective body, KT. for a deputy signing for the head).

/** The issuer kind a plan states, or the one its issuer's name says (plans made before the field). */
export function issuerKindOf(c: Pick<PlanContent, 'issuerKind' | 'issuerName'>): IssuerKind {
  if (c.issuerKind) return c.issuerKind;
  const name = foldVietnamese(c.issuerName).toLowerCase();
  if (/^(uy ban nhan dan|ubnd) (tinh|thanh pho)\b/.test(name) && !/\b(xa|phuong)\b/.test(name))
    return 'ubnd_province';
  if (/^(uy ban nhan dan|ubnd)\b/.test(name)) return 'ubnd_commune';
  if (/^so\b/.test(name)) return 'department';
  if (/^(ban chi dao|bcd)\b/.test(name)) return 'steering_committee';
  if (/^chi cuc\b/.test(name)) return 'sub_department';
  if (/^tram y te\b/.test(name)) return 'health_station';
  return 'other';
}

const DEPARTMENT_HEADINGS: Record<(typeof PLAN_SECTION_KEYS)[number], string> = {
  review: 'Kết quả thực hiện giai đoạn trước',
  purposes: 'Mục đích, yêu cầu',
  objectives: 'Mục tiêu',
  activities: 'Nội dung các hoạt động',
  funding: 'Kinh phí',
  responsibilities: 'Tổ chức thực hiện',
  reporting: 'Công tác báo cáo',
};
// A people's committee words its plan as the province's programme: targets and key tasks.
const COMMITTEE_HEADINGS: typeof DEPARTMENT_HEADINGS = {
  review: 'Kết quả thực hiện giai đoạn trước',
  purposes: 'Mục đích, yêu cầu',
  objectives: 'Mục tiêu, chỉ tiêu',
  activities: 'Nhiệm vụ trọng tâm',
  funding: 'Kinh phí thực hiện',
  responsibilities: 'Tổ chức thực hiện',
  reporting: 'Chế độ báo cáo',
};

/** The issuer kind of a body in the directory (a child plan's organisation). */
export function issuerKindOfOrganisation(kind: string, unitLevel: string): IssuerKind {
  switch (kind) {
    case 'people_committee':
      return unitLevel === 'province' ? 'ubnd_province' : 'ubnd_commune';
    case 'health_department':
      return 'department';
    case 'steering_committee':
      return 'steering_committee';
    case 'population_office':
      return 'sub_department';
    case 'commune_health_station':
      return 'health_station';
    default:
      return 'other';
  }
}

/** The headings a plan of this issuer kind starts with, in the usual order. */
export function defaultSections(kind: IssuerKind): PlanSection[] {
  const titles =
    kind === 'ubnd_province' || kind === 'ubnd_commune' ? COMMITTEE_HEADINGS : DEPARTMENT_HEADINGS;
  return PLAN_SECTION_KEYS.map((key) => ({ key, title: titles[key] }));
}

/**
 * The plan's headings in print order: its own, then any part it does not list with the
 * default heading (so no content is ever dropped for want of a heading).
 */
export function sectionsOf(c: Pick<PlanContent, 'sections' | 'issuerKind' | 'issuerName'>): PlanSection[] {
  const own = (c.sections ?? []).filter((s, i, all) => all.findIndex((x) => x.key === s.key) === i);
  const defaults = defaultSections(issuerKindOf(c));
  return [...own, ...defaults.filter((d) => !own.some((s) => s.key === d.key))];
}

/** The signature block a body of this kind uses: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". */
export function defaultSignature(
  kind: IssuerKind,
): Pick<PlanContent['signature'], 'authority' | 'authorityOf' | 'positionLines'> {
  switch (kind) {
    case 'ubnd_province':
    case 'ubnd_commune':
      return {
        authority: 'TM.',
        authorityOf: 'Ủy ban nhân dân',
        positionLines: ['KT. Chủ tịch', 'Phó Chủ tịch'],
      };
    case 'department':
      return { authority: 'KT.', authorityOf: 'Giám đốc', positionLines: ['Phó Giám đốc'] };
    case 'steering_committee':
      return { authority: 'TM.', authorityOf: 'Ban Chỉ đạo', positionLines: ['Trưởng ban'] };
    case 'sub_department':
      return { authority: 'KT.', authorityOf: 'Chi cục trưởng', positionLines: ['Phó Chi cục trưởng'] };
    case 'health_station':
      return { authority: null, authorityOf: null, positionLines: ['Trạm trưởng'] };
    default:
      return { authority: null, authorityOf: null, positionLines: ['Thủ trưởng đơn vị'] };
  }
}
