import { and, eq, sql } from 'drizzle-orm';
import { NATIONAL_SRB_TARGET_SOURCE, NATIONAL_SRB_TARGETS } from '../../../shared/srb-targets.ts';
import { vnSortKey } from '../../../shared/text/index.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, appMeta, nationalTargets, organisations } from '../../db/schema/index.ts';
import { withActor } from '../../db/tx.ts';
import { nextUnitId } from '../org-units/admin-units.repository.ts';
import { organisationSearchText } from '../org-units/organisations.service.ts';
import { unitSearchText } from '../org-units/reference-loader.ts';

// The national level every deployment has: one unit "Việt Nam" (level country) above no province
// in the tree — provinces keep their own paths, so no province's subtree check ever reaches up to
// it — and the organisation of the national reader, Cục Dân số of Bộ Y tế. Idempotent.

/** The country unit's code and the province code its rows carry (no province has it). */
export const COUNTRY_CODE = 'VN';
export const NATIONAL_PROVINCE_CODE = '00';
export const NATIONAL_OFFICE_NAME = 'Cục Dân số, Bộ Y tế';
const KEY = 'national:level';

export async function ensureNationalLevel(db: Db): Promise<{ created: boolean }> {
  const done = await db.select().from(appMeta).where(eq(appMeta.key, KEY));
  if (done.length) return { created: false };
  await withActor(db, null, async (tx) => {
    let [country] = await tx
      .select({ id: adminUnits.id })
      .from(adminUnits)
      .where(and(eq(adminUnits.level, 'country'), eq(adminUnits.code, COUNTRY_CODE)));
    if (!country) {
      const id = await nextUnitId(tx);
      [country] = await tx
        .insert(adminUnits)
        .values({
          id,
          code: COUNTRY_CODE,
          name: 'Việt Nam',
          shortName: 'Việt Nam',
          type: 'quốc gia',
          level: 'country',
          provinceCode: NATIONAL_PROVINCE_CODE,
          path: String(id),
          sortKey: vnSortKey('Việt Nam'),
          searchText: unitSearchText('Việt Nam', COUNTRY_CODE),
        })
        .returning({ id: adminUnits.id });
    }
    const [office] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.adminUnitId, country.id), eq(organisations.kind, 'ministry_office')));
    if (!office)
      await tx.insert(organisations).values({
        name: NATIONAL_OFFICE_NAME,
        abbreviation: 'CDS',
        kind: 'ministry_office',
        adminUnitId: country.id,
        provinceCode: NATIONAL_PROVINCE_CODE,
        sortKey: vnSortKey(NATIONAL_OFFICE_NAME),
        searchText: organisationSearchText(NATIONAL_OFFICE_NAME, 'CDS'),
      });
    // The Strategy's SRB milestones, until Cục Dân số edits or adds its own.
    for (const t of NATIONAL_SRB_TARGETS)
      await tx
        .insert(nationalTargets)
        .values({
          year: t.year,
          indicator: 'srb',
          comparator: 'below',
          value: t.below,
          unit: 'bé trai/100 bé gái',
          sourceDocument: NATIONAL_SRB_TARGET_SOURCE,
          verified: t.verified,
          createdBy: 'hệ thống',
        })
        .onConflictDoNothing();
    await tx.insert(appMeta).values({ key: KEY, value: { at: new Date().toISOString() } });
  });
  return { created: true };
}

/** The national office (null before ensureNationalLevel ran). */
export async function nationalOffice(db: Db): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(
        eq(organisations.provinceCode, NATIONAL_PROVINCE_CODE),
        eq(organisations.kind, 'ministry_office'),
        sql`${organisations.active}`,
      ),
    )
    .orderBy(organisations.createdAt)
    .limit(1);
  return row ?? null;
}
