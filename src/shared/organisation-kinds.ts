import type { AdminLevel } from './admin-levels.ts';

// Organisation kinds named in the two seed plans, in the product brief and in a province's own
// onboarding (issue 14: the departments a provincial plan cites). Codes are English (stable in
// data and code); the interface shows the Vietnamese label.
export const ORGANISATION_KINDS = {
  ministry_office: { vi: 'Cơ quan trung ương', en: 'Central agency' },
  people_committee: { vi: 'Ủy ban nhân dân', en: "People's Committee" },
  party_council: { vi: 'Cấp ủy, Hội đồng nhân dân', en: "Party committee / People's Council" },
  health_department: { vi: 'Sở Y tế', en: 'Provincial health department' },
  health_department_office: { vi: 'Phòng chuyên môn Sở Y tế', en: 'Health department office' },
  population_office: { vi: 'Chi cục Dân số', en: 'Population office' },
  disease_control_centre: { vi: 'Trung tâm Kiểm soát bệnh tật', en: 'Centre for Disease Control' },
  district_health_centre: { vi: 'Trung tâm Y tế huyện', en: 'District health centre' },
  district_health_office: { vi: 'Phòng Y tế huyện', en: 'District health office' },
  hospital: { vi: 'Bệnh viện', en: 'Hospital' },
  commune_health_station: { vi: 'Trạm Y tế', en: 'Commune health station' },
  steering_committee: { vi: 'Ban Chỉ đạo', en: 'Steering committee' },
  education_office: { vi: 'Sở, Phòng Giáo dục và Đào tạo', en: 'Education department / office' },
  school_high: { vi: 'Trường THPT', en: 'High school' },
  school_lower_secondary: { vi: 'Trường THCS', en: 'Lower secondary school' },
  press_media: { vi: 'Báo chí, phát thanh - truyền hình', en: 'Press / radio-TV' },
  border_guard: { vi: 'Bộ đội Biên phòng', en: 'Border Guard' },
  mass_organisation: { vi: 'Tổ chức chính trị - xã hội, hội', en: 'Mass organisation' },
  justice_office: { vi: 'Cơ quan tư pháp', en: 'Justice office' },
  labour_office: { vi: 'Lao động - Thương binh và Xã hội', en: 'Labour and social affairs office' },
  private_clinic: { vi: 'Phòng khám tư nhân', en: 'Private clinic' },
  pharmacy: { vi: 'Nhà thuốc', en: 'Pharmacy' },
  bookstore: { vi: 'Nhà sách', en: 'Bookstore' },
  media_producer: { vi: 'Cơ sở sản xuất sản phẩm truyền thông', en: 'Producer of communication products' },
  finance_department: { vi: 'Sở Tài chính', en: 'Department of Finance' },
  culture_department: {
    vi: 'Sở Văn hóa – Thể thao – Du lịch',
    en: 'Department of Culture, Sports and Tourism',
  },
  home_affairs_department: { vi: 'Sở Nội vụ', en: 'Department of Home Affairs' },
  province_department: { vi: 'Sở, ngành khác của tỉnh', en: 'Other provincial department' },
  provincial_police: { vi: 'Công an tỉnh', en: 'Provincial police' },
  commune_police: { vi: 'Công an xã, phường', en: 'Commune police' },
  other: { vi: 'Khác', en: 'Other' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type OrganisationKind = keyof typeof ORGANISATION_KINDS;
export const ORGANISATION_KIND_CODES = Object.keys(ORGANISATION_KINDS) as OrganisationKind[];

const N = 'country';
const P = 'province';
const D = 'district';
const C = 'commune';

/**
 * The levels of admin unit each kind may sit at: one rule for the API and the form (a Trạm Y tế
 * sits in a commune, a Sở at province level, a Trung tâm Y tế huyện in a former district…).
 * Villages hold no organisation.
 */
export const ORGANISATION_KIND_LEVELS: Record<OrganisationKind, readonly AdminLevel[]> = {
  // Cục Dân số sits at the national level; a central agency's office may sit in a province.
  ministry_office: [N, P],
  people_committee: [P, D, C],
  party_council: [P, D, C],
  health_department: [P],
  health_department_office: [P],
  population_office: [P, D],
  disease_control_centre: [P],
  // Since 2025 the health centres serve several communes and hang from the province.
  district_health_centre: [P, D],
  district_health_office: [D],
  hospital: [P, D],
  commune_health_station: [C],
  steering_committee: [P, D, C],
  education_office: [P, D],
  school_high: [P, D, C],
  school_lower_secondary: [D, C],
  press_media: [P, D],
  border_guard: [P, D, C],
  mass_organisation: [P, D, C],
  justice_office: [P, D],
  labour_office: [P, D],
  private_clinic: [P, D, C],
  pharmacy: [P, D, C],
  bookstore: [P, D, C],
  media_producer: [P, D, C],
  finance_department: [P],
  culture_department: [P],
  home_affairs_department: [P],
  province_department: [P],
  provincial_police: [P],
  commune_police: [C],
  other: [P, D, C],
};

const LEVEL_WORDS: Record<AdminLevel, string> = {
  country: 'toàn quốc',
  province: 'cấp tỉnh',
  district: 'cấp huyện (cũ)',
  commune: 'xã, phường',
  village: 'bản, tổ',
};

/** Kinds that may sit at `level` (the form offers only these). */
export function kindsForLevel(level: AdminLevel): OrganisationKind[] {
  return ORGANISATION_KIND_CODES.filter((k) => ORGANISATION_KIND_LEVELS[k].includes(level));
}

/** Why a `kind` may not sit at `level` (null: it may), in Vietnamese. */
export function kindLevelProblem(kind: OrganisationKind, level: AdminLevel): string | null {
  const levels = ORGANISATION_KIND_LEVELS[kind];
  if (levels.includes(level)) return null;
  return `Loại "${ORGANISATION_KINDS[kind].vi}" chỉ đặt ở địa bàn ${levels.map((l) => LEVEL_WORDS[l]).join(' hoặc ')}, không đặt ở ${LEVEL_WORDS[level]}.`;
}
