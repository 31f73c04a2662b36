// The facilities' codes and their Vietnamese names, without zod: pages that only show them (a
// report's page reads the shared messages) do not load the schemas of facilities.ts.

export const FACILITY_KINDS = ['health_facility', 'pharmacy', 'bookstore', 'media_producer'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];
export const FACILITY_KIND_LABELS: Record<FacilityKind, string> = {
  health_facility: 'Cơ sở y tế',
  pharmacy: 'Nhà thuốc, quầy thuốc',
  bookstore: 'Hiệu sách',
  media_producer: 'Cơ sở sản xuất sản phẩm truyền thông',
};
export const FACILITY_SERVICES = ['ultrasound', 'abortion', 'assisted_reproduction', 'obstetrics'] as const;
export type FacilityService = (typeof FACILITY_SERVICES)[number];
export const FACILITY_SERVICE_LABELS: Record<FacilityService, string> = {
  ultrasound: 'Siêu âm',
  abortion: 'Phá thai',
  assisted_reproduction: 'Hỗ trợ sinh sản',
  obstetrics: 'Sản khoa',
};
/** Offering one of these makes a commitment due (target 100%, as in both plans). */
export const COMMITMENT_SERVICES: readonly FacilityService[] = ['ultrasound', 'abortion'];
export const FACILITY_STATUSES = ['active', 'suspended', 'closed'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];
export const FACILITY_STATUS_LABELS: Record<FacilityStatus, string> = {
  active: 'Đang hoạt động',
  suspended: 'Tạm đình chỉ',
  closed: 'Đã đóng cửa',
};

export type CommitmentState = 'valid' | 'lapsed' | 'missing' | 'not_required';
export const COMMITMENT_STATE_LABELS: Record<CommitmentState, string> = {
  valid: 'Đã ký, còn hiệu lực',
  lapsed: 'Cam kết đã hết hiệu lực',
  missing: 'Chưa ký cam kết',
  not_required: 'Không thuộc diện phải ký',
};
