// Vietnamese names of input fields, so that an error says which field is wrong in words the
// user sees on the form ("Tên đăng nhập: …" rather than "username: …").
export const FIELD_LABELS: Record<string, string> = {
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  currentPassword: 'Mật khẩu hiện tại',
  newPassword: 'Mật khẩu mới',
  displayName: 'Họ và tên',
  role: 'Vai trò',
  organisationId: 'Cơ quan, đơn vị',
  email: 'Thư điện tử',
  phone: 'Số điện thoại',
  name: 'Tên',
  abbreviation: 'Tên viết tắt',
  kind: 'Loại',
  type: 'Loại',
  adminUnitId: 'Đơn vị hành chính',
  parentId: 'Đơn vị cấp trên',
  headName: 'Người đứng đầu',
  address: 'Địa chỉ',
  version: 'Phiên bản',
  active: 'Trạng thái hoạt động',
  parent: 'Đơn vị cấp trên',
  level: 'Cấp',
  province: 'Tỉnh',
  at: 'Ngày',
  from: 'Từ ngày',
  to: 'Đến ngày',
  page: 'Trang',
  pageSize: 'Số dòng mỗi trang',
  q: 'Từ khóa tìm kiếm',
  year: 'Năm',
  content: 'Nội dung',
  activities: 'Hoạt động',
  children: 'Mục con',
  title: 'Tiêu đề',
  subject: 'Trích yếu',
  issuerName: 'Cơ quan ban hành',
  place: 'Địa danh',
  funding: 'Kinh phí',
  signature: 'Chữ ký',
  responsibilities: 'Phân công trách nhiệm',
  user: 'Người dùng',
  entity: 'Loại dữ liệu',
  entityId: 'Mã dữ liệu',
  unit: 'Đơn vị hành chính',
  id: 'Mã định danh',
};

const CONTEXT_LABELS: Record<string, string> = {
  body: '',
  querystring: 'tham số ',
  params: 'đường dẫn ',
};

/** "rows.12.girls" → "Dòng 13, girls"-style labels are built by importers; this names plain fields. */
export function labelForPath(path: (string | number)[], context?: string): string {
  const parts = path.map((p) => (typeof p === 'number' ? `mục ${p + 1}` : (FIELD_LABELS[p] ?? p)));
  const prefix = context ? (CONTEXT_LABELS[context] ?? '') : '';
  if (!parts.length) return prefix.trim() || 'dữ liệu';
  const label = parts.join(' › ');
  // "Tham số trang", not "tham số Trang": the label starts the sentence.
  return prefix
    ? `${prefix.charAt(0).toUpperCase()}${prefix.slice(1)}${label.charAt(0).toLowerCase()}${label.slice(1)}`
    : label;
}
