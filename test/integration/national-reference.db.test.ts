import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, withActor } from '../../src/server/db/tx.ts';
import { nationalProvinceSet } from '../../src/server/modules/org-units/national-reference.ts';
import { REFERENCE_DIR, sonLa2025 } from '../../src/server/modules/org-units/reference-data.ts';
import { loadReferenceSet } from '../../src/server/modules/org-units/reference-loader.ts';
import { createTestDatabase } from '../helpers/test-db.ts';

// The whole country's reference units, as shipped: every province loads, and the database then
// holds exactly the communes, former communes and merge links of reference/admin/vn-2025.json.

interface National {
  provinces: {
    code: string;
    units: { code: string; mergedFrom: { oldCode: string; oldDistrictCode?: string }[] }[];
  }[];
}
const national = JSON.parse(
  fs.readFileSync(path.join(REFERENCE_DIR, 'admin', 'vn-2025.json'), 'utf8'),
) as National;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  for (const p of national.provinces)
    await withActor(database.db, null, (tx) => loadReferenceSet(tx, nationalProvinceSet(p.code)!));
}, 600_000);
afterAll(() => database.close());

describe('reference units of the 34 provinces', () => {
  it('holds, for every province, the communes and wards of vn-2025.json', async () => {
    const counts = await rows<{ province_code: string; n: number }>(
      database.db,
      sql`select province_code, count(*)::int as n from admin_units
           where level = 'commune' and valid_to is null group by province_code order by province_code`,
    );
    // Tam Đường's set (loaded at start-up) is part of Lai Châu: no commune is counted twice.
    expect(counts).toEqual(national.provinces.map((p) => ({ province_code: p.code, n: p.units.length })));
    expect(counts.reduce((s, c) => s + c.n, 0)).toBe(3321);
  });

  it('keeps every former commune, each linked to the 2025 communes it went into', async () => {
    const expected = new Set<string>();
    for (const p of national.provinces)
      for (const u of p.units) for (const m of u.mergedFrom) expected.add(`${m.oldCode}>${u.code}`);
    const links = await rows<{ link: string }>(
      database.db,
      sql`select p.code || '>' || s.code as link from admin_unit_successors l
            join admin_units p on p.id = l.predecessor_id
            join admin_units s on s.id = l.successor_id
           where s.valid_from = '2025-07-01'`,
    );
    expect(new Set(links.map((l) => l.link))).toEqual(expected);
    const [{ n }] = await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from admin_units
           where level = 'commune' and valid_to = '2025-06-30' and length(code) = 5`,
    );
    // 10,035 former communes of the catalogue, and the few old codes it lacks (a 3-digit one is an
    // island district without communes).
    const oldCommunes = new Set([...expected].map((l) => l.split('>')[0]).filter((c) => c.length === 5));
    expect(n).toBe(oldCommunes.size);
  });

  it('hangs the former districts of a merged province under the province that holds them now', async () => {
    const [haGiang] = await rows<{ province_code: string; parent: string; meta: { formerProvince: string } }>(
      database.db,
      sql`select d.province_code, p.code as parent, d.meta from admin_units d
            join admin_units p on p.id = d.parent_id
           where d.level = 'district' and d.name = 'Thành phố Hà Giang'`,
    );
    expect(haGiang).toEqual({
      province_code: '08',
      parent: '08',
      meta: { formerProvinceCode: '02', formerProvince: 'Tỉnh Hà Giang' },
    });
  });

  it('gives the same Sơn La as son-la-2025.json, the file the demo loads (in another order)', () => {
    const sorted = <T>(list: T[]) => list.map((x) => JSON.stringify(x)).sort();
    const core = (s: ReturnType<typeof sonLa2025>) => ({
      units: sorted(
        s.units.map(({ code, name, level, parentCode, validFrom, validTo }) => ({
          code,
          name,
          level,
          parentCode,
          validFrom,
          validTo,
        })),
      ),
      successors: sorted(s.successors),
    });
    expect(core(nationalProvinceSet('14')!)).toEqual(core(sonLa2025()));
  });
});
