import { ADMIN_LEVEL_LABELS, type AdminLevel } from './admin-levels.ts';
import { ACTIVITY_KIND_LABELS, type ActivityKind } from './contracts/activity-records.ts';
import { formatDateTimeVi, formatDateVi, formatNumberVi, formatVnd } from './format/index.ts';
import { ORGANISATION_KINDS, type OrganisationKind } from './organisation-kinds.ts';
import { ROLE_LABELS, type Role } from './roles.ts';

// The audit log in the words of the officials who read it: every audited table (each one with a
// canbang_audit() trigger in migrations/) and every column named in Vietnamese and English, and the
// values written as the rest of the product writes them — "35.000.000 đồng", "05/12/2026",
// "Mở → Đã xử phạt". A unit test reads the triggers from the migrations and fails on a table or
// column without a label here.

type Label = { vi: string; en: string };
export type AuditLang = 'vi' | 'en';

export const AUDIT_ENTITIES: Record<string, Label> = {
  admin_units: { vi: 'Đơn vị hành chính', en: 'Administrative units' },
  organisations: { vi: 'Cơ quan, đơn vị', en: 'Organisations' },
  users: { vi: 'Người dùng', en: 'Users' },
  plans: { vi: 'Kế hoạch', en: 'Plans' },
  birth_batches: { vi: 'Số liệu sinh (đợt nhập)', en: 'Birth data (imports)' },
  facilities: { vi: 'Cơ sở cung cấp dịch vụ', en: 'Service facilities' },
  health_workers: { vi: 'Người hành nghề', en: 'Health workers' },
  commitments: { vi: 'Cam kết không lựa chọn giới tính', en: 'Commitments (no sex selection)' },
  legal_provisions: { vi: 'Điều khoản xử phạt', en: 'Legal provisions' },
  checklist_items: { vi: 'Nội dung kiểm tra', en: 'Inspection checklist items' },
  inspection_plans: { vi: 'Kế hoạch kiểm tra', en: 'Inspection plans' },
  inspections: { vi: 'Cuộc kiểm tra', en: 'Inspections' },
  violations: { vi: 'Vi phạm', en: 'Violations' },
  attachments: { vi: 'Tệp đính kèm', en: 'Attachments' },
  activity_records: { vi: 'Kết quả hoạt động', en: 'Activity records' },
  population_denominators: { vi: 'Dân số (mẫu số)', en: 'Population denominators' },
  clubs: { vi: 'Câu lạc bộ', en: 'Clubs' },
  unit_reports: { vi: 'Báo cáo của đơn vị', en: 'Unit reports' },
  expenditures: { vi: 'Chứng từ chi', en: 'Expenditure vouchers' },
  budget_allocations: { vi: 'Phân bổ kinh phí', en: 'Budget allocations' },
  national_targets: { vi: 'Chỉ tiêu toàn quốc', en: 'National targets' },
  consolidated_report_sends: { vi: 'Gửi báo cáo tổng hợp', en: 'Consolidated reports sent' },
};

/** Events that are not row changes: their entity is a route; the action names them. */
export const AUDIT_ACTIONS: Record<string, Label> = {
  insert: { vi: 'Thêm', en: 'Added' },
  update: { vi: 'Sửa', en: 'Changed' },
  delete: { vi: 'Xóa', en: 'Deleted' },
  login: { vi: 'Đăng nhập', en: 'Signed in' },
  logout: { vi: 'Đăng xuất', en: 'Signed out' },
  login_failed: { vi: 'Đăng nhập sai', en: 'Failed sign-in' },
  password_changed: { vi: 'Đổi mật khẩu', en: 'Password changed' },
  reference_load: { vi: 'Nạp danh mục', en: 'Reference data loaded' },
  demo_seed: { vi: 'Tạo dữ liệu mẫu', en: 'Demo data created' },
  download: { vi: 'Tải tệp về', en: 'Downloaded a file' },
  refused: { vi: 'Bị từ chối truy cập', en: 'Access refused' },
};

/** The filter's kinds: every audited table, then the events filed by action. */
export const AUDIT_KINDS: { value: string; label: Label }[] = [
  ...Object.entries(AUDIT_ENTITIES).map(([value, label]) => ({ value, label })),
  { value: 'action:download', label: AUDIT_ACTIONS.download },
  { value: 'action:refused', label: AUDIT_ACTIONS.refused },
  { value: 'action:login', label: { vi: 'Đăng nhập, đăng xuất', en: 'Sign-ins and sign-outs' } },
];

const L = (vi: string, en: string): Label => ({ vi, en });

