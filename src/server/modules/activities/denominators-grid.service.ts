import { and, eq, sql } from 'drizzle-orm';
import { denominatorProblem } from '../../../shared/contracts/activity-records.ts';
import {
  DENOMINATOR_FIELDS,
  DENOMINATOR_LABELS,
  type DenominatorGridRow,
  type DenominatorsBulkInput,
} from '../../../shared/contracts/denominators-grid.ts';
import { AppError, type ErrorIssue, rowIssuesError } from '../../../shared/errors.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { provinceCondition, requireRole, subtreeCondition } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { populationDenominators } from '../../db/schema/index.ts';
import { rows, withActor } from '../../db/tx.ts';

// Many communes' denominators at once: the province officer fills the whole province from a
// spreadsheet, a station its own commune. The same scope as the single edit (the caller's
// subtree, in its province), and one transaction: one wrong cell or one figure changed by someone
// else since it was read, and nothing is saved.

const WRITERS = ['admin', 'province_officer', 'reporter'] as const;
const MAX = 10_000_000;

/** Every commune in the caller's scope that existed during `year`, with its figures if any. */
export async function denominatorGrid(db: Db, p: Principal, year: number): Promise<DenominatorGridRow[]> {
  const list = await rows<Record<string, unknown>>(
    db,
    sql`select u.id, u.name, u.code, u.province_code, d.population, d.women_15_49, d.couples, d.pupils, d.version
          from admin_units u
          left join population_denominators d on d.admin_unit_id = u.id and d.year = ${year}
         where u.level = 'commune'
           and (u.valid_from is null or u.valid_from <= ${`${year}-12-31`})
           and (u.valid_to is null or u.valid_to > ${`${year}-01-01`})
           and ${subtreeCondition(p, sql`u.path`)}
           and ${provinceCondition(p, sql`u.province_code`)}
         order by u.sort_key collate "C", u.id`,
  );
  return list.map((r) => ({
    adminUnitId: r.id as number,
    unitName: r.name as string,
    unitCode: r.code as string | null,
    provinceCode: r.province_code as string,
    population: r.population as number | null,
    women15to49: r.women_15_49 as number | null,
    couples: r.couples as number | null,
    pupils: r.pupils as number | null,
    version: r.version as number | null,
  }));
}

/** Saves the changed rows of the grid together, or none of them. */
export async function saveDenominatorsBulk(
  db: Db,
  p: Principal,
  body: DenominatorsBulkInput,
): Promise<{ saved: number }> {
  requireRole(p, WRITERS);
  const inScope = new Map((await denominatorGrid(db, p, body.year)).map((r) => [r.adminUnitId, r]));
  const issues: ErrorIssue[] = [];
  const seen = new Set<number>();
  body.rows.forEach((row, i) => {
    const unit = inScope.get(row.adminUnitId);
    if (!unit) {
      issues.push({
        path: ['rows', i, 'adminUnitId'],
        message: `Dòng ${i + 1}: xã, phường không có trong năm ${body.year} hoặc ngoài phạm vi của bạn.`,
      });
      return;
    }
    const bad = (field: string, message: string) =>
      issues.push({ path: ['rows', i, field], message: `${unit.unitName}, cột ${message}` });
    if (seen.has(row.adminUnitId)) bad('adminUnitId', 'xã, phường: gửi hai lần trong cùng một lần lưu.');
    seen.add(row.adminUnitId);
    for (const f of DENOMINATOR_FIELDS) {
      const v = row[f];
      if (v != null && (!Number.isInteger(v) || v < 0 || v > MAX))
        bad(f, `${DENOMINATOR_LABELS[f]}: "${v}" phải là số nguyên từ 0 đến ${MAX.toLocaleString('vi-VN')}.`);
    }
    const problem = denominatorProblem(row);
    if (problem) bad(problem.field, `${DENOMINATOR_LABELS[problem.field]}: ${problem.message}`);
  });
  if (issues.length) throw rowIssuesError(issues);

  await withActor(db, actorOf(p), async (tx) => {
    for (const row of body.rows) {
      const unit = inScope.get(row.adminUnitId)!;
      const values = Object.fromEntries(DENOMINATOR_FIELDS.map((f) => [f, row[f]]));
      const where = and(
        eq(populationDenominators.adminUnitId, row.adminUnitId),
        eq(populationDenominators.year, body.year),
      );
      // The version read decides: null means "there were no figures", and the insert refuses if
      // someone entered some meanwhile; a number must still be the row's version.
      const written =
        row.version == null
          ? await tx
              .insert(populationDenominators)
              .values({
                provinceCode: unit.provinceCode,
                adminUnitId: row.adminUnitId,
                year: body.year,
                ...values,
              })
              .onConflictDoNothing()
              .returning({ id: populationDenominators.id })
          : await tx
              .update(populationDenominators)
              .set({ ...values, updatedAt: sql`now()`, version: sql`${populationDenominators.version} + 1` })
              .where(and(where, eq(populationDenominators.version, row.version)))
              .returning({ id: populationDenominators.id });
      if (!written.length)
        throw new AppError('CONFLICT', {
          detail: `Số liệu của ${unit.unitName} năm ${body.year} đã được người khác thay đổi trong lúc bạn sửa; không có gì được lưu. Hãy tải lại để xem số mới; nội dung bạn nhập vẫn được giữ.`,
          issues: [{ path: ['rows', body.rows.indexOf(row), 'version'], message: unit.unitName }],
        });
    }
  });
  return { saved: body.rows.length };
}
