import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { AppError } from '../../shared/errors.ts';
import type { Db } from './client.ts';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * Optimistic locking for every editable aggregate: the update names the version the client
 * read; if somebody saved in between, nothing is written and the caller gets 409 CONFLICT
 * (the client keeps its input and can reload). Never a silent overwrite.
 */
export async function updateVersioned<T extends VersionedTable>(
  tx: Db,
  table: T,
  id: unknown,
  expectedVersion: number,
  values: Record<string, unknown>,
): Promise<T['$inferSelect']> {
  const rows = (await tx
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: sql`now()` } as any)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning()) as unknown[];
  if (rows.length) return rows[0] as T['$inferSelect'];
  const exists = (await tx
    .select({ v: table.version })
    .from(table as any)
    .where(eq(table.id, id))) as { v: number }[];
  if (!exists.length) throw new AppError('NOT_FOUND');
  throw new AppError('CONFLICT', {
    detail: `Dữ liệu đã được người khác lưu (phiên bản ${exists[0].v}, bạn đang sửa phiên bản ${expectedVersion}). Hãy tải lại để xem bản mới nhất; nội dung bạn nhập vẫn được giữ.`,
  });
}
