import { and, eq, isNull, like, sql } from 'drizzle-orm';
import type { ProvinceAddResult, ProvinceStatusDto } from '../../../shared/contracts/provinces.ts';
import type { OrganisationKind } from '../../../shared/organisation-kinds.ts';
import { foldVietnamese, vnSortKey } from '../../../shared/text/index.ts';
import type { Principal } from '../../access/principal.ts';
import { requireRole } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, appMeta, auditLog, organisations } from '../../db/schema/index.ts';
import { rows, withActor } from '../../db/tx.ts';
import { referenceProvinces, requireProvinceSet } from './national-reference.ts';
import { organisationSearchText } from './organisations.service.ts';
import { loadReferenceSet } from './reference-loader.ts';

/** app_meta key recording that a province was enabled (by `province add` or the page "Thêm tỉnh"). */
export const provinceKey = (code: string) => `province:${code}`;

export type ProvinceAddPhase = 'units' | 'organisations' | 'done';
export type ProvinceAddProgress = (phase: ProvinceAddPhase, step: number, steps: number) => void;

type UnitRow = typeof adminUnits.$inferSelect;

interface StandardOrganisation {
  key: string;
  name: string;
  abbreviation: string;
  kind: OrganisationKind;
  unit: UnitRow;
  parent?: string;
}

/** "tỉnh Lạng Sơn", "thành phố Hà Nội", "xã Chiềng Cơi": how a body's name ends. */
const placeOf = (u: UnitRow) => `${u.type} ${u.shortName}`;

/**
 * The bodies every province needs to run the programme, all editable afterwards: the UBND tỉnh
 * (issuer of the provincial plan), the Sở Y tế with its Chi cục Dân số, CDC and provincial
 * hospital, and for every current commune its UBND and its Trạm Y tế (run by the commune since
 * the 2025 reform).
 */
function standardOrganisations(province: UnitRow, communes: UnitRow[]): StandardOrganisation[] {
  const at = placeOf(province);
  const list: StandardOrganisation[] = [
    {
      key: 'ubnd',
      name: `Ủy ban nhân dân ${at}`,
      abbreviation: 'UBND',
      kind: 'people_committee',
      unit: province,
    },
    {
      key: 'syt',
      name: `Sở Y tế ${at}`,
      abbreviation: 'SYT',
      kind: 'health_department',
      unit: province,
      parent: 'ubnd',
    },
    {
      key: 'ccds',
      name: `Chi cục Dân số ${at}`,
      abbreviation: 'CCDS',
      kind: 'population_office',
      unit: province,
      parent: 'syt',
    },
    {
      key: 'cdc',
      name: `Trung tâm Kiểm soát bệnh tật ${at}`,
      abbreviation: 'CDC',
      kind: 'disease_control_centre',
      unit: province,
      parent: 'syt',
    },
    {
      key: 'bvdk',
      name: `Bệnh viện Đa khoa ${at}`,
      abbreviation: 'BVĐK',
      kind: 'hospital',
      unit: province,
      parent: 'syt',
    },
  ];
  for (const c of communes) {
    const where = placeOf(c);
    list.push(
      {
        key: `ubnd-${c.code}`,
        name: `Ủy ban nhân dân ${where}`,
        abbreviation: 'UBND',
        kind: 'people_committee',
        unit: c,
      },
      {
        key: `tyt-${c.code}`,
        name: `Trạm Y tế ${where}`,
        abbreviation: 'TYT',
        kind: 'commune_health_station',
        unit: c,
        parent: `ubnd-${c.code}`,
      },
    );
  }
  return list;
}

/**
 * Creates the standard organisations the province lacks. A body already there (the demo's, or
 * one an administrator renamed) is recognised by its unit and kind — for hospitals, of which a
 * province has several, by its name too — and left as it is.
 */