export const AUDIT_FIELDS: Record<string, Label> = {
  must_change_password: L('Phải đổi mật khẩu', 'Must change password'),
  one_time_password_used_at: L('Đã dùng mật khẩu một lần lúc', 'One-time password used at'),
  start_year: L('Năm bắt đầu', 'Start year'),
  end_year: L('Năm kết thúc', 'End year'),
  indicator: L('Chỉ tiêu', 'Indicator'),
  comparator: L('Phép so sánh', 'Comparison'),
  value: L('Giá trị', 'Value'),
  unit: L('Đơn vị tính', 'Unit'),
  source_document: L('Văn bản nguồn', 'Source document'),
  sent_by: L('Người gửi', 'Sent by'),
  sent_at: L('Thời điểm gửi', 'Sent at'),
  id: L('Mã định danh', 'Identifier'),
  code: L('Mã', 'Code'),
  name: L('Tên', 'Name'),
  short_name: L('Tên ngắn', 'Short name'),
  type: L('Loại', 'Type'),
  level: L('Cấp', 'Level'),
  kind: L('Loại', 'Kind'),
  parent_id: L('Đơn vị cấp trên', 'Parent'),
  province_code: L('Tỉnh', 'Province'),
  path: L('Vị trí trong cây đơn vị', 'Place in the unit tree'),
  unit_path: L('Vị trí trong cây đơn vị', 'Place in the unit tree'),
  valid_from: L('Hiệu lực từ', 'Valid from'),
  valid_to: L('Hiệu lực đến', 'Valid to'),
  active: L('Đang hoạt động', 'Active'),
  sort_key: L('Khóa sắp xếp', 'Sort key'),
  search_text: L('Chuỗi tìm kiếm', 'Search text'),
  meta: L('Thông tin thêm', 'Extra information'),
  created_at: L('Tạo lúc', 'Created at'),
  updated_at: L('Sửa lúc', 'Updated at'),
  version: L('Phiên bản', 'Version'),
  abbreviation: L('Tên viết tắt', 'Abbreviation'),
  admin_unit_id: L('Đơn vị hành chính', 'Administrative unit'),
  head_name: L('Người đứng đầu', 'Head'),
  address: L('Địa chỉ', 'Address'),
  phone: L('Điện thoại', 'Phone'),
  email: L('Thư điện tử', 'Email'),
  is_demo: L('Dữ liệu mẫu', 'Demo data'),
  username: L('Tên đăng nhập', 'Username'),
  display_name: L('Họ và tên', 'Full name'),
  password_hash: L('Mật khẩu', 'Password'),
  role: L('Vai trò', 'Role'),
  organisation_id: L('Cơ quan, đơn vị', 'Organisation'),
  last_login_at: L('Đăng nhập lần cuối', 'Last sign-in'),
  year: L('Năm', 'Year'),
  status: L('Trạng thái', 'Status'),
  revision: L('Lần sửa đổi', 'Revision'),
  previous_revision_id: L('Bản trước', 'Previous revision'),
  parent_plan_id: L('Kế hoạch cấp trên', 'Parent plan'),
  subject: L('Trích yếu', 'Subject'),
  number: L('Số văn bản', 'Document number'),
  symbol: L('Ký hiệu', 'Symbol'),
  issued_date: L('Ngày ban hành', 'Issue date'),
  content: L('Nội dung', 'Content'),
  file_name: L('Tên tệp', 'File name'),
  content_hash: L('Mã băm nội dung', 'Content hash'),
  row_count: L('Số dòng', 'Rows'),
  births: L('Số trẻ sinh ra', 'Births'),
  simulated: L('Số liệu mô phỏng', 'Simulated data'),
  form_unit_id: L('Đơn vị của biểu', 'Form unit'),
  form_year: L('Năm của biểu', 'Form year'),
  form_month: L('Tháng của biểu', 'Form month'),
  created_by: L('Người tạo', 'Created by'),
  withdrawn_by: L('Người rút', 'Withdrawn by'),
  withdrawn_at: L('Rút lúc', 'Withdrawn at'),
  ownership: L('Hình thức sở hữu', 'Ownership'),
  licence_number: L('Số giấy phép', 'Licence number'),
  services: L('Dịch vụ', 'Services'),
  village_unit_id: L('Bản, tổ', 'Village'),
  full_name: L('Họ và tên', 'Full name'),
  certificate_number: L('Số chứng chỉ hành nghề', 'Practising certificate'),
  facility_id: L('Cơ sở', 'Facility'),
  workplace: L('Nơi làm việc', 'Workplace'),
  worker_id: L('Người hành nghề', 'Health worker'),
  signed_on: L('Ngày ký', 'Signed on'),
  valid_until: L('Hiệu lực đến', 'Valid until'),
  signer_name: L('Người ký', 'Signer'),
  signer_title: L('Chức vụ người ký', "Signer's title"),
  activity_record_id: L('Hoạt động ghi nhận', 'Activity record'),
  document_attachment_id: L('Bản cam kết (tệp)', 'Signed commitment (file)'),
  notes: L('Ghi chú', 'Notes'),
  note: L('Ghi chú', 'Note'),
  revoked_at: L('Thu hồi lúc', 'Revoked at'),
  document: L('Văn bản', 'Document'),
  article: L('Điều', 'Article'),
  clause: L('Khoản', 'Clause'),
  title: L('Tiêu đề', 'Title'),
  acts: L('Hành vi', 'Acts'),
  fine_min: L('Mức phạt thấp nhất', 'Minimum fine'),
  fine_max: L('Mức phạt cao nhất', 'Maximum fine'),
  verified: L('Đã đối chiếu văn bản', 'Verified'),
  source: L('Nguồn', 'Source'),
  label: L('Nội dung', 'Label'),
  applies_to: L('Áp dụng cho', 'Applies to'),
  sort_order: L('Thứ tự', 'Order'),
  period_start: L('Từ ngày', 'From'),
  period_end: L('Đến ngày', 'To'),
  team_user_ids: L('Thành viên đoàn', 'Team members'),
  team_notes: L('Ghi chú về đoàn', 'Team notes'),
  facility_ids: L('Các cơ sở', 'Facilities'),
  worker_ids: L('Những người hành nghề', 'Health workers'),
  plan_id: L('Kế hoạch', 'Plan'),
  inspected_on: L('Ngày kiểm tra', 'Inspected on'),
  team: L('Đoàn kiểm tra', 'Team'),
  checklist: L('Nội dung đã kiểm tra', 'Checklist'),
  findings: L('Kết quả kiểm tra', 'Findings'),
  evidence_attachment_ids: L('Tệp chứng cứ', 'Evidence files'),
  recorded_by: L('Người ghi nhận', 'Recorded by'),
  inspection_id: L('Cuộc kiểm tra', 'Inspection'),
  legal_provision_id: L('Điều khoản xử phạt', 'Legal provision'),
  description: L('Mô tả', 'Description'),
  offender_kind: L('Đối tượng vi phạm', 'Offender kind'),
  offender_name: L('Tên người, tổ chức vi phạm', 'Offender'),
  decision_number: L('Số quyết định xử phạt', 'Decision number'),
  decision_date: L('Ngày quyết định', 'Decision date'),
  fine_amount: L('Số tiền phạt', 'Fine'),
  follow_up: L('Biện pháp khắc phục', 'Follow-up'),
  closed_on: L('Ngày kết thúc', 'Closed on'),
  content_type: L('Kiểu tệp', 'File type'),
  size: L('Dung lượng', 'Size'),
  sha256: L('Mã băm SHA-256', 'SHA-256'),
  data: L('Nội dung tệp', 'File content'),
  activity_id: L('Hoạt động', 'Activity'),
  root_activity_id: L('Hoạt động của tỉnh', "Province's activity"),
  start_date: L('Ngày bắt đầu', 'Start date'),
  end_date: L('Ngày kết thúc', 'End date'),
  commune_unit_id: L('Xã, phường', 'Commune'),
  village_unit_ids: L('Bản, tổ', 'Villages'),
  audiences: L('Đối tượng', 'Audiences'),
  participants_total: L('Số người tham dự', 'Participants'),
  participants_men: L('Số nam', 'Men'),
  participants_women: L('Số nữ', 'Women'),
  participant_groups: L('Nhóm người tham dự', 'Participant groups'),
  outputs: L('Sản phẩm', 'Outputs'),
  output_quantity: L('Số lượng sản phẩm', 'Output quantity'),
  cost: L('Kinh phí', 'Cost'),
  funding_source_key: L('Nguồn kinh phí', 'Funding source'),
  measures: L('Số liệu của hoạt động', 'Measures'),
  attachment_ids: L('Tệp đính kèm', 'Attachments'),
  client_key: L('Mã gửi từ thiết bị', 'Client key'),
  population: L('Dân số', 'Population'),
  women_15_49: L('Phụ nữ 15–49 tuổi', 'Women aged 15–49'),
  couples: L('Số cặp vợ chồng', 'Couples'),
  pupils: L('Số học sinh', 'Pupils'),
  school: L('Trường', 'School'),
  members: L('Số thành viên', 'Members'),
  founded_on: L('Ngày thành lập', 'Founded on'),
  period_kind: L('Loại kỳ báo cáo', 'Period kind'),
  period_year: L('Năm báo cáo', 'Period year'),
  period_no: L('Kỳ số', 'Period number'),
  due_date: L('Hạn nộp', 'Due date'),
  figures: L('Số liệu báo cáo', 'Figures'),
  results: L('Kết quả', 'Results'),
  difficulties: L('Khó khăn, vướng mắc', 'Difficulties'),
  proposals: L('Đề xuất, kiến nghị', 'Proposals'),
  first_submitted_at: L('Gửi lần đầu lúc', 'First submitted at'),
  submitted_at: L('Gửi lúc', 'Submitted at'),
  submitted_by: L('Người gửi', 'Submitted by'),
  submissions: L('Số lần gửi', 'Submissions'),
  reviewed_at: L('Xem xét lúc', 'Reviewed at'),
  reviewed_by: L('Người xem xét', 'Reviewed by'),
  review_comment: L('Ý kiến của cấp trên', "Reviewer's comment"),
  source_key: L('Nguồn kinh phí', 'Funding source'),
  spent_on: L('Ngày chi', 'Spent on'),
  amount: L('Số tiền', 'Amount'),
  voucher_number: L('Số chứng từ', 'Voucher number'),
  // Events (downloads, refusals) keep these in their detail.
  fileName: L('Tên tệp', 'File name'),
  bytes: L('Dung lượng (byte)', 'Size (bytes)'),
  url: L('Địa chỉ', 'Address'),
  reason: L('Lý do', 'Reason'),
};

