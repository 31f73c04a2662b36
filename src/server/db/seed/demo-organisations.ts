import type { OrganisationKind } from '../../../shared/organisation-kinds.ts';

/**
 * The bodies named in the two seed plans (Sơn La 2026, huyện Tam Đường 2020). `key` lets other
 * demo rows refer to one; `unit` is the official code of its admin unit; `parent` a key.
 * Per-commune bodies (UBND, Trạm Y tế) are generated from the unit list.
 */
export interface DemoOrganisationSpec {
  key: string;
  name: string;
  abbreviation?: string;
  kind: OrganisationKind;
  unit: string;
  parent?: string;
}

export const SON_LA_ORGANISATIONS: DemoOrganisationSpec[] = [
  {
    key: 'ubnd-sl',
    name: 'Ủy ban nhân dân tỉnh Sơn La',
    abbreviation: 'UBND',
    kind: 'people_committee',
    unit: '14',
  },
  {
    key: 'syt-sl',
    name: 'Sở Y tế tỉnh Sơn La',
    abbreviation: 'SYT',
    kind: 'health_department',
    unit: '14',
    parent: 'ubnd-sl',
  },
  {
    key: 'ccds-sl',
    name: 'Chi cục Dân số tỉnh Sơn La',
    abbreviation: 'CCDS',
    kind: 'population_office',
    unit: '14',
    parent: 'syt-sl',
  },
  {
    key: 'khtc-sl',
    name: 'Phòng Kế hoạch - Tài chính, Sở Y tế',
    abbreviation: 'KHTC',
    kind: 'health_department_office',
    unit: '14',
    parent: 'syt-sl',
  },
  {
    key: 'nvyd-sl',
    name: 'Phòng Nghiệp vụ Y - Dược, Sở Y tế',
    abbreviation: 'NVYD',
    kind: 'health_department_office',
    unit: '14',
    parent: 'syt-sl',
  },
  {
    key: 'cdc-sl',
    name: 'Trung tâm Kiểm soát bệnh tật tỉnh Sơn La',
    abbreviation: 'CDC',
    kind: 'disease_control_centre',
    unit: '14',
    parent: 'syt-sl',
  },
  {
    key: 'bvdk-sl',
    name: 'Bệnh viện Đa khoa tỉnh Sơn La',
    abbreviation: 'BVĐK',
    kind: 'hospital',
    unit: '14',
    parent: 'syt-sl',
  },
  { key: 'bvcs-sl', name: 'Bệnh viện Đa khoa Cuộc Sống', kind: 'hospital', unit: '14' },
  {
    key: 'sgd-sl',
    name: 'Sở Giáo dục và Đào tạo tỉnh Sơn La',
    abbreviation: 'SGDĐT',
    kind: 'education_office',
    unit: '14',
    parent: 'ubnd-sl',
  },
  { key: 'bptth-sl', name: 'Báo và Phát thanh - Truyền hình tỉnh Sơn La', kind: 'press_media', unit: '14' },
  { key: 'bnd-sl', name: 'Cơ quan thường trú Báo Nhân dân tại Sơn La', kind: 'press_media', unit: '14' },
  {
    key: 'vov-tb',
    name: 'Cơ quan thường trú Đài Tiếng nói Việt Nam khu vực Tây Bắc',
    kind: 'press_media',
    unit: '14',
  },
  { key: 'bdbp-sl', name: 'Ban Chỉ huy Bộ đội Biên phòng tỉnh Sơn La', kind: 'border_guard', unit: '14' },
];

export const TAM_DUONG_ORGANISATIONS: DemoOrganisationSpec[] = [
  {
    key: 'syt-lc',
    name: 'Sở Y tế tỉnh Lai Châu',
    abbreviation: 'SYT',
    kind: 'health_department',
    unit: '12',
  },
  {
    key: 'ccds-lc',
    name: 'Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Lai Châu',
    abbreviation: 'DSKHHGĐ',
    kind: 'population_office',
    unit: '12',
    parent: 'syt-lc',
  },
  {
    key: 'ubnd-td',
    name: 'Ủy ban nhân dân huyện Tam Đường',
    abbreviation: 'UBND',
    kind: 'people_committee',
    unit: '106',
  },
  {
    key: 'bcd-td',
    name: 'Ban Chỉ đạo công tác Dân số - KHHGĐ huyện Tam Đường',
    abbreviation: 'BCĐ',
    kind: 'steering_committee',
    unit: '106',
    parent: 'ubnd-td',
  },
  {
    key: 'ttyt-td',
    name: 'Trung tâm Y tế huyện Tam Đường',
    abbreviation: 'TTYT',
    kind: 'district_health_centre',
    unit: '106',
    parent: 'syt-lc',
  },
  {
    key: 'pyt-td',
    name: 'Phòng Y tế huyện Tam Đường',
    abbreviation: 'PYT',
    kind: 'district_health_office',
    unit: '106',
    parent: 'ubnd-td',
  },
  {
    key: 'dtth-td',
    name: 'Đài Truyền thanh - Truyền hình huyện Tam Đường',
    kind: 'press_media',
    unit: '106',
    parent: 'ubnd-td',
  },
  {
    key: 'pgd-td',
    name: 'Phòng Giáo dục và Đào tạo huyện Tam Đường',
    abbreviation: 'PGDĐT',
    kind: 'education_office',
    unit: '106',
    parent: 'ubnd-td',
  },
  {
    key: 'ptp-td',
    name: 'Phòng Tư pháp huyện Tam Đường',
    abbreviation: 'PTP',
    kind: 'justice_office',
    unit: '106',
    parent: 'ubnd-td',
  },
  {
    key: 'pld-td',
    name: 'Phòng Lao động - Thương binh và Xã hội huyện Tam Đường',
    abbreviation: 'LĐTBXH',
    kind: 'labour_office',
    unit: '106',
    parent: 'ubnd-td',
  },
  { key: 'hnct-td', name: 'Hội Người cao tuổi huyện Tam Đường', kind: 'mass_organisation', unit: '106' },
  { key: 'hlhpn-td', name: 'Hội Liên hiệp Phụ nữ huyện Tam Đường', kind: 'mass_organisation', unit: '106' },
];