async function ensureStandardOrganisations(tx: Db, provinceCode: string): Promise<number> {
  const units = await tx
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.provinceCode, provinceCode), isNull(adminUnits.validTo)));
  const province = units.find((u) => u.level === 'province' && u.code === provinceCode);
  if (!province) throw new Error(`Province ${provinceCode} has no unit`);
  const communes = units.filter((u) => u.level === 'commune').sort((a, b) => a.id - b.id);
  const existing = await tx
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      adminUnitId: organisations.adminUnitId,
    })
    .from(organisations)
    .where(eq(organisations.provinceCode, provinceCode));
  const found = (o: StandardOrganisation) =>
    existing.find(
      (e) =>
        e.adminUnitId === o.unit.id &&
        e.kind === o.kind &&
        (o.kind !== 'hospital' || foldVietnamese(e.name) === foldVietnamese(o.name)),
    )?.id;
  const ids = new Map<string, string>();
  let created = 0;
  for (const o of standardOrganisations(province, communes)) {
    const have = found(o);
    if (have) {
      ids.set(o.key, have);
      continue;
    }
    const [row] = await tx
      .insert(organisations)
      .values({
        name: o.name,
        abbreviation: o.abbreviation,
        kind: o.kind,
        adminUnitId: o.unit.id,
        parentId: o.parent ? (ids.get(o.parent) ?? null) : null,
        provinceCode,
        sortKey: vnSortKey(o.name),
        searchText: organisationSearchText(o.name, o.abbreviation),
      })
      .returning({ id: organisations.id });
    ids.set(o.key, row.id);
    created++;
  }
  return created;
}

/**
 * Enables a province with the product's own means (`canbang province add`, the page "Thêm tỉnh"):
 * its 2025 communes, its former districts and communes with their successor links, and its
 * standard organisations, in one transaction. Idempotent: what exists is left alone, so a second
 * run inserts nothing. The boundaries ship in reference/geo and need no loading.
 */
export async function addProvince(
  db: Db,
  p: Principal,
  code: string,
  onProgress: ProvinceAddProgress = () => {},
): Promise<ProvinceAddResult> {
  requireRole(p, ['admin']);
  const set = requireProvinceSet(code);
  const province = set.units[0];
  onProgress('units', 1, 3);
  const result = await withActor(db, { id: p.userId, username: p.username, ip: p.ip }, async (tx) => {
    // Reference rows are not user edits: one audit event below records the whole addition.
    await tx.execute(sql`select set_config('canbang.skip_audit', 'on', true)`);
    const loaded = await loadReferenceSet(tx, set);
    onProgress('organisations', 2, 3);
    const organisationsCreated = await ensureStandardOrganisations(tx, code);
    const [marked] = await tx
      .insert(appMeta)
      .values({ key: provinceKey(code), value: { enabledAt: new Date().toISOString(), by: p.username } })
      .onConflictDoNothing()
      .returning({ key: appMeta.key });
    const counts = {
      units: loaded.units,
      successors: loaded.successors,
      organisations: organisationsCreated,
    };
    const changed = !!marked || counts.units + counts.successors + counts.organisations > 0;
    if (changed)
      await tx.insert(auditLog).values({
        actorId: p.system ? null : p.userId,
        actorUsername: p.username,
        action: 'province_add',
        entity: 'admin_units',
        entityId: code,
        provinceCode: code,
        after: counts,
        ip: p.ip ?? null,
      });
    return { ...counts, changed };
  });
  onProgress('done', 3, 3);
  return { code, name: province.name, ...result };
}

/** The 34 provinces of the catalogue, with what this database holds of each (administrators only). */
export async function listProvinces(db: Db, p: Principal): Promise<ProvinceStatusDto[]> {
  requireRole(p, ['admin']);
  const enabled = new Set(
    (await db.select({ key: appMeta.key }).from(appMeta).where(like(appMeta.key, 'province:%'))).map((r) =>
      r.key.slice('province:'.length),
    ),
  );
  const counts = await rows<{ province_code: string; communes: number; stations: number }>(
    db,
    sql`select u.province_code,
               count(*)::int as communes,
               count(*) filter (where exists (
                 select 1 from organisations o
                  where o.admin_unit_id = u.id and o.kind = 'commune_health_station' and o.active))::int as stations
          from admin_units u
         where u.level = 'commune' and u.valid_to is null
         group by u.province_code`,
  );
  const byCode = new Map(counts.map((c) => [c.province_code, c]));
  return referenceProvinces().map((r) => ({
    code: r.code,
    name: r.name,
    shortName: r.shortName,
    formerProvinces: r.formerProvinces,
    referenceCommunes: r.communes,
    communes: byCode.get(r.code)?.communes ?? 0,
    stations: byCode.get(r.code)?.stations ?? 0,
    enabled: enabled.has(r.code),
  }));
}
