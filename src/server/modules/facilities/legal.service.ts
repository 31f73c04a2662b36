import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ChecklistItemDto,
  checklistItemInput,
  checklistItemUpdate,
  LegalProvisionDto,
  legalProvisionUpdate,
} from '../../../shared/contracts/facilities.ts';
import { AppError } from '../../../shared/errors.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { isAdmin, requireInScope, requireRole } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { checklistItems, legalProvisions } from '../../db/schema/index.ts';
import { withActor } from '../../db/tx.ts';
import { updateVersioned } from '../../db/versioned.ts';

// The legal catalogue (national, shared) and the inspection checklist (per province): read by
// everyone, changed by administrators only.

const toProvision = (r: typeof legalProvisions.$inferSelect): LegalProvisionDto => ({
  id: r.id,
  code: r.code,
  document: r.document,
  article: r.article,
  clause: r.clause,
  title: r.title,
  acts: r.acts,
  fineMin: r.fineMin,
  fineMax: r.fineMax,
  verified: r.verified,
  source: r.source,
  active: r.active,
  version: r.version,
});

export async function listProvisions(db: Db): Promise<LegalProvisionDto[]> {
  const list = await db
    .select()
    .from(legalProvisions)
    .orderBy(asc(legalProvisions.article), asc(legalProvisions.clause));
  return list.map(toProvision);
}

export async function updateProvision(
  db: Db,
  p: Principal,
  id: string,
  input: z.infer<typeof legalProvisionUpdate>,
): Promise<LegalProvisionDto> {
  requireRole(p, ['admin']);
  const { version, ...values } = input;
  const [current] = await db.select().from(legalProvisions).where(eq(legalProvisions.id, id));
  requireInScope(!!current);
  const min = values.fineMin === undefined ? current.fineMin : values.fineMin;
  const max = values.fineMax === undefined ? current.fineMax : values.fineMax;
  if (min != null && max != null && min > max)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['fineMax'], message: 'Mức phạt tối đa phải không nhỏ hơn mức tối thiểu.' }],
    });
  const row = await withActor(db, actorOf(p), (tx) =>
    updateVersioned(tx, legalProvisions, id, version, values),
  );
  return toProvision(row);
}

const toItem = (r: typeof checklistItems.$inferSelect): ChecklistItemDto => ({
  id: r.id,
  label: r.label,
  appliesTo: r.appliesTo,
  sortOrder: r.sortOrder,
  active: r.active,
  version: r.version,
});

function provinceOf(p: Principal, requested?: string): string {
  const province = isAdmin(p) ? requested : p.provinceCode;
  if (!province)
    throw new AppError('VALIDATION', { issues: [{ path: ['province'], message: 'Hãy chọn tỉnh.' }] });
  return province;
}

export async function listChecklist(db: Db, p: Principal, province?: string): Promise<ChecklistItemDto[]> {
  const list = await db
    .select()
    .from(checklistItems)
    .where(eq(checklistItems.provinceCode, provinceOf(p, province)))
    .orderBy(asc(checklistItems.sortOrder), asc(checklistItems.label));
  return list.map(toItem);
}

export async function createChecklistItem(
  db: Db,
  p: Principal,
  input: z.infer<typeof checklistItemInput> & { province?: string },
): Promise<ChecklistItemDto> {
  requireRole(p, ['admin']);
  const { province, ...values } = input;
  const [row] = await withActor(db, actorOf(p), (tx) =>
    tx
      .insert(checklistItems)
      .values({ ...values, provinceCode: provinceOf(p, province) })
      .returning(),
  );
  return toItem(row);
}

export async function updateChecklistItem(
  db: Db,
  p: Principal,
  id: string,
  input: z.infer<typeof checklistItemUpdate>,
): Promise<ChecklistItemDto> {
  requireRole(p, ['admin']);
  const { version, ...values } = input;
  const [current] = await db.select().from(checklistItems).where(eq(checklistItems.id, id));
  requireInScope(!!current);
  return toItem(
    await withActor(db, actorOf(p), (tx) => updateVersioned(tx, checklistItems, id, version, values)),
  );
}
