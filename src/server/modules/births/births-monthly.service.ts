import crypto from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import {
  BIRTH_ORDERS,
  type MonthlyBirthsDto,
  type MonthlyBirthsInput,
  type MonthlyBirthsMonth,
} from '../../../shared/contracts/srb.ts';
import { AppError } from '../../../shared/errors.ts';
import { formatDateTimeVi, formatMonthYearVi, todayInVietnam } from '../../../shared/format/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { requireInScope, requireRole, unitInScope } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, birthBatches, birthCounts } from '../../db/schema/index.ts';
import { rows as sqlRows, withActor } from '../../db/tx.ts';
import { displayNameSql } from '../users/display-names.ts';
import { lockProvinceBirths, requireNoOtherSource } from './births-once.ts';
import { requireCountingSource } from './births-source.ts';

// The Trạm Y tế's monthly form: boys and girls born in the commune this month, by birth order.
// Each save replaces the month's previous form (which is withdrawn, so the history stays in the
// audit log); the form records the version it was loaded from, so two people saving the same
// month cannot silently overwrite each other.

const ENTRY_ROLES = ['admin', 'province_officer', 'reporter'] as const;

async function currentCommune(db: Db, p: Principal, code: string) {
  const [u] = await db
    .select({
      id: adminUnits.id,
      code: adminUnits.code,
      name: adminUnits.name,
      path: adminUnits.path,
      provinceCode: adminUnits.provinceCode,
    })
    .from(adminUnits)
    .where(and(eq(adminUnits.code, code), eq(adminUnits.level, 'commune'), isNull(adminUnits.validTo)));
  requireInScope(!!u && unitInScope(p, u.path));
  return u;
}

type BatchRow = {
  id: string;
  month: number;
  created_by: string;
  created_by_name: string;
  created_at: Date | string;
};

async function monthForms(db: Db, unitId: number, year: number, month?: number) {
  const batches = await sqlRows<BatchRow>(
    db,
    sql`select id, form_month as month, created_by, ${displayNameSql(sql`created_by`)} as created_by_name, created_at
          from birth_batches
         where kind = 'form' and status = 'active' and form_unit_id = ${unitId} and form_year = ${year}
           ${month ? sql`and form_month = ${month}` : sql``}`,
  );
  const counts = await sqlRows<{ batch_id: string; birth_order: string; boys: number; girls: number }>(
    db,
    sql`select c.batch_id, c.birth_order, c.boys, c.girls from birth_counts c
          join birth_batches b on b.id = c.batch_id
         where b.kind = 'form' and b.status = 'active' and b.form_unit_id = ${unitId} and b.form_year = ${year}`,
  );
  return { batches, counts };
}

function toMonth(
  month: number,
  batch: BatchRow | undefined,
  counts: { batch_id: string; birth_order: string; boys: number; girls: number }[],
  importedBirths: number,
): MonthlyBirthsMonth {
  const own = counts.filter((c) => c.batch_id === batch?.id);
  return {
    month,
    batchId: batch?.id ?? null,
    counts: BIRTH_ORDERS.map((birthOrder) => {
      const c = own.find((x) => x.birth_order === birthOrder);
      return { birthOrder, boys: c?.boys ?? 0, girls: c?.girls ?? 0 };
    }),
    enteredBy: batch?.created_by ?? null,
    enteredByName: batch?.created_by_name ?? null,
    enteredAt: batch ? new Date(batch.created_at).toISOString() : null,
    importedBirths,
  };
}

export async function getMonthlyBirths(
  db: Db,
  p: Principal,
  unitCode: string,
  year: number,
): Promise<MonthlyBirthsDto> {
  const unit = await currentCommune(db, p, unitCode);
  const { batches, counts } = await monthForms(db, unit.id, year);
  const imported = await sqlRows<{ month: number; births: number }>(
    db,
    sql`select c.month, sum(c.boys + c.girls)::int as births from birth_counts c
          join birth_batches b on b.id = c.batch_id and b.status = 'active' and b.kind <> 'form'
         where c.unit_id = ${unit.id} and c.year = ${year} and c.month is not null
         group by c.month`,
  );
  return {
    unit: { code: unit.code!, name: unit.name },
    year,
    months: Array.from({ length: 12 }, (_, i) =>
      toMonth(
        i + 1,
        batches.find((b) => b.month === i + 1),
        counts,
        imported.find((m) => m.month === i + 1)?.births ?? 0,
      ),
    ),
  };
}

