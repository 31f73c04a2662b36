import fs from 'node:fs';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors.ts';
import type { Db } from './client.ts';
import { shippedMigrationCount } from './migrate.ts';
import { rows } from './tx.ts';

// A backup is portable between PGlite and PostgreSQL: gzipped JSON lines, one header line,
// then one line per row ({"t": table, "r": row as row_to_json}). Restoring goes back through
// json_populate_recordset, so every column keeps its PostgreSQL type.

export const BACKUP_FORMAT = 'canbang-backup';
const PAGE = 2000;

/**
 * Tables a backup leaves out. Sessions: a backup must not be a way to sign in as someone (a
 * restored database starts with everyone signed out). Password hashes do stay: without them no one
 * could sign in after a restore; they are argon2id hashes, and the file is written 0600.
 */
export const NOT_BACKED_UP = new Set(['sessions']);

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  migrations: number;
  tables: { name: string; rows: number }[];
}

export type Progress = (done: number, total: number) => void;

interface TableInfo {
  name: string;
  primaryKey: string[];
  /** Columns that reference the same table (parent links): rows are restored parents first. */
  selfRefs: { column: string; references: string }[];
}

/** User tables of the public schema, ordered so that referenced tables come first. */
async function tablesInDependencyOrder(db: Db): Promise<TableInfo[]> {
  const tables = await rows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const fks = await rows<{ child: string; parent: string; column: string; ref_column: string }>(
    db,
    sql`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
               a.attname as column, ra.attname as ref_column
          from pg_constraint c
          join pg_namespace n on n.oid = c.connamespace and n.nspname = 'public'
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
          join pg_attribute ra on ra.attrelid = c.confrelid and ra.attnum = c.confkey[1]
         where c.contype = 'f'`,
  );
  const pks = await rows<{ table: string; column: string }>(
    db,
    sql`select c.conrelid::regclass::text as table, a.attname as column
          from pg_constraint c
          join pg_namespace n on n.oid = c.connamespace and n.nspname = 'public'
          join lateral unnest(c.conkey) with ordinality k(attnum, ord) on true
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
         where c.contype = 'p' order by c.conrelid, k.ord`,
  );
  const strip = (s: string) => s.replace(/^public\./, '').replace(/"/g, '');
  const deps = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const fk of fks)
    if (strip(fk.child) !== strip(fk.parent)) deps.get(strip(fk.child))?.add(strip(fk.parent));
  const ordered: string[] = [];
  const visit = (name: string, trail: Set<string>) => {
    if (ordered.includes(name) || trail.has(name)) return;
    trail.add(name);
    for (const d of deps.get(name) ?? []) visit(d, trail);
    ordered.push(name);
  };
  for (const t of tables) visit(t.name, new Set());
  return ordered.map((name) => ({
    name,
    primaryKey: pks.filter((p) => strip(p.table) === name).map((p) => p.column),
    selfRefs: fks
      .filter((f) => strip(f.child) === name && strip(f.parent) === name)
      .map((f) => ({ column: f.column, references: f.ref_column })),
  }));
}

