import { and, eq, isNull, sql } from 'drizzle-orm';
import { foldVietnamese, vnSortKey } from '../../../shared/text/index.ts';
import type { Db } from '../../db/client.ts';
import { adminUnitSuccessors, adminUnits, appMeta, auditLog } from '../../db/schema/index.ts';
import { withActor } from '../../db/tx.ts';
import { nextUnitId } from './admin-units.repository.ts';
import { allReferenceSets, type ReferenceSet, type UnitSpec } from './reference-data.ts';

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
  for (const set of allReferenceSets()) {
    const key = `reference:${set.id}`;
    const done = await db.select().from(appMeta).where(eq(appMeta.key, key));
    if (done.length) continue;
    await withActor(db, null, async (tx) => {
      await tx.execute(sql`select set_config('canbang.skip_audit', 'on', true)`);
      const counts = await loadSet(tx, set);
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

async function loadSet(tx: Db, set: ReferenceSet): Promise<{ units: number; successors: number }> {
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
  const order: Record<UnitSpec['level'], number> = { country: -1, province: 0, district: 1, commune: 2, village: 3 };
  const units = [...set.units].sort((a, b) => order[a.level] - order[b.level]);
  for (const u of units) {
    if (find(u.code, u.validFrom)) continue;
    const parent = u.parentCode ? find(u.parentCode, null, referenceDate(u)) : undefined;
    if (u.parentCode && !parent)
      throw new Error(`Reference ${set.id}: no parent ${u.parentCode} for ${u.code}`);
    const id = await nextUnitId(tx);
    const path = parent ? `${parent.path}.${id}` : String(id);
    await tx.insert(adminUnits).values({
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
    });
    index({ id, code: u.code, validFrom: u.validFrom, validTo: u.validTo, path });
    inserted++;
  }

  let links = 0;
  for (const s of set.successors) {
    const pred = find(s.predecessor.code, s.predecessor.validFrom);
    const succ = find(s.successor.code, s.successor.validFrom);
    if (!pred || !succ)
      throw new Error(`Reference ${set.id}: bad successor link ${s.predecessor.code} → ${s.successor.code}`);
    const res = await tx
      .insert(adminUnitSuccessors)
      .values({ predecessorId: pred.id, successorId: succ.id, kind: s.kind, effectiveDate: s.effectiveDate })
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