export async function saveMonthlyBirths(
  db: Db,
  p: Principal,
  input: MonthlyBirthsInput,
): Promise<MonthlyBirthsMonth> {
  requireRole(p, ENTRY_ROLES);
  const unit = await currentCommune(db, p, input.unitCode);
  const label = formatMonthYearVi(input.year, input.month);
  const [thisYear, thisMonth] = todayInVietnam().split('-').map(Number);
  if (input.year * 12 + input.month > thisYear * 12 + thisMonth)
    throw new AppError('VALIDATION', {
      detail: `Tháng: ${label} chưa đến, chưa nhập được số sinh.`,
      issues: [{ path: ['month'], message: `${label} chưa đến.` }],
    });
  const orders = input.counts.map((c) => c.birthOrder);
  if (new Set(orders).size !== BIRTH_ORDERS.length)
    throw new AppError('VALIDATION', { detail: 'Mỗi thứ tự sinh (1, 2, 3+) chỉ có một dòng.' });
  const births = input.counts.reduce((s, c) => s + c.boys + c.girls, 0);

  await withActor(db, actorOf(p), async (tx) => {
    // The province's lock: a form and an import of the same month meet one after the other.
    await lockProvinceBirths(tx as unknown as Db, unit.provinceCode);
    const current = toMonth(
      input.month,
      ...(await monthForms(tx, unit.id, input.year, input.month).then(
        ({ batches, counts }) => [batches[0], counts] as const,
      )),
      0,
    );
    const same = BIRTH_ORDERS.every((o) => {
      const a = current.counts.find((c) => c.birthOrder === o)!;
      const b = input.counts.find((c) => c.birthOrder === o)!;
      return a.boys === b.boys && a.girls === b.girls;
    });
    // Sending the same figures again (a retry after a dropped connection) changes nothing.
    if (current.batchId && same) return;
    if (current.batchId !== input.baseBatchId)
      throw new AppError('CONFLICT', {
        detail: `${label} của ${unit.name} vừa được ${current.enteredByName ?? 'người khác'} ${current.batchId ? `lưu lúc ${formatDateTimeVi(current.enteredAt!)}` : 'xóa'}. Hãy tải lại để xem số mới; số bạn nhập vẫn còn trên màn hình.`,
      });
    // One source per commune-month: refused when the province counts its files only, or when
    // an imported file already counts this month.
    await requireCountingSource(tx as unknown as Db, unit.provinceCode, 'monthly_form');
    await requireNoOtherSource(
      tx as unknown as Db,
      unit.provinceCode,
      [{ unitId: unit.id, year: input.year, month: input.month }],
      current.batchId ?? undefined,
    );
    if (current.batchId)
      await tx
        .update(birthBatches)
        .set({ status: 'withdrawn', withdrawnAt: sql`now()`, withdrawnBy: p.username })
        .where(eq(birthBatches.id, current.batchId));
    const content = JSON.stringify({
      unit: unit.code,
      year: input.year,
      month: input.month,
      c: input.counts,
    });
    const [batch] = await tx
      .insert(birthBatches)
      .values({
        provinceCode: unit.provinceCode,
        organisationId: p.organisationId,
        kind: 'form',
        fileName: `Biểu sinh ${label.toLowerCase()} — ${unit.name}`,
        contentHash: crypto.createHash('sha256').update(content).digest('hex'),
        rowCount: input.counts.length,
        births,
        createdBy: p.username,
        formUnitId: unit.id,
        formYear: input.year,
        formMonth: input.month,
      })
      .returning({ id: birthBatches.id, provinceCode: birthBatches.provinceCode });
    await tx.insert(birthCounts).values(
      input.counts.map((c) => ({
        batchId: batch.id,
        provinceCode: batch.provinceCode,
        unitId: unit.id,
        sourceUnitId: unit.id,
        year: input.year,
        month: input.month,
        birthOrder: c.birthOrder,
        boys: c.boys,
        girls: c.girls,
      })),
    );
  });
  const saved = await getMonthlyBirths(db, p, input.unitCode, input.year);
  return saved.months[input.month - 1];
}
