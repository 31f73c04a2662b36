import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { AppError } from '../../../shared/errors.ts';
import { formatDateTimeVi, formatMonthYearVi } from '../../../shared/format/index.ts';
import type { Db } from '../../db/client.ts';
import { rows as sqlRows } from '../../db/tx.ts';
import type { BirthEntry } from './births-file.ts';

// Births are counted once (issue 17): by content, not by bytes, and from one source per
// commune-month. Every write of births of a province (file import, monthly form) first takes the
// province's lock, so two writes touching the same months meet one after the other.

/** Serialises every write of births of one province until the transaction ends. */
export async function lockProvinceBirths(tx: Db, provinceCode: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`births:${provinceCode}`}))`);
}

/**
 * The identity of a file: its parsed rows in a canonical order, so the same figures with CRLF line
 * ends, a BOM, trailing blank lines, spaces in the header, another column order or row order, or
 * as XLSX instead of CSV are the same import.
 */
export function contentIdentity(kind: string, entries: BirthEntry[]): string {
  const lines = entries
    .map(
      (e) =>
        `${e.code}|${kind === 'records' ? e.day : `${e.year}-${e.month ?? ''}`}|${e.order}|${e.boys}|${e.girls}`,
    )
    .sort();
  return crypto
    .createHash('sha256')
    .update(`${kind}\n${lines.join('\n')}`)
    .digest('hex');
}

export interface CommuneMonth {
  unitId: number;
  year: number;
  /** null: the whole year. */
  month: number | null;
}

type Holder = {
  unit_id: number;
  unit_name: string;
  year: number;
  month: number | null;
  kind: string;
  file_name: string;
  created_by: string;
  created_at: Date | string;
};

/**
 * Refuses births for a commune-month that an active batch of another source already counts (a
 * whole-year count overlaps every month of its year), naming that source: the first one stored
 * counts; to replace it, withdraw it first. `except` is a batch being replaced (a corrected form).
 */
export async function requireNoOtherSource(
  tx: Db,
  provinceCode: string,
  cells: CommuneMonth[],
  except?: string,
): Promise<void> {
  if (!cells.length) return;
  const pairs = [...new Set(cells.map((c) => `${c.unitId}|${c.year}`))].map((k) => k.split('|'));
  const units = pairs.map(([u]) => u);
  const years = pairs.map(([, y]) => y);
  const held = await sqlRows<Holder>(
    tx,
    sql`select distinct c.unit_id, u.name as unit_name, c.year, c.month, b.kind, b.file_name, b.created_by, b.created_at
          from birth_counts c
          join birth_batches b on b.id = c.batch_id and b.status = 'active'
          join admin_units u on u.id = c.unit_id
         where c.province_code = ${provinceCode}
           ${except ? sql`and b.id <> ${except}` : sql``}
           and (c.unit_id, c.year) in (select * from unnest(${`{${units.join(',')}}`}::int[], ${`{${years.join(',')}}`}::int[]))`,
  );
  if (!held.length) return;
  const wanted = new Map<string, CommuneMonth[]>();
  for (const c of cells)
    wanted.set(`${c.unitId}|${c.year}`, [...(wanted.get(`${c.unitId}|${c.year}`) ?? []), c]);
  const clash = held.find((h) =>
    (wanted.get(`${h.unit_id}|${h.year}`) ?? []).some(
      (c) => c.month === null || h.month === null || c.month === h.month,
    ),
  );
  if (!clash) return;
  const period = clash.month ? formatMonthYearVi(clash.year, clash.month).toLowerCase() : `năm ${clash.year}`;
  const source = clash.kind === 'form' ? 'biểu sinh hằng tháng' : `tệp "${clash.file_name}"`;
  throw new AppError('DUPLICATE', {
    detail: `${clash.unit_name}, ${period} đã có số liệu sinh từ ${source} do ${clash.created_by} nhập lúc ${formatDateTimeVi(clash.created_at)}; nguồn đó đang được tính. Mỗi tháng của một xã, phường chỉ tính từ một nguồn: muốn dùng nguồn này, hãy rút lô số liệu kia trước. Không có gì được lưu.`,
  });
}
