import { and, desc, eq, getTableColumns, isNotNull, type SQL, sql } from 'drizzle-orm';
import { AppError, type ErrorIssue } from '../../../shared/errors.ts';
import { formatDateTimeVi } from '../../../shared/format/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { isAdmin, provinceCondition, requireInScope, requireRole, unitInScope } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { adminUnitSuccessors, adminUnits, birthBatches, birthCounts } from '../../db/schema/index.ts';
import { withActor } from '../../db/tx.ts';
import { readTable } from '../../files/read-table.ts';
import type { UploadLimits } from '../../files/upload-limits.ts';
import { displayNameSql } from '../users/display-names.ts';
import { type BirthEntry, parseBirthTable } from './births-file.ts';
import { contentIdentity, lockProvinceBirths, requireNoOtherSource } from './births-once.ts';
import { requireCountingSource } from './births-source.ts';
import { successorOf } from './successor-rule.ts';

const IMPORTERS = ['admin', 'province_officer', 'reporter'] as const;
export type ImportProgress = (stage: string, done: number, total: number) => void;

export interface BirthBatchDto {
  id: string;
  kind: string;
  fileName: string;
  rowCount: number;
  births: number;
  /** Made by the simulator for demonstrations. */
  simulated: boolean;
  status: string;
  createdBy: string;
  /** The display name of `createdBy` (a username). */
  createdByName: string;
  createdAt: string;
  withdrawnAt: string | null;
  /** Said once, by the import: identical record lines kept (e.g. twins), named by line. */
  warnings?: string[];
}

type UnitRow = {
  id: number;
  code: string | null;
  path: string;
  provinceCode: string;
  validFrom: string | null;
  validTo: string | null;
  sortKey: string;
};

/**
 * Maps a code on a day to the 2025 unit its births belong to: the unit that had the code then,
 * followed through its successor links while it has ended. A commune split in 2025 ("partial")
 * goes to its first successor in alphabetical order: the files do not say which part a birth
 * came from.
 */
async function unitResolver(db: Db) {
  const units = (await db
    .select({
      id: adminUnits.id,
      code: adminUnits.code,
      path: adminUnits.path,
      provinceCode: adminUnits.provinceCode,
      validFrom: adminUnits.validFrom,
      validTo: adminUnits.validTo,
      sortKey: adminUnits.sortKey,
    })
    .from(adminUnits)
    .where(and(eq(adminUnits.level, 'commune'), isNotNull(adminUnits.code)))) as UnitRow[];
  const links = await db
    .select({ from: adminUnitSuccessors.predecessorId, to: adminUnitSuccessors.successorId })
    .from(adminUnitSuccessors);
  const byId = new Map(units.map((u) => [u.id, u]));
  const next = successorOf(byId, links);
  const byCode = new Map<string, UnitRow[]>();
  for (const u of units) byCode.set(u.code!, [...(byCode.get(u.code!) ?? []), u]);
  return (code: string, day: string): { source: UnitRow; current: UnitRow } | null => {
    const source = (byCode.get(code) ?? []).find(
      (u) => (!u.validFrom || u.validFrom <= day) && (!u.validTo || u.validTo >= day),
    );
    if (!source) return null;
    let current = source;
    for (let hops = 0; current.validTo && next.has(current.id) && hops < 5; hops++)
      current = byId.get(next.get(current.id)!)!;
    return current.validTo ? null : { source, current };
  };
}

