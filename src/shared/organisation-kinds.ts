// Organisation kinds named in the two seed plans and in the product brief. Codes are
// English (stable in data and code); the interface shows the Vietnamese label.
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
  other: { vi: 'Khác', en: 'Other' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type OrganisationKind = keyof typeof ORGANISATION_KINDS;
export const ORGANISATION_KIND_CODES = Object.keys(ORGANISATION_KINDS) as OrganisationKind[];