/** Columns holding an amount of money in đồng. */
const MONEY = new Set(['fine_amount', 'fine_min', 'fine_max', 'cost', 'amount']);

/** Status codes by table (a violation "open" is "Mở"; a plan "issued" is "Đã ban hành"). */
const STATUSES: Record<string, Record<string, Label>> = {
  violations: {
    open: L('Mở', 'Open'),
    sanctioned: L('Đã xử phạt', 'Sanctioned'),
    closed: L('Đã kết thúc', 'Closed'),
  },
  plans: {
    draft: L('Bản nháp', 'Draft'),
    issued: L('Đã ban hành', 'Issued'),
    superseded: L('Đã thay thế', 'Superseded'),
  },
  unit_reports: {
    draft: L('Đang soạn', 'Drafting'),
    submitted: L('Đã gửi, chờ duyệt', 'Submitted, awaiting review'),
    returned: L('Bị trả lại', 'Returned'),
    accepted: L('Đã chấp nhận', 'Accepted'),
  },
  birth_batches: { active: L('Đang dùng', 'In use'), withdrawn: L('Đã rút', 'Withdrawn') },
  facilities: {
    active: L('Đang hoạt động', 'Active'),
    suspended: L('Tạm ngừng', 'Suspended'),
    closed: L('Đã đóng cửa', 'Closed'),
  },
};
STATUSES.health_workers = STATUSES.facilities;