export async function importBirths(
  db: Db,
  p: Principal,
  file: { fileName: string; content: Buffer },
  progress?: ImportProgress,
  opts: {
    /** Made by `canbang births simulate`: stored as such, and only one active simulated batch. */
    simulated?: boolean;
    /** The upload limits of the API unless the file comes from the operator (CLI, simulator). */
    limits?: UploadLimits;
  } = {},
): Promise<BirthBatchDto> {
  requireRole(p, IMPORTERS);
  progress?.('Đọc tệp', 0, 1);
  const parsed = parseBirthTable(await readTable(file.fileName, file.content, opts.limits));
  progress?.('Đọc tệp', 1, 1);
  const resolve = await unitResolver(db);
  const issues: ErrorIssue[] = [];
  const resolved: { e: BirthEntry; source: UnitRow; current: UnitRow }[] = [];
  parsed.entries.forEach((e, i) => {
    const r = resolve(e.code, e.day);
    if (!r)
      issues.push({
        path: ['line', e.line, 'commune_code'],
        message: `Dòng ${e.line}, cột commune_code: không có xã, phường mã ${e.code} vào ${e.day.split('-').reverse().join('/')}.`,
      });
    else if (!unitInScope(p, r.current.path))
      issues.push({
        path: ['line', e.line, 'commune_code'],
        message: `Dòng ${e.line}, cột commune_code: xã, phường mã ${e.code} nằm ngoài phạm vi của bạn.`,
      });
    else resolved.push({ e, ...r });
    if (i % 2000 === 0) progress?.('Đối chiếu mã xã', i, parsed.entries.length);
  });
  if (issues.length)
    throw new AppError('VALIDATION', {
      detail: `${issues[0].message}${issues.length > 1 ? ` (và ${issues.length - 1} lỗi khác)` : ''} Không có gì được lưu.`,
      issues: issues.slice(0, 200),
    });
  const provinces = new Set(resolved.map((r) => r.current.provinceCode));
  if (provinces.size > 1)
    throw new AppError('VALIDATION', { detail: 'Một tệp chỉ chứa số liệu của một tỉnh.' });
  const provinceCode = [...provinces][0];

  // Counts per (2025 unit, unit in the file, year, month, order): records become counts here.
  const cells = new Map<
    string,
    {
      unitId: number;
      sourceUnitId: number;
      year: number;
      month: number | null;
      birthOrder: string;
      boys: number;
      girls: number;
    }
  >();
  for (const { e, source, current } of resolved) {
    const key = `${current.id}|${source.id}|${e.year}|${e.month ?? ''}|${e.order}`;
    const c = cells.get(key) ?? {
      unitId: current.id,
      sourceUnitId: source.id,
      year: e.year,
      month: e.month,
      birthOrder: e.order,
      boys: 0,
      girls: 0,
    };
    c.boys += e.boys;
    c.girls += e.girls;
    cells.set(key, c);
  }
  const contentHash = contentIdentity(parsed.kind, parsed.entries);
  const births = resolved.reduce((s, r) => s + r.e.boys + r.e.girls, 0);
  const id = await withActor(db, actorOf(p), async (tx) => {
    // The province's lock makes two simultaneous imports (and monthly forms) meet here one after
    // the other: the second sees the first.
    await lockProvinceBirths(tx as unknown as Db, provinceCode);
    const activeBatch = async (condition: SQL) => {
      const [found] = await tx
        .select({
          id: birthBatches.id,
          fileName: birthBatches.fileName,
          createdAt: birthBatches.createdAt,
          createdByName: displayNameSql(birthBatches.createdBy),
        })
        .from(birthBatches)
        .where(
          and(eq(birthBatches.provinceCode, provinceCode), condition, eq(birthBatches.status, 'active')),
        );
      return found;
    };
    // Simulated births with another seed are another file: without this check a second run
    // would add a second made-up population on top of the first.
    const previous = opts.simulated ? await activeBatch(eq(birthBatches.simulated, true)) : undefined;
    if (previous) {
      throw new AppError('DUPLICATE', {
        detail: `Đã có số liệu mô phỏng đang dùng ("${previous.fileName}", nhập lúc ${formatDateTimeVi(previous.createdAt)}); tạo thêm sẽ cộng hai bộ số liệu giả vào nhau. Muốn tạo bộ mới, hãy rút lô đó trước: canbang births withdraw ${previous.id}`,
      });
    }
    const dup = await activeBatch(eq(birthBatches.contentHash, contentHash));
    if (dup) {
      throw new AppError('DUPLICATE', {
        detail: `Tệp này có cùng số liệu với tệp "${dup.fileName}" đã được ${dup.createdByName} nhập lúc ${formatDateTimeVi(dup.createdAt)}; nhập lại sẽ tính trùng. Muốn thay số liệu, hãy rút lô cũ trước.`,
      });
    }
    await requireCountingSource(tx as unknown as Db, provinceCode, 'province_import');
    await requireNoOtherSource(
      tx as unknown as Db,
      provinceCode,
      [...cells.values()].map((c) => ({ unitId: c.unitId, year: c.year, month: c.month })),
    );
    const [batch] = await tx
      .insert(birthBatches)
      .values({
        provinceCode,
        organisationId: p.organisationId,
        kind: parsed.kind,
        fileName: file.fileName,
        contentHash,
        rowCount: parsed.rowCount,
        births,
        simulated: opts.simulated ?? false,
        createdBy: p.username,
      })
      .returning({ id: birthBatches.id });
    // Each column goes as one array literal and the rows are rebuilt by unnest: one short
    // statement per 10,000 cells instead of a parameter per value.
    const values = [...cells.values()];
    const array = (xs: (number | string | null)[]) => `{${xs.map((x) => x ?? 'NULL').join(',')}}`;
    for (let i = 0; i < values.length; i += 10_000) {
      const part = values.slice(i, i + 10_000);
      await tx.execute(
        sql`insert into ${birthCounts} (batch_id, province_code, unit_id, source_unit_id, year, month, birth_order, boys, girls)
            select ${batch.id}::uuid, ${provinceCode}, *
              from unnest(${array(part.map((c) => c.unitId))}::int[], ${array(part.map((c) => c.sourceUnitId))}::int[],
                          ${array(part.map((c) => c.year))}::int[], ${array(part.map((c) => c.month))}::int[],
                          ${array(part.map((c) => c.birthOrder))}::text[], ${array(part.map((c) => c.boys))}::int[],
                          ${array(part.map((c) => c.girls))}::int[])`,
      );
      progress?.('Ghi số liệu', Math.min(i + 10_000, values.length), values.length);
    }
    return batch.id;
  });
  const warnings = parsed.identicalLines
    .slice(0, 50)
    .map(
      (ls) =>
        `Dòng ${ls.join(', ')} giống hệt nhau; đã tính ${ls.length} trẻ (ví dụ sinh đôi). Nếu đó là dòng chép thừa, hãy rút lô này và nhập lại tệp đã sửa.`,
    );
  return { ...(await getBatch(db, p, id)), ...(warnings.length ? { warnings } : {}) };
}

