import { and, asc, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { CreateUserInput, UpdateUserInput, UserDto } from '../../../shared/contracts/users.ts';
import { AppError } from '../../../shared/errors.ts';
import { MANAGER_ROLES } from '../../../shared/roles.ts';
import { foldVietnamese } from '../../../shared/text/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { isAdmin, requireInScope, requireRole, subtreeCondition, unitInScope } from '../../access/scope.ts';
import {
  requireManagesUser,
  requireMayAssignRole,
  type UserAction,
  userRefusal,
} from '../../access/standing.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, organisations, users } from '../../db/schema/index.ts';
import { withActor } from '../../db/tx.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { recordEvent } from '../audit/audit-events.ts';
import { checkPasswordPolicy, samePasswordError } from './password-policy.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { revokeUserSessions } from './sessions.ts';

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  organisationId: users.organisationId,
  organisationName: organisations.name,
  email: users.email,
  phone: users.phone,
  active: users.active,
  isDemo: users.isDemo,
  lastLoginAt: users.lastLoginAt,
  version: users.version,
  unitPath: adminUnits.path,
};

type UserRow = { lastLoginAt: Date | null; unitPath: string | null } & Omit<
  UserDto,
  'lastLoginAt' | 'manageable'
>;

/** `manageable`: may `p` edit this account (the web hides what it may not do). */
function toDto(p: Principal, { unitPath: _ignored, ...row }: UserRow): UserDto {
  return {
    ...row,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    manageable: userRefusal(p, row, 'edit') === null,
  };
}

function baseQuery(db: Db) {
  return db
    .select(userColumns)
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(adminUnits, eq(adminUnits.id, organisations.adminUnitId));
}

export async function listUsers(
  db: Db,
  p: Principal,
  q: { q?: string; organisationId?: string; role?: string },
) {
  requireRole(p, MANAGER_ROLES);
  const rows = (await baseQuery(db)
    .where(
      and(
        isAdmin(p) ? undefined : and(subtreeCondition(p, adminUnits.path), ne(users.role, 'admin')),
        q.organisationId ? eq(users.organisationId, q.organisationId) : undefined,
        q.role ? eq(users.role, q.role as UserDto['role']) : undefined,
      ),
    )
    .orderBy(asc(users.username))) as UserRow[];
  const needle = q.q ? foldVietnamese(q.q) : '';
  return rows
    .filter(
      (r) =>
        !needle ||
        foldVietnamese(`${r.username} ${r.displayName} ${r.organisationName ?? ''}`).includes(needle),
    )
    .map((r) => toDto(p, r));
}

/** The account, if in `p`'s scope (else 404); with `action`, only if `p` stands above it (else 403). */
async function loadUser(db: Db, p: Principal, id: string, action?: UserAction): Promise<UserRow> {
  const [row] = (await baseQuery(db).where(eq(users.id, id))) as UserRow[];
  if (!row) throw new AppError('NOT_FOUND');
  if (!isAdmin(p)) requireInScope(row.role !== 'admin' && !!row.unitPath && unitInScope(p, row.unitPath));
  if (action) requireManagesUser(p, row, action);
  return row;
}

export async function getUser(db: Db, p: Principal, id: string): Promise<UserDto> {
  requireRole(p, MANAGER_ROLES);
  return toDto(p, await loadUser(db, p, id));
}

/** A manager gives roles of lower standing only, in organisations inside its subtree. */
async function checkAssignable(
  db: Db,
  p: Principal,
  role: UserDto['role'],
  organisationId: string | null,
  action: 'create' | 'edit',
) {
  requireMayAssignRole(p, role, action);
  if (role !== 'admin' && !organisationId) {
    throw new AppError('VALIDATION', {
      issues: [{ path: ['organisationId'], message: 'Hãy chọn cơ quan, đơn vị của người dùng.' }],
    });
  }
  if (!organisationId) return;
  const [org] = await db
    .select({ path: adminUnits.path, level: adminUnits.level, active: organisations.active })
    .from(organisations)
    .innerJoin(adminUnits, eq(adminUnits.id, organisations.adminUnitId))
    .where(eq(organisations.id, organisationId));
  if (!org || !unitInScope(p, org.path)) {
    throw new AppError('VALIDATION', {
      issues: [
        {
          path: ['organisationId'],
          message: 'Cơ quan, đơn vị không tồn tại hoặc ngoài phạm vi quản lý của bạn.',
        },
      ],
    });
  }
  if (role === 'province_admin' && org.level !== 'province') {
    throw new AppError('VALIDATION', {
      issues: [
        {
          path: ['organisationId'],
          message: 'Quản trị tỉnh phải thuộc một cơ quan cấp tỉnh (quản lý cả tỉnh của cơ quan đó).',
        },
      ],
    });
  }
  if (!org.active) {
    throw new AppError('VALIDATION', {
      issues: [{ path: ['organisationId'], message: 'Cơ quan, đơn vị này đã ngừng hoạt động.' }],
    });
  }
  // The national reader reads every province: only a national body's staff may be one, and a
  // national body's staff are nothing else (a province role there would reach no province).
  if ((role === 'national_reader') !== (org.level === 'country')) {
    throw new AppError('VALIDATION', {
      issues: [
        {
          path: ['organisationId'],
          message:
            role === 'national_reader'
              ? 'Vai trò Cục Dân số (chỉ xem) chỉ dành cho cán bộ của cơ quan trung ương (Cục Dân số).'
              : 'Cơ quan trung ương chỉ có tài khoản vai trò Cục Dân số (chỉ xem).',
        },
      ],
    });
  }
}

