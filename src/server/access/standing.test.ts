import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles.ts';
import { type Principal, systemPrincipal } from './principal.ts';
import { organisationRefusal, roleRefusal, userRefusal } from './standing.ts';

const officer: Principal = {
  ...systemPrincipal(),
  system: undefined,
  userId: 'me',
  username: 'chicuc',
  role: 'province_officer',
  organisationId: 'ccds',
  unitPath: '14',
  provinceCode: '14',
};
const admin: Principal = { ...officer, role: 'admin', organisationId: null, unitPath: null };
const user = (role: Role, id = 'x') => ({ id, username: 'x', role });

describe('standing', () => {
  it('lets a province officer manage reporters only, never itself', () => {
    expect(userRefusal(officer, user('reporter'), 'reset_password')).toBeNull();
    for (const role of ['province_officer', 'leader', 'inspector', 'admin'] as const)
      expect(userRefusal(officer, user(role), 'edit'), role).not.toBeNull();
    expect(userRefusal(officer, user('reporter', 'me'), 'deactivate')).toMatch(/tự khóa tài khoản của mình/);
    expect(roleRefusal(officer, 'leader')).toMatch(/"Lãnh đạo \(chỉ xem\)"/);
  });

  it('lets admins manage every non-admin, and only the system the admins', () => {
    expect(userRefusal(admin, user('leader'), 'edit')).toBeNull();
    expect(userRefusal(admin, user('admin'), 'edit')).toMatch(/canbang users/);
    expect(roleRefusal(admin, 'admin')).toMatch(/canbang users/);
    expect(roleRefusal(systemPrincipal(), 'admin')).toBeNull();
  });

  it('keeps the state bodies of one’s own level and one’s own office out of a province officer’s reach', () => {
    const org = (kind: Parameters<typeof organisationRefusal>[1]['kind'], unitPath = '14', id = 'o') => ({
      id,
      name: 'X',
      kind,
      unitPath,
    });
    expect(organisationRefusal(officer, org('health_department'))).toMatch(/cùng cấp hoặc cấp trên/);
    expect(organisationRefusal(officer, org('population_office', '14', 'ccds'))).toMatch(/của chính mình/);
    expect(organisationRefusal(officer, org('press_media'))).toBeNull();
    expect(organisationRefusal(officer, org('people_committee', '14.230'))).toBeNull();
    expect(organisationRefusal(officer, org('commune_health_station', '14.230'))).toBeNull();
    expect(organisationRefusal(admin, org('health_department'))).toBeNull();
  });

  it('lets a province administrator manage its province staff and bodies, never admins, its peers or its own office', () => {
    const provinceAdmin: Principal = { ...officer, role: 'province_admin', organisationId: 'syt' };
    for (const role of ['province_officer', 'leader', 'inspector', 'reporter'] as const) {
      expect(userRefusal(provinceAdmin, user(role), 'edit'), role).toBeNull();
      expect(roleRefusal(provinceAdmin, role), role).toBeNull();
    }
    expect(roleRefusal(provinceAdmin, 'province_admin')).toMatch(/"Quản trị tỉnh": vai trò này ngang/);
    expect(roleRefusal(provinceAdmin, 'admin')).toMatch(/canbang users/);
    expect(userRefusal(provinceAdmin, user('province_admin'), 'deactivate')).not.toBeNull();
    expect(userRefusal(officer, user('province_admin'), 'edit')).not.toBeNull();
    const org = (kind: Parameters<typeof organisationRefusal>[1]['kind'], id = 'o') => ({
      id,
      name: 'X',
      kind,
      unitPath: '14',
    });
    expect(organisationRefusal(provinceAdmin, org('population_office'))).toBeNull();
    expect(organisationRefusal(provinceAdmin, org('health_department', 'syt'))).toMatch(/của chính mình/);
  });
});
