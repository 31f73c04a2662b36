import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  FacilityDto,
  FacilityInput,
  facilityUpdate,
  WorkerDto,
  WorkerInput,
  workerUpdate,
} from '../../../shared/contracts/facilities.ts';
import { AppError } from '../../../shared/errors.ts';
import { foldVietnamese, normaliseName, vnSortKey } from '../../../shared/text/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { requireInScope, unitInScope } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, facilities, healthWorkers } from '../../db/schema/index.ts';
import { withActor } from '../../db/tx.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { requireRegistryWriter } from './facilities.policy.ts';
import { type FacilityFilter, selectFacilities, selectWorkers } from './registry.repository.ts';

// The registry: facilities and the people who provide ultrasound or abortion services.

/** A registry entry sits in a current commune of the writer's scope (and in one of its villages). */
async function placement(db: Db, p: Principal, adminUnitId: number, villageUnitId?: number | null) {
  const [unit] = await db
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.id, adminUnitId), eq(adminUnits.level, 'commune'), isNull(adminUnits.validTo)));
  if (!unit || !unitInScope(p, unit.path) || (p.provinceCode && unit.provinceCode !== p.provinceCode))
    throw new AppError('VALIDATION', {
      issues: [{ path: ['adminUnitId'], message: 'Xã, phường không tồn tại hoặc ngoài phạm vi của bạn.' }],
    });
  if (villageUnitId) {
    const [village] = await db.select().from(adminUnits).where(eq(adminUnits.id, villageUnitId));
    if (!village || village.parentId !== unit.id)
      throw new AppError('VALIDATION', {
        issues: [{ path: ['villageUnitId'], message: `Thôn, bản không thuộc ${unit.name}.` }],
      });
  }
  return unit;
}

const searchText = (...parts: (string | null | undefined)[]) =>
  foldVietnamese(parts.filter(Boolean).join(' '));

/** A unique licence or certificate number already taken: say which entry holds it. */
function duplicateNumber(err: unknown, field: string, label: string): never {
  if (
    String((err as { cause?: { message?: string } }).cause?.message ?? (err as Error).message).includes('_uq')
  )
    throw new AppError('VALIDATION', {
      issues: [{ path: [field], message: `${label} này đã có trong danh sách.` }],
    });
  throw err;
}

export async function listFacilities(db: Db, p: Principal, f: FacilityFilter): Promise<FacilityDto[]> {
  return selectFacilities(db, p, { ...f, q: f.q ? foldVietnamese(f.q) : undefined });
}

export async function getFacility(db: Db, p: Principal, id: string): Promise<FacilityDto> {
  const [f] = await selectFacilities(db, p, { ids: [id] });
  requireInScope(!!f);
  return f;
}

export async function createFacility(
  db: Db,
  p: Principal,
  input: FacilityInput,
  opts: { isDemo?: boolean } = {},
): Promise<FacilityDto> {
  requireRegistryWriter(p);
  const unit = await placement(db, p, input.adminUnitId, input.villageUnitId);
  const name = normaliseName(input.name);
  const id = await withActor(db, actorOf(p), async (tx) => {
    const [row] = await tx
      .insert(facilities)
      .values({
        ...input,
        name,
        provinceCode: unit.provinceCode,
        isDemo: opts.isDemo ?? false,
        sortKey: vnSortKey(name),
        searchText: searchText(name, input.licenceNumber, input.address, input.headName),
      })
      .returning({ id: facilities.id })
      .catch((e) => duplicateNumber(e, 'licenceNumber', 'Số giấy phép'));
    return row.id;
  });
  return getFacility(db, p, id);
}

export async function updateFacility(
  db: Db,
  p: Principal,
  id: string,
  input: z.infer<typeof facilityUpdate>,
): Promise<FacilityDto> {
  requireRegistryWriter(p);
  const current = await getFacility(db, p, id);
  const { version, ...values } = input;
  const next = { ...current, ...values };
  await placement(db, p, next.adminUnitId, next.villageUnitId);
  const name = normaliseName(next.name);
  await withActor(db, actorOf(p), (tx) =>
    updateVersioned(tx, facilities, id, version, {
      ...values,
      name,
      sortKey: vnSortKey(name),
      searchText: searchText(name, next.licenceNumber, next.address, next.headName),
    }).catch((e) => duplicateNumber(e, 'licenceNumber', 'Số giấy phép')),
  );
  return getFacility(db, p, id);
}

export async function listWorkers(db: Db, p: Principal, f: FacilityFilter): Promise<WorkerDto[]> {
  return selectWorkers(db, p, { ...f, q: f.q ? foldVietnamese(f.q) : undefined });
}

export async function getWorker(db: Db, p: Principal, id: string): Promise<WorkerDto> {
  const [w] = await selectWorkers(db, p, { ids: [id] });
  requireInScope(!!w);
  return w;
}

async function checkWorkplace(db: Db, p: Principal, facilityId: string | null | undefined) {
  if (!facilityId) return;
  const [f] = await selectFacilities(db, p, { ids: [facilityId] });
  if (!f)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['facilityId'], message: 'Nơi làm việc không có trong danh sách cơ sở của bạn.' }],
    });
}

export async function createWorker(
  db: Db,
  p: Principal,
  input: WorkerInput,
  opts: { isDemo?: boolean } = {},
): Promise<WorkerDto> {
  requireRegistryWriter(p);
  const unit = await placement(db, p, input.adminUnitId);
  await checkWorkplace(db, p, input.facilityId);
  const fullName = normaliseName(input.fullName);
  const id = await withActor(db, actorOf(p), async (tx) => {
    const [row] = await tx
      .insert(healthWorkers)
      .values({
        ...input,
        fullName,
        provinceCode: unit.provinceCode,
        isDemo: opts.isDemo ?? false,
        sortKey: vnSortKey(fullName),
        searchText: searchText(fullName, input.certificateNumber, input.workplace),
      })
      .returning({ id: healthWorkers.id })
      .catch((e) => duplicateNumber(e, 'certificateNumber', 'Số chứng chỉ hành nghề'));
    return row.id;
  });
  return getWorker(db, p, id);
}

export async function updateWorker(
  db: Db,
  p: Principal,
  id: string,
  input: z.infer<typeof workerUpdate>,
): Promise<WorkerDto> {
  requireRegistryWriter(p);
  const current = await getWorker(db, p, id);
  const { version, ...values } = input;
  const next = { ...current, ...values };
  await placement(db, p, next.adminUnitId);
  if (values.facilityId !== undefined) await checkWorkplace(db, p, values.facilityId);
  const fullName = normaliseName(next.fullName);
  await withActor(db, actorOf(p), (tx) =>
    updateVersioned(tx, healthWorkers, id, version, {
      ...values,
      fullName,
      sortKey: vnSortKey(fullName),
      searchText: searchText(fullName, next.certificateNumber, next.workplace),
    }).catch((e) => duplicateNumber(e, 'certificateNumber', 'Số chứng chỉ hành nghề')),
  );
  return getWorker(db, p, id);
}
