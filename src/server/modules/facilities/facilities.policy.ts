import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/errors.ts';
import type { Role } from '../../../shared/roles.ts';
import type { Principal } from '../../access/principal.ts';
import { isAdmin, subtreeCondition } from '../../access/scope.ts';

// Who sees and changes which registry entries:
// - administrators: everything; province officers and leaders: their province;
// - a commune's reporter (Trạm Y tế): the facilities and people of its own commune;
// - an inspector: those of the inspection plans they are on, and those they inspected.
// Reporters register and record commitments for their commune; inspections are recorded by
// inspectors (on their assignments) and province officers.

export const REGISTRY_WRITERS: readonly Role[] = ['admin', 'province_officer', 'reporter'];
export const INSPECTION_WRITERS: readonly Role[] = ['admin', 'province_officer', 'inspector'];
export const PLANNERS: readonly Role[] = ['admin', 'province_officer'];
/** Who may see the whole province's registry, figures and ranking. */
export const PROVINCE_READERS: readonly Role[] = ['admin', 'province_officer', 'leader'];

/** SQL: the registry row (facilities or health_workers, aliased `f`) is visible to `p`. */
export function registryVisible(p: Principal, kind: 'facility' | 'worker'): SQL {
  if (isAdmin(p)) return sql`true`;
  if (!p.provinceCode) return sql`false`;
  const province = sql`f.province_code = ${p.provinceCode}`;
  if (p.role === 'province_officer' || p.role === 'leader') return province;
  if (p.role === 'reporter') {
    return sql`${province} and exists (select 1 from admin_units u where u.id = f.admin_unit_id
      and ${subtreeCondition(p, sql`u.path`)})`;
  }
  const column = kind === 'facility' ? sql`facility_ids` : sql`worker_ids`;
  const subject = kind === 'facility' ? sql`facility_id` : sql`worker_id`;
  return sql`${province} and (
    exists (select 1 from inspection_plans ip where ${p.userId}::uuid = any(ip.team_user_ids) and f.id = any(ip.${column}))
    or exists (select 1 from inspections i where i.${subject} = f.id and i.recorded_by = ${p.username}))`;
}

/** The commune a registry entry is placed in must be a current commune inside `p`'s scope. */
export function requireRegistryWriter(p: Principal): void {
  if (!REGISTRY_WRITERS.includes(p.role)) throw new AppError('FORBIDDEN');
}
