import crypto from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Principal } from '../../access/principal.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, organisations, sessions, users } from '../../db/schema/index.ts';
import { preparedPerDb } from '../../db/tx.ts';

export interface SessionPolicy {
  sessionHours: number;
  sessionIdleMinutes: number;
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

const randomToken = () => crypto.randomBytes(32).toString('base64url');

export async function createSession(
  db: Db,
  userId: string,
  info: { ip?: string; userAgent?: string },
  policy: SessionPolicy,
): Promise<{ token: string; sessionId: string; csrfToken: string; expiresAt: Date }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const sessionId = hashToken(token);
  const expiresAt = new Date(Date.now() + policy.sessionHours * 3600_000);
  await db.insert(sessions).values({
    id: sessionId,
    userId,
    csrfToken,
    expiresAt,
    ip: info.ip ?? null,
    userAgent: info.userAgent?.slice(0, 300) ?? null,
  });
  return { token, sessionId, csrfToken, expiresAt };
}

// Read on every request: the query is built and planned once (a prepared statement per database
// connection), not on each request.
const sessionLookup = preparedPerDb((db) =>
  db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      organisationActive: organisations.active,
      unitId: adminUnits.id,
      unitPath: adminUnits.path,
      provinceCode: adminUnits.provinceCode,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(adminUnits, eq(adminUnits.id, organisations.adminUnitId))
    .where(and(eq(sessions.id, sql.placeholder('sessionId')), isNull(sessions.revokedAt)))
    .prepare('canbang_resolve_session'),
);

/**
 * The principal behind a session cookie, or null when the session is unknown, revoked,
 * expired, idle too long, or its user is deactivated. One query per request, read from the
 * database each time: a sign-out, revocation or deactivation counts from the next request.
 */
export async function resolveSession(
  db: Db,
  token: string,
  policy: SessionPolicy,
): Promise<Principal | null> {
  const sessionId = hashToken(token);
  const [row] = await sessionLookup(db).execute({ sessionId });
  if (!row?.active) return null;
  if (row.organisationId && row.organisationActive === false) return null;
  const now = Date.now();
  if (row.expiresAt.getTime() <= now) return null;
  if (now - row.lastSeenAt.getTime() > policy.sessionIdleMinutes * 60_000) return null;
  // Touch at most once a minute: a write per request would serialise PGlite for nothing.
  if (now - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.id, sessionId));
  }
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    unitId: row.unitId,
    unitPath: row.unitPath,
    provinceCode: row.provinceCode,
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    mustChangePassword: row.mustChangePassword,
  };
}

export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: sql`now()` }).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user: deactivation and password reset call this. */
export async function revokeUserSessions(db: Db, userId: string, exceptSessionId?: string): Promise<number> {
  const res = await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        exceptSessionId ? sql`${sessions.id} <> ${exceptSessionId}` : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return res.length;
}

/** Old sessions are worth nothing; delete them now and then. */
export async function purgeExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(sql`${sessions.expiresAt} < now() - interval '7 days'`);
}
