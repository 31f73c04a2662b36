import { eq, inArray } from 'drizzle-orm';
import { usernameField } from '../../../shared/contracts/users.ts';
import { AppError, rowIssuesError } from '../../../shared/errors.ts';
import { MANAGER_ROLES, ROLE_LABELS, ROLES, type Role } from '../../../shared/roles.ts';
import { foldVietnamese, normaliseName } from '../../../shared/text/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { provinceInScope, requireRole, unitInScope } from '../../access/scope.ts';
import { roleRefusal } from '../../access/standing.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, organisations, users } from '../../db/schema/index.ts';
import { withActor } from '../../db/tx.ts';
import { readTable } from '../../files/read-table.ts';
import { findColumns, headingKey, rowProblems } from '../../files/table-columns.ts';
import { UPLOAD_LIMITS, type UploadLimits } from '../../files/upload-limits.ts';
import { generatePassword, hashPassword } from './passwords.ts';

// Importing accounts from a table (XLSX or CSV) with the columns Tên đăng nhập, Họ tên, Vai trò,
// Cơ quan, Thư điện tử (issue 14). All or nothing: every wrong cell is named by line and column
// and nothing is saved while one is wrong. Each new account gets a one-time password, returned
// once (never stored in clear) for the administrator to hand out; it signs in once and must then
// be changed (auth.service.ts).

/** Accounts per file: each costs an argon2 hash, and a province's staff fits well within it. */
export const USERS_IMPORT_MAX_ROWS = 500;

export const USER_IMPORT_COLUMNS = {
  username: { heading: 'Tên đăng nhập', also: ['username'] },
  displayName: { heading: 'Họ tên', also: ['ho va ten', 'display name', 'name'] },
  role: { heading: 'Vai trò', also: ['role'] },
  organisation: { heading: 'Cơ quan', also: ['co quan, don vi', 'don vi', 'organisation'] },
  email: { heading: 'Thư điện tử', also: ['email', 'e-mail', 'thu dien tu (email)'] },
} as const;

/** A role by its code, its Vietnamese or English label, or the label without its bracket. */
const ROLE_BY_NAME = new Map<string, Role>();
for (const role of ROLES) {
  const { vi, en } = ROLE_LABELS[role];
  // Officials write a role's short form too: "Lãnh đạo" for "Lãnh đạo (chỉ xem)", "Thanh tra" for
  // "Thanh tra, kiểm tra"; no two roles share a short form.
  for (const name of [role, vi, en, vi.replace(/\s*\(.*\)\s*$/, ''), vi.split(',')[0]])
    ROLE_BY_NAME.set(headingKey(name), role);
}

