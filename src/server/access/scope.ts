import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { AppError } from '../../shared/errors.ts';
import type { Role } from '../../shared/roles.ts';
import type { Principal } from './principal.ts';

// Scope = the admin-unit subtree of the user's organisation. Paths are materialised
// ("14.230.245"), so "inside the subtree" is a prefix test, identical in SQL and in code.

export function isAdmin(p: Principal): boolean {
  return p.role === 'admin';
}

/**
 * The national reader (Cục Dân số) reads what every province has issued — never a draft — and
 * writes only national things. Its own scope is the country unit's subtree, which holds no
 * province: every check below therefore keeps it out, and the services that serve it
 * (plans, SRB, the national page) admit it explicitly through this test.
 */
export function readsEveryProvince(p: Principal): boolean {
  return p.role === 'national_reader';
}

export function pathInSubtree(path: string, rootPath: string): boolean {
  return path === rootPath || path.startsWith(`${rootPath}.`);
}

/** Is a unit (by its path) inside the principal's subtree? */
export function unitInScope(p: Principal, unitPath: string): boolean {
  if (isAdmin(p)) return true;
  return !!p.unitPath && pathInSubtree(unitPath, p.unitPath);
}

/** Reference data (units, organisations) are shared across a province, not only a subtree. */
export function provinceInScope(p: Principal, provinceCode: string): boolean {
  return isAdmin(p) || p.provinceCode === provinceCode;
}

/** SQL: `pathColumn` lies inside the principal's subtree (always true for admins). */
export function subtreeCondition(p: Principal, pathColumn: AnyPgColumn | SQL): SQL {
  if (isAdmin(p)) return sql`true`;
  if (!p.unitPath) return sql`false`;
  return sql`(${pathColumn} = ${p.unitPath} or ${pathColumn} like ${`${p.unitPath}.%`})`;
}

/** SQL: `provinceColumn` is the principal's province (always true for admins). */
export function provinceCondition(p: Principal, provinceColumn: AnyPgColumn | SQL): SQL {
  if (isAdmin(p)) return sql`true`;
  if (!p.provinceCode) return sql`false`;
  return sql`${provinceColumn} = ${p.provinceCode}`;
}

export function requireRole(p: Principal, roles: readonly Role[]): void {
  if (!roles.includes(p.role)) throw new AppError('FORBIDDEN');
}

/**
 * Out-of-scope things are reported as missing, not forbidden: a commune user must not learn
 * that another commune's draft exists.
 */
export function requireInScope(ok: boolean): void {
  if (!ok) throw new AppError('NOT_FOUND');
}
