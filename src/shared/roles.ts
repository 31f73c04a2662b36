// Roles are coarse on purpose: what a user may touch is decided by role AND by the
// admin-unit subtree of their organisation (their scope), see server/access/scope.ts.
export const ROLES = [
  'admin',
  'province_admin',
  'province_officer',
  'leader',
  'reporter',
  'inspector',
  'national_reader',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  province_admin: { vi: 'Quản trị tỉnh', en: 'Province administrator' },
  province_officer: { vi: 'Cán bộ tỉnh', en: 'Province officer' },
  leader: { vi: 'Lãnh đạo (chỉ xem)', en: 'Leader (read-only)' },
  reporter: { vi: 'Cán bộ đơn vị báo cáo', en: 'Unit reporter' },
  inspector: { vi: 'Thanh tra, kiểm tra', en: 'Inspector' },
  national_reader: { vi: 'Cục Dân số (chỉ xem)', en: 'National reader' },
};

/** Roles that may change data at all (within their scope). */
export const WRITER_ROLES: readonly Role[] = ['admin', 'province_officer', 'reporter', 'inspector'];
/**
 * Roles that manage reference data (units, organisations, users) of their scope. A province
 * administrator does only that, for its one province: it writes no plan, record or report.
 */
export const MANAGER_ROLES: readonly Role[] = ['admin', 'province_admin', 'province_officer'];

/**
 * Standing of each role, highest first: who may manage whom (server/access/standing.ts).
 * A province administrator manages the accounts of its province's staff. Province officers,
 * leaders and inspectors are the province's own staff and stand level; unit reporters stand
 * below them. The system (CLI, seeds) stands above the admins.
 */
export const ROLE_STANDING: Record<Role, number> = {
  admin: 4,
  province_admin: 3,
  province_officer: 2,
  leader: 2,
  inspector: 2,
  reporter: 1,
  // Cục Dân số's staff: managed by the system administrators, managing nobody.
  national_reader: 2,
};

/** Roles a user of `role` may give or manage: strictly lower standing. */
export function rolesManagedBy(role: Role): Role[] {
  return ROLES.filter((r) => ROLE_STANDING[r] < ROLE_STANDING[role]);
}