export interface ImportedUser {
  line: number;
  username: string;
  displayName: string;
  role: Role;
  organisationName: string;
  email: string | null;
  /** The one-time password, in clear: returned once, never stored. */
  password: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function importUsers(
  db: Db,
  p: Principal,
  file: { fileName: string; content: Buffer },
  opts: { limits?: UploadLimits } = {},
): Promise<ImportedUser[]> {
  requireRole(p, MANAGER_ROLES);
  const limits = opts.limits ?? UPLOAD_LIMITS;
  const table = await readTable(file.fileName, file.content, {
    ...limits,
    maxRows: Math.min(limits.maxRows, USERS_IMPORT_MAX_ROWS),
  });
  if (table.length < 2) throw new AppError('VALIDATION', { detail: 'Tệp không có dòng dữ liệu nào.' });
  const index = findColumns<keyof typeof USER_IMPORT_COLUMNS>(table[0], USER_IMPORT_COLUMNS, [
    'username',
    'displayName',
    'role',
    'organisation',
  ]);
  const col = (c: keyof typeof USER_IMPORT_COLUMNS) => USER_IMPORT_COLUMNS[c].heading;

  // The organisations the importer may give accounts in: active, inside its scope.
  const orgs = (
    await db
      .select({
        id: organisations.id,
        name: organisations.name,
        provinceCode: organisations.provinceCode,
        path: adminUnits.path,
        level: adminUnits.level,
      })
      .from(organisations)
      .innerJoin(adminUnits, eq(adminUnits.id, organisations.adminUnitId))
      .where(eq(organisations.active, true))
  ).filter((o) => unitInScope(p, o.path) && provinceInScope(p, o.provinceCode));
  const orgsByName = new Map<string, typeof orgs>();
  for (const o of orgs) {
    const k = foldVietnamese(o.name);
    orgsByName.set(k, [...(orgsByName.get(k) ?? []), o]);
  }

  const problems = rowProblems();
  const firstLine = new Map<string, number>();
  const rows = table.slice(1).map((r, i) => {
    const line = i + 2;
    const cell = (c: keyof typeof USER_IMPORT_COLUMNS) => (index[c] >= 0 ? (r[index[c]] ?? '').trim() : '');
    const parsedName = usernameField.safeParse(cell('username'));
    const username = parsedName.success ? parsedName.data : '';
    if (!cell('username')) problems.add(line, col('username'), 'còn trống.');
    else if (!parsedName.success)
      problems.add(line, col('username'), `"${cell('username')}": ${parsedName.error.issues[0].message}.`);
    else if (firstLine.has(username))
      problems.add(line, col('username'), `"${username}" trùng với dòng ${firstLine.get(username)}.`);
    else firstLine.set(username, line);
    const displayName = normaliseName(cell('displayName'));
    if (!displayName) problems.add(line, col('displayName'), 'còn trống.');
    const role = ROLE_BY_NAME.get(headingKey(cell('role')));
    if (!role)
      problems.add(
        line,
        col('role'),
        `"${cell('role')}" không phải vai trò (${ROLES.map((r) => ROLE_LABELS[r].vi).join('; ')}).`,
      );
    else {
      const refusal = roleRefusal(p, role);
      if (refusal) problems.add(line, col('role'), refusal);
    }
    const found = orgsByName.get(foldVietnamese(cell('organisation'))) ?? [];
    if (!cell('organisation')) problems.add(line, col('organisation'), 'còn trống.');
    else if (!found.length)
      problems.add(
        line,
        col('organisation'),
        `không có cơ quan "${cell('organisation')}" đang hoạt động trong phạm vi của bạn; hãy ghi đúng tên ở trang Cơ quan, đơn vị.`,
      );
    else if (found.length > 1)
      problems.add(
        line,
        col('organisation'),
        `có ${found.length} cơ quan tên "${cell('organisation')}" (ở các tỉnh khác nhau); hãy để quản trị tỉnh nhập tài khoản của tỉnh mình.`,
      );
    else if (role === 'province_admin' && found[0].level !== 'province')
      problems.add(line, col('organisation'), 'quản trị tỉnh phải thuộc một cơ quan cấp tỉnh.');
    const email = cell('email') || null;
    if (email && !EMAIL.test(email))
      problems.add(line, col('email'), `"${email}" không phải địa chỉ thư điện tử.`);
    return { line, username, displayName, role: role!, organisation: found[0], email };
  });

  const names = [...firstLine.keys()];
  const taken = names.length
    ? await db.select({ username: users.username }).from(users).where(inArray(users.username, names))
    : [];
  for (const { username } of taken)
    problems.add(firstLine.get(username)!, col('username'), `"${username}" đã có người dùng.`);
  if (problems.issues.length) {
    problems.issues.sort((a, b) => Number(a.path[1]) - Number(b.path[1]));
    throw rowIssuesError(problems.issues);
  }

  const made: ImportedUser[] = [];
  const values: (typeof users.$inferInsert)[] = [];
  for (const r of rows) {
    const password = generatePassword();
    made.push({
      line: r.line,
      username: r.username,
      displayName: r.displayName,
      role: r.role,
      organisationName: r.organisation.name,
      email: r.email,
      password,
    });
    values.push({
      username: r.username,
      displayName: r.displayName,
      passwordHash: await hashPassword(password),
      role: r.role,
      organisationId: r.organisation.id,
      email: r.email,
      mustChangePassword: true,
    });
  }
  await withActor(db, actorOf(p), async (tx) => {
    await tx.insert(users).values(values);
  });
  return made;
}
