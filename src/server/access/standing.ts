import { AppError } from '../../shared/errors.ts';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../shared/organisation-kinds.ts';
import { ROLE_LABELS, ROLE_STANDING, type Role, rolesManagedBy } from '../../shared/roles.ts';
import type { Principal } from './principal.ts';

// Delegated administration: who may manage whom, in one place (issue 17 item 6).
//
// A manager manages only what stands BELOW it, inside its subtree (the subtree itself is checked
// by scope.ts and answers 404; standing answers 403 with the reason):
// - accounts: a role of lower standing (shared/roles.ts ROLE_STANDING: admin > province officer,
//   leader, inspector > reporter). Never one's own account (the account page changes one's own
//   password), never an equal: a province officer manages reporters only. Admins manage every
//   non-admin account; admin accounts are managed by the system itself (`canbang users` on the
//   server), which stands above the admins — there is no "super admin" in the web app.
// - organisations: never one's own, and at one's own level only partner units (schools, press,
//   clinics, shops…); the state bodies of that level (Ủy ban, Sở Y tế, its offices, Chi cục, CDC,
//   Ban Chỉ đạo…) stand with the manager or above it. Below its level a manager manages every body
//   (district and commune committees, health centres, stations). Admins have no organisation and
//   manage every one. A province administrator manages every body of its province but its own
//   (the province is its whole scope; scope.ts keeps it inside).

/** Bodies that take part in a level's own administration, not in its partner network. */
const PARTNER_KINDS: ReadonlySet<OrganisationKind> = new Set<OrganisationKind>([
  'hospital',
  'school_high',
  'school_lower_secondary',
  'press_media',
  'border_guard',
  'mass_organisation',
  'private_clinic',
  'pharmacy',
  'bookstore',
  'media_producer',
  'other',
]);

export type UserAction = 'edit' | 'deactivate' | 'reset_password';

const ACTION_VI: Record<UserAction | 'create', string> = {
  create: 'tạo',
  edit: 'sửa',
  deactivate: 'khóa',
  reset_password: 'đặt lại mật khẩu của',
};

function standingOf(p: Principal): number {
  return p.system ? Number.POSITIVE_INFINITY : ROLE_STANDING[p.role];
}

/** " Bạn chỉ quản lý tài khoản …": which roles the principal does manage, to end a refusal. */
function managedRolesText(p: Principal): string {
  const roles = rolesManagedBy(p.role);
  return roles.length
    ? ` Bạn chỉ quản lý tài khoản ${roles.map((r) => `"${ROLE_LABELS[r].vi}"`).join(', ')}.`
    : '';
}

/** Why `p` may not give an account the role `role` (null: it may). */
export function roleRefusal(p: Principal, role: Role, action: 'create' | 'edit' = 'create'): string | null {
  // Cục Dân số's accounts belong to no province: only the system administrators give that role.
  if (role === 'national_reader' && p.role !== 'admin' && !p.system)
    return `Chỉ quản trị hệ thống mới ${ACTION_VI[action]} được tài khoản vai trò "${ROLE_LABELS[role].vi}" (Cục Dân số, không thuộc tỉnh nào).`;
  if (ROLE_STANDING[role] < standingOf(p)) return null;
  if (role === 'admin')
    return 'Tài khoản quản trị hệ thống chỉ được tạo và quản lý bằng lệnh "canbang users" trên máy chủ.';
  return `Bạn không thể ${ACTION_VI[action]} tài khoản vai trò "${ROLE_LABELS[role].vi}": vai trò này ngang hoặc trên vai trò của bạn.${managedRolesText(p)}`;
}

export interface UserTarget {
  id: string;
  username: string;
  role: Role;
}

/** Why `p` may not act on the account `u` (null: it may). Scope is checked before, by scope.ts. */
export function userRefusal(p: Principal, u: UserTarget, action: UserAction): string | null {
  if (u.id === p.userId)
    return `Bạn không thể tự ${ACTION_VI[action]} tài khoản của mình ở trang quản lý người dùng; mật khẩu của mình đổi ở trang Tài khoản.`;
  if (ROLE_STANDING[u.role] < standingOf(p)) return null;
  if (u.role === 'admin')
    return `Tài khoản quản trị "${u.username}" chỉ được quản lý bằng lệnh "canbang users" trên máy chủ.`;
  return `Bạn không thể ${ACTION_VI[action]} tài khoản "${u.username}" (${ROLE_LABELS[u.role].vi}): vai trò này ngang hoặc trên vai trò của bạn.${managedRolesText(p)}`;
}

export interface OrganisationTarget {
  /** null for an organisation being created. */
  id: string | null;
  name: string;
  kind: OrganisationKind;
  unitPath: string;
}

/** Why `p` may not create, edit or deactivate `o` (null: it may). Scope is checked before. */
export function organisationRefusal(p: Principal, o: OrganisationTarget): string | null {
  if (p.system || p.role === 'admin') return null;
  if (o.id && o.id === p.organisationId)
    return `Bạn không thể sửa hay ngừng hoạt động cơ quan của chính mình (${o.name}); việc này do quản trị hệ thống làm.`;
  if (p.role === 'province_admin') return null;
  if (o.unitPath === p.unitPath && !PARTNER_KINDS.has(o.kind))
    return `"${o.name}" (${ORGANISATION_KINDS[o.kind].vi}) là cơ quan cùng cấp hoặc cấp trên của bạn; chỉ quản trị hệ thống tạo, sửa hay ngừng hoạt động được.`;
  return null;
}

function refuse(detail: string | null): void {
  if (detail) throw new AppError('FORBIDDEN', { detail });
}

export function requireMayAssignRole(p: Principal, role: Role, action: 'create' | 'edit' = 'create'): void {
  refuse(roleRefusal(p, role, action));
}

export function requireManagesUser(p: Principal, u: UserTarget, action: UserAction): void {
  refuse(userRefusal(p, u, action));
}

export function requireManagesOrganisation(p: Principal, o: OrganisationTarget): void {
  refuse(organisationRefusal(p, o));
}