export async function createUser(
  db: Db,
  p: Principal,
  input: CreateUserInput,
  opts: { isDemo?: boolean } = {},
): Promise<UserDto> {
  requireRole(p, MANAGER_ROLES);
  checkPasswordPolicy(input.password, { username: input.username });
  await checkAssignable(db, p, input.role, input.organisationId, 'create');
  const passwordHash = await hashPassword(input.password);
  const id = await withActor(db, actorOf(p), async (tx) => {
    const taken = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (taken.length) {
      throw new AppError('DUPLICATE', {
        detail: `Tên đăng nhập "${input.username}" đã có người dùng.`,
        issues: [{ path: ['username'], message: 'Tên đăng nhập đã có người dùng.' }],
      });
    }
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        role: input.role,
        organisationId: input.organisationId,
        email: input.email ?? null,
        phone: input.phone ?? null,
        isDemo: opts.isDemo ?? false,
      })
      .returning({ id: users.id });
    return row.id;
  });
  return getUser(db, p, id);
}

export async function updateUser(db: Db, p: Principal, id: string, input: UpdateUserInput): Promise<UserDto> {
  requireRole(p, MANAGER_ROLES);
  const current = await loadUser(db, p, id, input.active === false ? 'deactivate' : 'edit');
  const role = input.role ?? current.role;
  const organisationId = input.organisationId === undefined ? current.organisationId : input.organisationId;
  if (input.role !== undefined || input.organisationId !== undefined)
    await checkAssignable(db, p, role, organisationId, 'edit');
  const { version, ...values } = input;
  await withActor(db, actorOf(p), async (tx) => {
    await updateVersioned(tx, users, id, version, values);
    // Deactivation and a change of role or organisation end the user's sessions: the old
    // rights must not outlive the change.
    if (input.active === false || input.role !== undefined || input.organisationId !== undefined) {
      await revokeUserSessions(tx, id);
    }
  });
  return getUser(db, p, id);
}

export async function resetPassword(db: Db, p: Principal, id: string, password: string): Promise<void> {
  requireRole(p, MANAGER_ROLES);
  const current = await loadUser(db, p, id, 'reset_password');
  await checkNewPassword(db, eq(users.id, id), current.username, password);
  const passwordHash = await hashPassword(password);
  await withActor(db, actorOf(p), async (tx) => {
    await updateVersioned(tx, users, id, current.version, {
      passwordHash,
      mustChangePassword: false,
      oneTimePasswordUsedAt: null,
    });
    await revokeUserSessions(tx, id);
  });
}

/** The policy, and not the password the account has now (a reset must change something). */
async function checkNewPassword(db: Db, which: SQL, username: string, password: string): Promise<void> {
  checkPasswordPolicy(password, { username });
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(which);
  if (row && (await verifyPassword(row.passwordHash, password))) throw samePasswordError();
}

/** CLI and seeds act as the system (no signed-in user); the audit log shows "hệ thống". */
export async function setPasswordAsSystem(db: Db, username: string, password: string): Promise<void> {
  await checkNewPassword(db, eq(users.username, username.toLowerCase()), username, password);
  const passwordHash = await hashPassword(password);
  await withActor(db, null, async (tx) => {
    const [row] = await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        oneTimePasswordUsedAt: null,
        version: sql`${users.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(users.username, username.toLowerCase()))
      .returning({ id: users.id });
    if (!row) throw new AppError('NOT_FOUND', { detail: `Không có người dùng "${username}".` });
    await revokeUserSessions(tx, row.id);
  });
}

/** Why a sign-in was refused: told to administrators in the audit log, never to the caller. */
export type LoginRefusal = 'unknown_user' | 'wrong_password' | 'inactive' | 'throttled' | 'one_time_used';

export async function recordAuthEvent(
  db: Db,
  event: {
    action: 'login' | 'logout' | 'login_failed' | 'password_changed';
    userId?: string | null;
    username: string;
    ip?: string;
    reason?: LoginRefusal;
  },
): Promise<void> {
  await recordEvent(db, {
    action: event.action,
    entity: 'users',
    entityId: event.userId,
    actorId: event.userId,
    actorUsername: event.username,
    ip: event.ip,
    detail: event.reason ? { reason: event.reason } : undefined,
  });
}