/** Nothing to show: no value, an empty text, list or object. */
export const isEmptyValue = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && Object.keys(v as object).length === 0);

export const auditEntityLabel = (entity: string, lang: AuditLang): string =>
  AUDIT_ENTITIES[entity]?.[lang] ?? entity;
export const auditActionLabel = (action: string, lang: AuditLang): string =>
  AUDIT_ACTIONS[action]?.[lang] ?? action;
export const auditFieldLabel = (field: string, lang: AuditLang): string =>
  AUDIT_FIELDS[field]?.[lang] ?? field;

/** A value as the product writes it: money, dates dd/mm/yyyy, codes by their label. */
export function formatAuditValue(entity: string, field: string, v: unknown, lang: AuditLang): string {
  if (isEmptyValue(v)) return '—';
  if (typeof v === 'boolean') return v ? (lang === 'vi' ? 'Có' : 'Yes') : lang === 'vi' ? 'Không' : 'No';
  if (MONEY.has(field) && (typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v))))
    return lang === 'vi' ? formatVnd(Number(v)) : `${formatNumberVi(Number(v))} VND`;
  if (typeof v === 'number') return formatNumberVi(v);
  if (typeof v === 'string') {
    if (field === 'status' && STATUSES[entity]?.[v]) return STATUSES[entity][v][lang];
    if (field === 'role' && v in ROLE_LABELS) return ROLE_LABELS[v as Role][lang];
    if (field === 'level' && v in ADMIN_LEVEL_LABELS) return ADMIN_LEVEL_LABELS[v as AdminLevel][lang];
    if (field === 'kind' && entity === 'organisations' && v in ORGANISATION_KINDS)
      return ORGANISATION_KINDS[v as OrganisationKind][lang];
    if (field === 'kind' && entity === 'activity_records' && v in ACTIVITY_KIND_LABELS)
      return ACTIVITY_KIND_LABELS[v as ActivityKind];
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDateVi(v);
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(v)) return formatDateTimeVi(v);
    return v;
  }
  return JSON.stringify(v);
}

/** "Mở → Đã xử phạt": a change of one field, both sides formatted. */
export function formatAuditChange(
  entity: string,
  field: string,
  before: unknown,
  after: unknown,
  lang: AuditLang,
): string {
  return `${formatAuditValue(entity, field, before, lang)} → ${formatAuditValue(entity, field, after, lang)}`;
}
