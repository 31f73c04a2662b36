import { and, eq, sql } from 'drizzle-orm';
import { type DenominatorInput, denominatorProblem } from '../../../shared/contracts/activity-records.ts';
import { AppError, type ErrorIssue, rowIssuesError } from '../../../shared/errors.ts';
import { parseCount } from '../../../shared/parse-number.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { requireRole, subtreeCondition, unitInScope } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, populationDenominators } from '../../db/schema/index.ts';
import { rows, withActor } from '../../db/tx.ts';
import { readTable } from '../../files/read-table.ts';

// Population figures per commune and year (population, women 15–49, couples of reproductive age,
// pupils): the denominators that turn "couples reached" into "% of couples reached".

const WRITERS = ['admin', 'province_officer', 'reporter'] as const;
const FIELDS = ['population', 'women15to49', 'couples', 'pupils'] as const;
/** Accepted headings of an import: ASCII keys or the Vietnamese template's. */
const HEADINGS: Record<string, (typeof FIELDS)[number] | 'code' | 'year'> = {
  commune_code: 'code',
  'ma xa': 'code',
  'ma xa, phuong': 'code',
  year: 'year',
  nam: 'year',
  population: 'population',
  'dan so': 'population',
  women_15_49: 'women15to49',
  'phu nu 15-49 tuoi': 'women15to49',
  couples: 'couples',
  'cap vo chong trong do tuoi sinh de': 'couples',
  pupils: 'pupils',
  'hoc sinh': 'pupils',
};

export interface DenominatorDto extends DenominatorInput {
  id: string;
  unitName: string;
  unitCode: string | null;
  version: number;
}

export async function listDenominators(db: Db, p: Principal, year: number): Promise<DenominatorDto[]> {
  const list = await rows<Record<string, unknown>>(
    db,
    sql`select d.*, u.name as unit_name, u.code as unit_code from population_denominators d
          join admin_units u on u.id = d.admin_unit_id
         where d.year = ${year}
           and ${subtreeCondition(p, sql`u.path`)}
         order by u.sort_key collate "C"`,
  );
  return list.map((r) => ({
    id: r.id as string,
    adminUnitId: r.admin_unit_id as number,
    unitName: r.unit_name as string,
    unitCode: r.unit_code as string | null,
    year: r.year as number,
    population: r.population as number | null,
    women15to49: r.women_15_49 as number | null,
    couples: r.couples as number | null,
    pupils: r.pupils as number | null,
    version: r.version as number,
  }));
}

/** Enters or replaces one commune's figures of a year (the same figures again change nothing). */
async function upsert(tx: Db, provinceCode: string, d: DenominatorInput) {
  const values = Object.fromEntries(FIELDS.map((f) => [f, d[f] ?? null]));
  await tx
    .insert(populationDenominators)
    .values({ provinceCode, adminUnitId: d.adminUnitId, year: d.year, ...values })
    .onConflictDoUpdate({
      target: [populationDenominators.adminUnitId, populationDenominators.year],
      set: { ...values, updatedAt: sql`now()`, version: sql`${populationDenominators.version} + 1` },
    });
}

async function communeInScope(db: Db, p: Principal, id: number) {
  const [u] = await db
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.id, id), eq(adminUnits.level, 'commune')));
  return u && unitInScope(p, u.path) && (!p.provinceCode || u.provinceCode === p.provinceCode) ? u : null;
}

export async function saveDenominator(db: Db, p: Principal, d: DenominatorInput): Promise<DenominatorDto> {
  requireRole(p, WRITERS);
  const unit = await communeInScope(db, p, d.adminUnitId);
  if (!unit)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['adminUnitId'], message: 'Xã, phường không có hoặc ngoài phạm vi của bạn.' }],
    });
  await withActor(db, actorOf(p), (tx) => upsert(tx, unit.provinceCode, d));
  return (await listDenominators(db, p, d.year)).find((x) => x.adminUnitId === d.adminUnitId)!;
}

/** CSV/XLSX of communes × figures: every wrong cell named by line and column, nothing saved then. */
export async function importDenominators(
  db: Db,
  p: Principal,
  file: { fileName: string; content: Buffer },
): Promise<{ rows: number }> {
  requireRole(p, WRITERS);
  const table = await readTable(file.fileName, file.content);
  if (table.length < 2) throw new AppError('VALIDATION', { detail: 'Tệp không có dòng dữ liệu nào.' });
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .toLowerCase()
      .trim();
  const header = table[0].map((h) => HEADINGS[fold(h)] ?? null);
  const col = (f: string) => header.indexOf(f as never);
  if (col('code') < 0 || col('year') < 0)
    throw new AppError('VALIDATION', { detail: 'Dòng 1: cần cột commune_code (Mã xã) và year (Năm).' });
  const communes = await db.select().from(adminUnits).where(eq(adminUnits.level, 'commune'));
  const issues: ErrorIssue[] = [];
  const parsed: { provinceCode: string; d: DenominatorInput }[] = [];
  const seen = new Map<string, number>();
  table.slice(1).forEach((r, i) => {
    const line = i + 2;
    const bad = (column: string, message: string) =>
      issues.push({ path: ['line', line, column], message: `Dòng ${line}, cột ${column}: ${message}` });
    const code = (r[col('code')] ?? '').trim();
    const unit = communes.find((c) => c.code === code && !c.validTo);
    if (!unit) bad(table[0][col('code')], `không có xã, phường hiện hành mã "${code}".`);
    else if (!unitInScope(p, unit.path) || (p.provinceCode && unit.provinceCode !== p.provinceCode))
      bad(table[0][col('code')], `${unit.name} nằm ngoài phạm vi của bạn.`);
    const year = parseCount(r[col('year')] ?? '', 2100).value ?? 0;
    if (year < 2000) bad(table[0][col('year')], `năm "${r[col('year')]}" không hợp lệ.`);
    const d: DenominatorInput = { adminUnitId: unit?.id ?? 0, year };
    for (const f of FIELDS) {
      const c = col(f);
      if (c < 0 || (r[c] ?? '').trim() === '') continue;
      const v = parseCount(String(r[c]), 10_000_000);
      if (v.error) bad(table[0][c], v.error);
      else d[f] = v.value;
    }
    const inconsistent = denominatorProblem(d);
    if (inconsistent) bad(table[0][col(inconsistent.field)], inconsistent.message);
    const k = `${code}|${year}`;
    if (seen.has(k)) bad(table[0][col('code')], `trùng với dòng ${seen.get(k)} (cùng xã và năm).`);
    seen.set(k, line);
    if (unit) parsed.push({ provinceCode: unit.provinceCode, d });
  });
  if (issues.length) throw rowIssuesError(issues);
  await withActor(db, actorOf(p), async (tx) => {
    for (const { provinceCode, d } of parsed) await upsert(tx, provinceCode, d);
  });
  return { rows: parsed.length };
}
