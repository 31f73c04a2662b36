import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  NationalTargetDto,
  NationalTargetInput,
  nationalTargetPatch,
} from '../../../shared/contracts/national.ts';
import type { NationalSrbTarget } from '../../../shared/contracts/srb.ts';
import { AppError } from '../../../shared/errors.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { requireRole } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { nationalTargets } from '../../db/schema/index.ts';
import { withActor } from '../../db/tx.ts';
import { updateVersioned } from '../../db/versioned.ts';

// Cục Dân số's yearly targets: written by the national reader (and the system administrator),
// read by everyone — a province's plan and SRB pages compare with them.

export const TARGET_WRITERS = ['admin', 'national_reader'] as const;

type Row = typeof nationalTargets.$inferSelect;
const toDto = (r: Row): NationalTargetDto => ({
  id: r.id,
  year: r.year,
  indicator: r.indicator,
  comparator: r.comparator,
  value: Number(r.value),
  unit: r.unit,
  note: r.note,
  sourceDocument: r.sourceDocument,
  verified: r.verified,
  version: r.version,
});

export async function listNationalTargets(db: Db, q: { year?: number } = {}): Promise<NationalTargetDto[]> {
  const rows = await db
    .select()
    .from(nationalTargets)
    .where(q.year ? eq(nationalTargets.year, q.year) : undefined)
    .orderBy(asc(nationalTargets.year), asc(nationalTargets.indicator));
  return rows.map(toDto);
}

/** The SRB milestones as the SRB pages show them ("below 109 by 2025"). */
export async function nationalSrbTargets(db: Db): Promise<NationalSrbTarget[]> {
  return (await listNationalTargets(db))
    .filter((t) => t.indicator === 'srb' && (t.comparator === 'below' || t.comparator === 'at_most'))
    .map((t) => ({ year: t.year, below: t.value, verified: t.verified }));
}

/** The SRB target that applies to a year: that year's, else the next milestone not yet passed. */
export async function nationalSrbTargetFor(db: Db, year: number): Promise<NationalTargetDto | null> {
  const srb = (await listNationalTargets(db)).filter((t) => t.indicator === 'srb');
  return srb.find((t) => t.year >= year) ?? null;
}

async function assertFree(db: Db, year: number, indicator: string, exceptId?: string) {
  const [clash] = await db
    .select({ id: nationalTargets.id })
    .from(nationalTargets)
    .where(and(eq(nationalTargets.year, year), eq(nationalTargets.indicator, indicator)));
  if (clash && clash.id !== exceptId)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['indicator'], message: `Năm ${year} đã có chỉ tiêu này; hãy sửa chỉ tiêu đã có.` }],
    });
}

export async function createNationalTarget(
  db: Db,
  p: Principal,
  input: NationalTargetInput,
): Promise<NationalTargetDto> {
  requireRole(p, TARGET_WRITERS);
  await assertFree(db, input.year, input.indicator);
  const [row] = await withActor(db, actorOf(p), (tx) =>
    tx
      .insert(nationalTargets)
      .values({ ...input, note: input.note ?? null, verified: input.verified ?? true, createdBy: p.username })
      .returning(),
  );
  return toDto(row);
}

export async function updateNationalTarget(
  db: Db,
  p: Principal,
  id: string,
  input: z.infer<typeof nationalTargetPatch>,
): Promise<NationalTargetDto> {
  requireRole(p, TARGET_WRITERS);
  const [current] = await db.select().from(nationalTargets).where(eq(nationalTargets.id, id));
  if (!current) throw new AppError('NOT_FOUND');
  const { version, ...values } = input;
  if (values.year !== undefined || values.indicator !== undefined)
    await assertFree(db, values.year ?? current.year, values.indicator ?? current.indicator, id);
  const row = await withActor(db, actorOf(p), (tx) =>
    updateVersioned(tx, nationalTargets, id, version, values),
  );
  return toDto(row);
}
