import { and, asc, eq, inArray, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AdminLevel } from '../../../shared/admin-levels.ts';
import type { AdminUnitDto } from '../../../shared/contracts/org-units.ts';
import { foldVietnamese } from '../../../shared/text/index.ts';
import type { Db } from '../../db/client.ts';
import { adminUnitSuccessors, adminUnits } from '../../db/schema/index.ts';
import { rows } from '../../db/tx.ts';

const parent = alias(adminUnits, 'parent');

export type AdminUnitRow = typeof adminUnits.$inferSelect;

/** Units valid on `day`: started on or before it and not ended before it. */
export function validOn(day: string): SQL {
  return and(
    or(isNull(adminUnits.validFrom), sql`${adminUnits.validFrom} <= ${day}`),
    or(isNull(adminUnits.validTo), sql`${adminUnits.validTo} >= ${day}`),
  )!;
}

/** Accent-insensitive search: every word of the query must occur in the folded name or code. */
export function searchCondition(
  column: typeof adminUnits.searchText | SQL | any,
  q: string | undefined,
): SQL | undefined {
  const tokens = q ? foldVietnamese(q).split(' ').filter(Boolean) : [];
  if (!tokens.length) return undefined;
  return and(
    ...tokens.map((t: string) => like(column, `%${t.replace(/[%_\\]/g, (c: string) => `\\${c}`)}%`)),
  );
}

export interface UnitFilter {
  where: (SQL | undefined)[];
}

export async function selectUnits(db: Db, where: (SQL | undefined)[]): Promise<AdminUnitDto[]> {
  const rows = await db
    .select({
      id: adminUnits.id,
      code: adminUnits.code,
      name: adminUnits.name,
      shortName: adminUnits.shortName,
      type: adminUnits.type,
      level: adminUnits.level,
      parentId: adminUnits.parentId,
      parentCode: parent.code,
      provinceCode: adminUnits.provinceCode,
      validFrom: adminUnits.validFrom,
      validTo: adminUnits.validTo,
      active: adminUnits.active,
      version: adminUnits.version,
    })
    .from(adminUnits)
    .leftJoin(parent, eq(parent.id, adminUnits.parentId))
    .where(and(...where))
    .orderBy(sql`${adminUnits.sortKey} collate "C"`, asc(adminUnits.id));
  const expired = rows.filter((r) => r.validTo).map((r) => r.id);
  const links = expired.length
    ? await db
        .select({ from: adminUnitSuccessors.predecessorId, to: adminUnitSuccessors.successorId })
        .from(adminUnitSuccessors)
        .where(inArray(adminUnitSuccessors.predecessorId, expired))
    : [];
  const successors = new Map<number, number[]>();
  for (const l of links) successors.set(l.from, [...(successors.get(l.from) ?? []), l.to]);
  return rows.map((r) => ({ ...r, level: r.level as AdminLevel, successorIds: successors.get(r.id) ?? [] }));
}

export async function unitById(db: Db, id: number): Promise<AdminUnitRow | undefined> {
  const [row] = await db.select().from(adminUnits).where(eq(adminUnits.id, id));
  return row;
}

/** The unit with this official code valid on `day`; with `anyTime`, the latest one with the code. */
export async function unitByCode(
  db: Db,
  code: string,
  day: string,
  anyTime = false,
): Promise<AdminUnitRow | undefined> {
  const rows = await db
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.code, code), anyTime ? undefined : validOn(day)))
    .orderBy(sql`coalesce(${adminUnits.validFrom}, '0001-01-01'::date) desc`);
  return rows[0];
}

export async function ancestorsOf(db: Db, unit: AdminUnitRow) {
  const ids = unit.path
    .split('.')
    .map(Number)
    .filter((id) => id !== unit.id);
  if (!ids.length) return [];
  const rows = await db
    .select({ id: adminUnits.id, code: adminUnits.code, name: adminUnits.name, level: adminUnits.level })
    .from(adminUnits)
    .where(inArray(adminUnits.id, ids));
  return ids.map((id) => rows.find((r) => r.id === id)!).filter(Boolean);
}

/** Units linked to `unitId` by the 2025 (or any) reform: its successors or its predecessors. */
async function linkedUnits(db: Db, unitId: number, direction: 'successors' | 'predecessors') {
  const [from, to] =
    direction === 'successors'
      ? [adminUnitSuccessors.predecessorId, adminUnitSuccessors.successorId]
      : [adminUnitSuccessors.successorId, adminUnitSuccessors.predecessorId];
  return db
    .select({
      id: adminUnits.id,
      code: adminUnits.code,
      name: adminUnits.name,
      kind: adminUnitSuccessors.kind,
    })
    .from(adminUnitSuccessors)
    .innerJoin(adminUnits, eq(adminUnits.id, to))
    .where(eq(from, unitId))
    .orderBy(sql`${adminUnits.sortKey} collate "C"`);
}

export const successorsOf = (db: Db, unitId: number) => linkedUnits(db, unitId, 'successors');
export const predecessorsOf = (db: Db, unitId: number) => linkedUnits(db, unitId, 'predecessors');

/** Reserve an id first so the materialised path can be written in the same insert. */
export async function nextUnitId(db: Db): Promise<number> {
  const [row] = await rows<{ id: number }>(
    db,
    sql`select nextval(pg_get_serial_sequence('admin_units', 'id'))::int as id`,
  );
  return row.id;
}

/**
 * Provinces in use: those whose units are loaded and current, in Vietnamese alphabetical order.
 * The seam for "enabled" as `canbang province add` records it, should it record more than the units.
 */
export async function enabledProvinces(db: Db): Promise<{ code: string; name: string }[]> {
  return rows<{ code: string; name: string }>(
    db,
    sql`select code, name from admin_units
         where level = 'province' and active and valid_to is null order by sort_key, code`,
  );
}