type BatchRow = typeof birthBatches.$inferSelect & { createdByName: string };

/** Batches with the name of who imported each. */
const selectBatches = (db: Db) =>
  db
    .select({ ...getTableColumns(birthBatches), createdByName: displayNameSql(birthBatches.createdBy) })
    .from(birthBatches);

function toDto(r: BatchRow): BirthBatchDto {
  return {
    id: r.id,
    kind: r.kind,
    fileName: r.fileName,
    rowCount: r.rowCount,
    births: r.births,
    simulated: r.simulated,
    status: r.status,
    createdBy: r.createdBy,
    createdByName: r.createdByName,
    createdAt: r.createdAt.toISOString(),
    withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
  };
}

/** Province officers see the province's batches; a commune its own organisation's. */
function batchVisible(p: Principal, b: typeof birthBatches.$inferSelect): boolean {
  if (isAdmin(p)) return true;
  if (b.provinceCode !== p.provinceCode) return false;
  return p.role === 'province_officer' || p.role === 'leader' || b.organisationId === p.organisationId;
}

export async function getBatch(db: Db, p: Principal, id: string): Promise<BirthBatchDto> {
  const [b] = await selectBatches(db).where(eq(birthBatches.id, id));
  requireInScope(!!b && batchVisible(p, b));
  return toDto(b);
}

export async function listBatches(db: Db, p: Principal): Promise<BirthBatchDto[]> {
  const rows = await selectBatches(db)
    .where(provinceCondition(p, birthBatches.provinceCode))
    .orderBy(desc(birthBatches.createdAt));
  return rows.filter((b) => batchVisible(p, b)).map(toDto);
}

export async function withdrawBatch(db: Db, p: Principal, id: string): Promise<BirthBatchDto> {
  requireRole(p, IMPORTERS);
  const [b] = await db.select().from(birthBatches).where(eq(birthBatches.id, id));
  requireInScope(!!b && batchVisible(p, b));
  if (p.role === 'reporter' && b.organisationId !== p.organisationId) throw new AppError('FORBIDDEN');
  if (b.status !== 'active') throw new AppError('INVALID_STATE', { detail: 'Lô số liệu này đã được rút.' });
  await withActor(db, actorOf(p), (tx) =>
    tx
      .update(birthBatches)
      .set({ status: 'withdrawn', withdrawnAt: sql`now()`, withdrawnBy: p.username })
      .where(eq(birthBatches.id, id)),
  );
  return getBatch(db, p, id);
}
