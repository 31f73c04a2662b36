import { sql } from 'drizzle-orm';
import type { MonthlyBirthsGridRow } from '../../../shared/contracts/srb.ts';
import type { Principal } from '../../access/principal.ts';
import { provinceCondition, subtreeCondition } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/tx.ts';

// The province's view of its stations' monthly births for a year: which commune has which month
// and how many births, from the station's form or from an imported file (said per cell). Read-only: a month is entered or corrected on the commune's own form,
// where its version and its imported births are shown.

export async function monthlyBirthsGrid(db: Db, p: Principal, year: number): Promise<MonthlyBirthsGridRow[]> {
  const list = await rows<{
    id: number;
    code: string | null;
    name: string;
    month: number | null;
    births: number | null;
    from_file: boolean | null;
  }>(
    db,
    sql`select u.id, u.code, u.name, f.month, f.births, f.from_file
          from admin_units u
          left join (
            -- One source per commune and month: the station's form or an imported file, never both.
            select c.unit_id, c.month, sum(c.boys + c.girls)::int as births, bool_or(b.kind <> 'form') as from_file
              from birth_batches b join birth_counts c on c.batch_id = b.id
             where b.status = 'active' and c.year = ${year} and c.month is not null
             group by c.unit_id, c.month
          ) f on f.unit_id = u.id
         where u.level = 'commune' and u.valid_to is null
           and ${subtreeCondition(p, sql`u.path`)}
           and ${provinceCondition(p, sql`u.province_code`)}
         order by u.sort_key collate "C", u.id`,
  );
  const byUnit = new Map<number, MonthlyBirthsGridRow>();
  for (const r of list) {
    const row = byUnit.get(r.id) ?? {
      unitId: r.id,
      unitCode: r.code,
      unitName: r.name,
      months: Array(12).fill(null),
      fromFile: Array(12).fill(false),
    };
    if (r.month) {
      row.months[r.month - 1] = r.births;
      row.fromFile[r.month - 1] = !!r.from_file;
    }
    byUnit.set(r.id, row);
  }
  return [...byUnit.values()];
}
