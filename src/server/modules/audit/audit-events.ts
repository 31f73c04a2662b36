import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

/**
 * An event that is not a row change (the trigger records those): a sign-in, a download of
 * personal or report data, a refused attempt. Filed under the actor's organisation unit, so the
 * managers of that subtree see it in their audit view as they see the actor's row changes.
 */
export interface AuditEvent {
  action: string;
  /** What it was about: a table name, or the route for downloads and refusals. */
  entity: string;
  entityId?: string | null;
  actorId?: string | null;
  actorUsername?: string | null;
  ip?: string;
  /** Stored in `after`: the file name, the reason of a refusal… */
  detail?: Record<string, unknown>;
}

export async function recordEvent(db: Db, e: AuditEvent): Promise<void> {
  await db.execute(sql`
    insert into audit_log (actor_id, actor_username, action, entity, entity_id, province_code, admin_unit_id, ip, after)
    select ${e.actorId ?? null}::uuid, ${e.actorUsername ?? null}, ${e.action}, ${e.entity}, ${e.entityId ?? null},
           o.province_code, o.admin_unit_id, ${e.ip ?? null}, ${e.detail ? JSON.stringify(e.detail) : null}::jsonb
      from (select 1) one
      left join users u on u.id = ${e.actorId ?? null}::uuid
      left join organisations o on o.id = u.organisation_id`);
}
