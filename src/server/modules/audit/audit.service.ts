import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditEntryDto, auditQuery } from '../../../shared/contracts/audit.ts';
import { MANAGER_ROLES } from '../../../shared/roles.ts';
import type { Principal } from '../../access/principal.ts';
import { requireRole, subtreeCondition } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, auditLog } from '../../db/schema/index.ts';
import { unitById } from '../org-units/admin-units.repository.ts';
import { displayNameSql } from '../users/display-names.ts';

const SIGN_IN_ACTIONS = ['login', 'logout', 'login_failed', 'password_changed'] as const;

/** Vietnam has no daylight saving: a calendar day there is [00:00+07, next 00:00+07). */
function dayStart(isoDay: string): string {
  return `${isoDay}T00:00:00+07:00`;
}

/**
 * The audit trail of the principal's subtree. Entries without a unit (reference loads,
 * events of system accounts) are visible to system admins only.
 */
export async function listAudit(
  db: Db,
  p: Principal,
  q: z.infer<typeof auditQuery>,
): Promise<{ items: AuditEntryDto[]; total: number }> {
  requireRole(p, MANAGER_ROLES);
  const where: (SQL | undefined)[] = [subtreeCondition(p, adminUnits.path)];
  if (q.user) where.push(eq(auditLog.actorUsername, q.user.trim().toLowerCase()));
  // The type filter (AUDIT_KINDS): a table, or events filed by their action ("action:download").
  if (q.entity?.startsWith('action:')) {
    const action = q.entity.slice('action:'.length);
    where.push(inArray(auditLog.action, action === 'login' ? [...SIGN_IN_ACTIONS] : [action]));
  } else if (q.entity) where.push(eq(auditLog.entity, q.entity));
  if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
  if (q.from) where.push(sql`${auditLog.at} >= ${dayStart(q.from)}::timestamptz`);
  if (q.to) where.push(sql`${auditLog.at} < ${dayStart(q.to)}::timestamptz + interval '1 day'`);
  if (q.unit) {
    const unit = await unitById(db, q.unit);
    if (!unit) return { items: [], total: 0 };
    where.push(sql`(${adminUnits.path} = ${unit.path} or ${adminUnits.path} like ${`${unit.path}.%`})`);
  }
  const condition = and(...where);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(auditLog)
    .leftJoin(adminUnits, eq(adminUnits.id, auditLog.adminUnitId))
    .where(condition);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorUsername: auditLog.actorUsername,
      actorName: displayNameSql(auditLog.actorUsername),
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      provinceCode: auditLog.provinceCode,
      adminUnitId: auditLog.adminUnitId,
      adminUnitName: adminUnits.name,
      before: auditLog.before,
      after: auditLog.after,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(adminUnits, eq(adminUnits.id, auditLog.adminUnitId))
    .where(condition)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: rows.map((r) => ({ ...r, at: r.at.toISOString() })), total };
}
