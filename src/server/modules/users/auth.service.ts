import { eq, sql } from 'drizzle-orm';
import type { MeDto } from '../../../shared/contracts/auth.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Principal } from '../../access/principal.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, organisations, users } from '../../db/schema/index.ts';
import { withActor } from '../../db/tx.ts';
import { findLibreOffice } from '../../documents/pdf.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { checkPasswordPolicy, samePasswordError } from './password-policy.ts';
import { burnVerifyTime, hashPassword, verifyPassword } from './passwords.ts';
import { createSession, revokeSession, revokeUserSessions, type SessionPolicy } from './sessions.ts';
import { type LoginRefusal, recordAuthEvent } from './users.service.ts';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  userId: string;
}

export async function login(
  db: Db,
  throttle: LoginThrottle,
  policy: SessionPolicy,
  input: { username: string; password: string; ip: string; userAgent?: string },
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  // Every refusal below answers the same (INVALID_CREDENTIALS, same message, same time spent):
  // whether the account exists, is deactivated or is waiting out failures is not told to the
  // caller, only recorded in the audit log for the administrators.
  const refuse = async (reason: LoginRefusal, userId?: string) => {
    if (reason !== 'throttled') throttle.fail(input.ip, username);
    await recordAuthEvent(db, { action: 'login_failed', userId, username, ip: input.ip, reason });
    return new AppError('INVALID_CREDENTIALS');
  };
  if (throttle.waitMs(input.ip, username) > 0) {
    await burnVerifyTime(input.password);
    throw await refuse('throttled');
  }
  const [user] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      oneTimePasswordUsedAt: users.oneTimePasswordUsedAt,
      orgActive: organisations.active,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.username, username));
  // An unknown username costs as much time as a wrong password: timing tells nothing.
  if (!user) {
    await burnVerifyTime(input.password);
    throw await refuse('unknown_user');
  }
  if (!(await verifyPassword(user.passwordHash, input.password)))
    throw await refuse('wrong_password', user.id);
  if (!user.active || user.orgActive === false) throw await refuse('inactive', user.id);
  // A one-time password signs in once: the session it opens may only change it.
  if (user.mustChangePassword && user.oneTimePasswordUsedAt) throw await refuse('one_time_used', user.id);
  throttle.succeed(input.ip, username);
  const session = await createSession(db, user.id, { ip: input.ip, userAgent: input.userAgent }, policy);
  await db
    .update(users)
    .set({
      lastLoginAt: sql`now()`,
      ...(user.mustChangePassword ? { oneTimePasswordUsedAt: sql`now()` } : {}),
    })
    .where(eq(users.id, user.id));
  await recordAuthEvent(db, { action: 'login', userId: user.id, username, ip: input.ip });
  return { token: session.token, expiresAt: session.expiresAt, userId: user.id };
}

export async function logout(db: Db, p: Principal): Promise<void> {
  await revokeSession(db, p.sessionId);
  await recordAuthEvent(db, { action: 'logout', userId: p.userId, username: p.username, ip: p.ip });
}

export async function me(db: Db, p: Principal): Promise<MeDto> {
  let unitName: string | null = null;
  let unitLevel: MeDto['unitLevel'] = null;
  if (p.unitId) {
    const [u] = await db
      .select({ name: adminUnits.name, level: adminUnits.level })
      .from(adminUnits)
      .where(eq(adminUnits.id, p.unitId));
    unitName = u?.name ?? null;
    unitLevel = u?.level ?? null;
  }
  return {
    id: p.userId,
    username: p.username,
    displayName: p.displayName,
    role: p.role,
    organisationId: p.organisationId,
    organisationName: p.organisationName,
    unitId: p.unitId,
    unitName,
    unitLevel,
    provinceCode: p.provinceCode,
    csrfToken: p.csrfToken,
    mustChangePassword: p.mustChangePassword ?? false,
    pdf: findLibreOffice() !== null,
  };
}

export async function changeOwnPassword(
  db: Db,
  p: Principal,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, p.userId));
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError('VALIDATION', {
      issues: [{ path: ['currentPassword'], message: 'Mật khẩu hiện tại không đúng.' }],
    });
  }
  checkPasswordPolicy(newPassword, { username: p.username, field: 'newPassword' });
  if (newPassword === currentPassword) throw samePasswordError('newPassword');
  const passwordHash = await hashPassword(newPassword);
  await withActor(db, { id: p.userId, username: p.username, ip: p.ip }, async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        oneTimePasswordUsedAt: null,
        version: sql`${users.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, p.userId));
    // Other devices signed in with the old password are signed out; this one stays.
    await revokeUserSessions(tx, p.userId, p.sessionId);
  });
}
