import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { foldVietnamese, vnSortKey } from '../../../shared/text/index.ts';
import type { Db } from '../../db/client.ts';
import { adminUnitSuccessors, adminUnits, appMeta, auditLog } from '../../db/schema/index.ts';
import { rows, withActor } from '../../db/tx.ts';
import { type ReferenceSet, STARTUP_REFERENCE_SETS } from './reference-data.ts';

/** Rows per INSERT: well under PostgreSQL's 65,535 bound parameters. */
const BATCH = 500;

/** `n` new unit ids, in increasing order, in one round trip. */
async function nextUnitIds(tx: Db, n: number): Promise<number[]> {
  const ids = await rows<{ id: number }>(
    tx,
    sql`select nextval(pg_get_serial_sequence('admin_units', 'id'))::int as id from generate_series(1, ${n}::int)`,
  );
  return ids.map((r) => r.id).sort((x, y) => x - y);
}

export function unitSearchText(name: string, code: string | null): string {
  return foldVietnamese(`${name} ${code ?? ''}`);
}

/** The date at which a unit certainly existed, used to pick the right parent among reused codes. */
function referenceDate(u: { validFrom: string | null; validTo: string | null }): string {
  return u.validFrom ?? u.validTo ?? '9999-12-31';
}

function covers(u: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (!u.validFrom || u.validFrom <= day) && (!u.validTo || u.validTo >= day);
}

/**
 * Loads the official units shipped with the product, once per reference set (recorded in
 * app_meta). Reference data are not user edits: one audit event records the load instead of
 * hundreds of row events.
 */
export async function ensureReferenceData(db: Db): Promise<{ loaded: string[] }> {
  const loaded: string[] = [];
  // One look-up for all sets, and a file is read only when its set is missing: an existing data
  // folder starts without parsing any reference file.
  const keys = STARTUP_REFERENCE_SETS.map((s) => `reference:${s.id}`);
  const done = new Set(
    (await db.select({ key: appMeta.key }).from(appMeta).where(inArray(appMeta.key, keys))).map((r) => r.key),
  );
  for (const { id, build } of STARTUP_REFERENCE_SETS) {
    const key = `reference:${id}`;
    if (done.has(key)) continue;
    const set = build();
    await withActor(db, null, async (tx) => {
      await tx.execute(sql`select set_config('canbang.skip_audit', 'on', true)`);
      const counts = await loadReferenceSet(tx, set);
      await tx.insert(appMeta).values({ key, value: { loadedAt: new Date().toISOString(), ...counts } });
      await tx.insert(auditLog).values({
        action: 'reference_load',
        entity: 'admin_units',
        entityId: set.id,
        after: counts,
      });
    });
    loaded.push(set.id);
  }
  return { loaded };
}

type Row = {
  id: number;
  code: string | null;
  validFrom: string | null;
  validTo: string | null;
  path: string;
};

/**
 * Inserts the units and successor links of `set` that the database lacks (a unit is known by its
 * code and start date): loading a set twice, or a set overlapping one already loaded, adds nothing.
 */
export async function loadReferenceSet(
  tx: Db,
  set: ReferenceSet,
): Promise<{ units: number; successors: number }> {
  const existing: Row[] = await tx
    .select({
      id: adminUnits.id,
      code: adminUnits.code,
      validFrom: adminUnits.validFrom,
      validTo: adminUnits.validTo,
      path: adminUnits.path,
    })
    .from(adminUnits);
  const byCode = new Map<string, Row[]>();
  const index = (r: Row) => {
    if (!r.code) return;
    const list = byCode.get(r.code) ?? [];
    list.push(r);
    byCode.set(r.code, list);
  };
  existing.forEach(index);
  const find = (code: string, validFrom: string | null, day?: string): Row | undefined => {
    const list = byCode.get(code) ?? [];
    if (day) return list.find((r) => covers(r, day));
    return list.find((r) => r.validFrom === validFrom);
  };

  let inserted = 0;
  // Level by level (a parent is always one level up, or the province), each level in batches:
  // a province of a few hundred units loads in a handful of statements.
  for (const level of ['country', 'province', 'district', 'commune', 'village'] as const) {
    const fresh = set.units.filter((u) => u.level === level && !find(u.code, u.validFrom));
    if (!fresh.length) continue;
    const ids = await nextUnitIds(tx, fresh.length);
    const rows = fresh.map((u, i) => {
      const parent = u.parentCode ? find(u.parentCode, null, referenceDate(u)) : undefined;
      if (u.parentCode && !parent)
        throw new Error(`Reference ${set.id}: no parent ${u.parentCode} for ${u.code}`);
      const id = ids[i];
      const path = parent ? `${parent.path}.${id}` : String(id);
      return {
        id,
        code: u.code,
        name: u.name,
        shortName: u.shortName,
        type: u.type,
        level: u.level,
        parentId: parent?.id ?? null,
        provinceCode: u.provinceCode,
        path,
        validFrom: u.validFrom,
        validTo: u.validTo,
        sortKey: vnSortKey(u.shortName),
        searchText: unitSearchText(u.name, u.code),
        meta: u.meta,
      };
    });
    for (let i = 0; i < rows.length; i += BATCH) await tx.insert(adminUnits).values(rows.slice(i, i + BATCH));
    for (const r of rows)
      index({ id: r.id, code: r.code, validFrom: r.validFrom, validTo: r.validTo, path: r.path });
    inserted += rows.length;
  }

  const linkRows = set.successors.map((s) => {
    const pred = find(s.predecessor.code, s.predecessor.validFrom);
    const succ = find(s.successor.code, s.successor.validFrom);
    if (!pred || !succ)
      throw new Error(`Reference ${set.id}: bad successor link ${s.predecessor.code} → ${s.successor.code}`);
    return { predecessorId: pred.id, successorId: succ.id, kind: s.kind, effectiveDate: s.effectiveDate };
  });
  let links = 0;
  for (let i = 0; i < linkRows.length; i += BATCH) {
    const res = await tx
      .insert(adminUnitSuccessors)
      .values(linkRows.slice(i, i + BATCH))
      .onConflictDoNothing()
      .returning({ id: adminUnitSuccessors.predecessorId });
    links += res.length;
  }
  return { units: inserted, successors: links };
}

/** For tests and diagnostics: the unit with this code that is valid on `day` (default: today). */
export async function findUnitByCode(db: Db, code: string, day?: string) {
  const rows = await db
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.code, code), day ? undefined : isNull(adminUnits.validTo)));
  return day ? rows.find((r) => covers(r, day)) : rows[0];
}