function quoteIdent(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * Writes a backup to `file`, readable by its owner only (0600): it holds every user's data and
 * password hashes. Written beside it first and renamed, so a failed backup leaves no half file.
 */
export async function writeBackup(db: Db, file: string, progress?: Progress): Promise<BackupHeader> {
  const partial = `${file}.part`;
  fs.rmSync(partial, { force: true });
  try {
    const header = await writeBackupTo(
      db,
      fs.createWriteStream(partial, { mode: 0o600, flags: 'wx' }),
      progress,
    );
    fs.chmodSync(partial, 0o600);
    fs.renameSync(partial, file);
    return header;
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
}

/** The backup as a gzip stream into `out` (a file, or the running server's control socket). */
export async function writeBackupTo(
  db: Db,
  out: NodeJS.WritableStream,
  progress?: Progress,
): Promise<BackupHeader> {
  const tables = (await tablesInDependencyOrder(db)).filter((t) => !NOT_BACKED_UP.has(t.name));
  // One snapshot for the whole backup: rows written while it runs are either all in or all out.
  return db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read, read only`);
    const counts: { name: string; rows: number }[] = [];
    for (const t of tables) {
      const [{ n }] = await rows<{ n: number }>(
        tx as unknown as Db,
        sql.raw(`select count(*)::int as n from ${quoteIdent(t.name)}`),
      );
      counts.push({ name: t.name, rows: n });
    }
    const total = counts.reduce((s, c) => s + c.rows, 0);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: shippedMigrationCount(),
      tables: counts,
    };
    async function* lines() {
      yield `${JSON.stringify(header)}\n`;
      let done = 0;
      for (const t of tables) {
        const order = t.primaryKey.length ? t.primaryKey.map(quoteIdent).join(', ') : 'ctid';
        for (let offset = 0; ; offset += PAGE) {
          const page = await rows<{ r: unknown }>(
            tx as unknown as Db,
            sql.raw(
              `select row_to_json(x) as r from (select * from ${quoteIdent(t.name)} order by ${order} limit ${PAGE} offset ${offset}) x`,
            ),
          );
          for (const p of page) yield `${JSON.stringify({ t: t.name, r: p.r })}\n`;
          done += page.length;
          progress?.(done, total);
          if (page.length < PAGE) break;
        }
      }
    }
    await pipeline(Readable.from(lines()), zlib.createGzip(), out);
    return header;
  });
}

async function* readLines(file: string): AsyncGenerator<string> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  yield* readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

export async function readBackupHeader(file: string): Promise<BackupHeader> {
  if (!fs.existsSync(file))
    throw new AppError('NOT_FOUND', { detail: `Không tìm thấy tệp sao lưu ${file}.` });
  try {
    for await (const line of readLines(file)) {
      const header = JSON.parse(line) as BackupHeader;
      if (header.format !== BACKUP_FORMAT) break;
      return header;
    }
  } catch {
    // falls through to the error below
  }
  throw new AppError('VALIDATION', { detail: `Tệp ${file} không phải bản sao lưu của Cân Bằng (dòng 1).` });
}

/** Reads a whole backup file and checks every table has the rows its header counts (a cut-off transfer). */
export async function checkBackupFile(file: string): Promise<BackupHeader> {
  const header = await readBackupHeader(file);
  const seen = new Map<string, number>();
  let first = true;
  try {
    for await (const line of readLines(file)) {
      if (first) {
        first = false;
        continue;
      }
      if (!line.trim()) continue;
      const t = (JSON.parse(line) as { t: string }).t;
      seen.set(t, (seen.get(t) ?? 0) + 1);
    }
  } catch {
    throw new AppError('VALIDATION', { detail: `Tệp sao lưu ${file} bị cắt ngang hoặc hỏng.` });
  }
  for (const t of header.tables) {
    if ((seen.get(t.name) ?? 0) !== t.rows)
      throw new AppError('VALIDATION', {
        detail: `Tệp sao lưu ${file} không đầy đủ: bảng "${t.name}" có ${seen.get(t.name) ?? 0} dòng, phần đầu tệp ghi ${t.rows}.`,
      });
  }
  return header;
}

/** Parents before children within one table, for tables with parent links. */
function parentsFirst(rowsIn: Record<string, unknown>[], t: TableInfo): Record<string, unknown>[] {
  if (!t.selfRefs.length) return rowsIn;
  const out: Record<string, unknown>[] = [];
  const placed = new Set<unknown>();
  let pending = rowsIn;
  while (pending.length) {
    const next: Record<string, unknown>[] = [];
    for (const r of pending) {
      const ready = t.selfRefs.every(
        (s) => r[s.column] == null || placed.has(r[s.column]) || r[s.column] === r[s.references],
      );
      if (ready) {
        out.push(r);
        for (const s of t.selfRefs) placed.add(r[s.references]);
      } else next.push(r);
    }
    if (next.length === pending.length) return [...out, ...next]; // a cycle: let the database judge
    pending = next;
  }
  return out;
}

/**
 * Restores a backup in one transaction: all or nothing. The target must be empty (freshly
 * migrated) unless `replace` is set, in which case its data are removed first — in the same
 * transaction, so a failed restore leaves the old data as they were.
 */
export async function restoreBackup(
  db: Db,
  file: string,
  opts: { replace?: boolean; progress?: Progress } = {},
): Promise<BackupHeader> {
  const header = await readBackupHeader(file);
  const shipped = shippedMigrationCount();
  if (header.migrations > shipped) {
    throw new AppError('INVALID_STATE', {
      detail: `Bản sao lưu được tạo bởi phiên bản mới hơn (${header.migrations} migration, phiên bản này có ${shipped}). Hãy nâng cấp Cân Bằng trước khi khôi phục.`,
    });
  }
  const tables = await tablesInDependencyOrder(db);
  const byName = new Map(tables.map((t) => [t.name, t]));
  for (const t of header.tables) {
    if (!byName.has(t.name))
      throw new AppError('VALIDATION', {
        detail: `Bản sao lưu có bảng "${t.name}" mà cơ sở dữ liệu không có.`,
      });
  }
  const total = header.tables.reduce((s, t) => s + t.rows, 0);
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    // The restored rows are not new changes (skip_audit), and the audit log and its chain may be
    // emptied by --replace (restoring: the append-only trigger lets the tables' owner do it here).
    await tx.execute(
      sql`select set_config('canbang.skip_audit', 'on', true), set_config('canbang.restoring', 'on', true)`,
    );
    let existing = 0;
    for (const t of tables) {
      const [{ n }] = await rows<{ n: number }>(
        tx,
        sql.raw(`select count(*)::int as n from ${quoteIdent(t.name)}`),
      );
      existing += n;
    }
    if (existing && !opts.replace) {
      throw new AppError('INVALID_STATE', {
        detail:
          'Cơ sở dữ liệu đích đã có dữ liệu. Hãy khôi phục vào một thư mục dữ liệu mới, hoặc dùng --replace để thay toàn bộ dữ liệu hiện có.',
      });
    }
    if (existing)
      await tx.execute(
        sql.raw(`truncate ${tables.map((t) => quoteIdent(t.name)).join(', ')} restart identity cascade`),
      );

    let done = 0;
    let lineNo = 1;
    let current: string | null = null;
    let batch: Record<string, unknown>[] = [];
    const seen = new Map<string, number>();
    const flush = async () => {
      if (!current || !batch.length) return;
      const t = byName.get(current)!;
      // Whole tables with parent links are inserted at once (see parentsFirst); others in pages.
      const ordered = parentsFirst(batch, t);
      for (let i = 0; i < ordered.length; i += PAGE) {
        const chunk = ordered.slice(i, i + PAGE);
        // Name the columns of the backup: a column added by a later migration gets its default.
        const cols = Object.keys(chunk[0]).map(quoteIdent).join(', ');
        await tx.execute(
          sql`insert into ${sql.raw(quoteIdent(t.name))} (${sql.raw(cols)}) overriding system value
              select ${sql.raw(cols)} from json_populate_recordset(null::${sql.raw(quoteIdent(t.name))}, ${JSON.stringify(chunk)}::json)`,
        );
        done += chunk.length;
        opts.progress?.(done, total);
      }
      seen.set(current, (seen.get(current) ?? 0) + batch.length);
      batch = [];
    };
    let first = true;
    for await (const line of readLines(file)) {
      if (first) {
        first = false;
        continue;
      }
      lineNo++;
      if (!line.trim()) continue;
      let entry: { t: string; r: Record<string, unknown> };
      try {
        entry = JSON.parse(line);
      } catch {
        throw new AppError('VALIDATION', {
          detail: `Tệp sao lưu hỏng ở dòng ${lineNo}: không đọc được JSON.`,
        });
      }
      if (!byName.has(entry.t))
        throw new AppError('VALIDATION', {
          detail: `Tệp sao lưu hỏng ở dòng ${lineNo}: bảng "${entry.t}" không tồn tại.`,
        });
      if (entry.t !== current) {
        await flush();
        current = entry.t;
      }
      batch.push(entry.r);
      if (!byName.get(current)!.selfRefs.length && batch.length >= PAGE) await flush();
    }
    await flush();
    for (const t of header.tables) {
      if ((seen.get(t.name) ?? 0) !== t.rows) {
        throw new AppError('VALIDATION', {
          detail: `Tệp sao lưu không đầy đủ: bảng "${t.name}" có ${seen.get(t.name) ?? 0} dòng, phần đầu tệp ghi ${t.rows}. Không có gì được khôi phục.`,
        });
      }
    }
    // Identity columns continue after the restored ids.
    const identities = await rows<{ table: string; column: string }>(
      tx,
      sql`select table_name as table, column_name as column from information_schema.columns
           where table_schema = 'public' and is_identity = 'YES'`,
    );
    for (const c of identities) {
      await tx.execute(
        sql.raw(
          `select setval(pg_get_serial_sequence('${quoteIdent(c.table)}', '${c.column}'),
                         coalesce((select max(${quoteIdent(c.column)}) from ${quoteIdent(c.table)}), 0) + 1, false)`,
        ),
      );
    }
    return header;
  });
}
