import { eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  AdminUnitDetailDto,
  AdminUnitDto,
  adminUnitListQuery,
  createVillageInput,
  updateVillageInput,
} from '../../../shared/contracts/org-units.ts';
import { AppError } from '../../../shared/errors.ts';
import { todayInVietnam } from '../../../shared/format/index.ts';
import { MANAGER_ROLES } from '../../../shared/roles.ts';
import { normaliseName, vnSortKey } from '../../../shared/text/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import {
  provinceCondition,
  provinceInScope,
  requireInScope,
  requireRole,
  unitInScope,
} from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits } from '../../db/schema/index.ts';
import { withActor } from '../../db/tx.ts';
import { updateVersioned } from '../../db/versioned.ts';
import {
  ancestorsOf,
  nextUnitId,
  predecessorsOf,
  searchCondition,
  selectUnits,
  successorsOf,
  unitByCode,
  unitById,
  validOn,
} from './admin-units.repository.ts';
import { unitSearchText } from './reference-loader.ts';

type ListQuery = z.infer<typeof adminUnitListQuery>;

/**
 * Administrative units are official reference data, readable by every signed-in user of the
 * province (a system admin reads all provinces). Units of another province are simply absent.
 */
export async function listAdminUnits(db: Db, p: Principal, q: ListQuery): Promise<AdminUnitDto[]> {
  const day = q.at ?? todayInVietnam();
  const includeExpired = q.includeExpired === 'true';
  if (q.province && !provinceInScope(p, q.province)) return [];
  let parentId = q.parentId;
  if (q.parent) {
    const parent = /^\d+$/.test(q.parent) ? await unitByCode(db, q.parent, day, includeExpired) : undefined;
    if (!parent || !provinceInScope(p, parent.provinceCode)) return [];
    parentId = parent.id;
  } else if (parentId) {
    const parent = await unitById(db, parentId);
    if (!parent || !provinceInScope(p, parent.provinceCode)) return [];
  }
  return selectUnits(db, [
    provinceCondition(p, adminUnits.provinceCode),
    q.province ? eq(adminUnits.provinceCode, q.province) : undefined,
    parentId ? eq(adminUnits.parentId, parentId) : undefined,
    q.level ? eq(adminUnits.level, q.level) : undefined,
    includeExpired
      ? sql`(${adminUnits.validFrom} is null or ${adminUnits.validFrom} <= ${day})`
      : validOn(day),
    searchCondition(adminUnits.searchText, q.q),
  ]);
}

export async function getAdminUnit(db: Db, p: Principal, id: number): Promise<AdminUnitDetailDto> {
  const unit = await unitById(db, id);
  requireInScope(!!unit && provinceInScope(p, unit.provinceCode));
  const [dto] = await selectUnits(db, [eq(adminUnits.id, id)]);
  return {
    ...dto,
    ancestors: await ancestorsOf(db, unit!),
    successors: await successorsOf(db, id),
    predecessors: await predecessorsOf(db, id),
  };
}

/** The units of `ids` that the principal may see (used to validate pickers in other modules). */
export async function visibleUnitIds(db: Db, p: Principal, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: adminUnits.id, provinceCode: adminUnits.provinceCode })
    .from(adminUnits)
    .where(inArray(adminUnits.id, ids));
  return new Set(rows.filter((r) => provinceInScope(p, r.provinceCode)).map((r) => r.id));
}

/** Villages (bản, tổ, tiểu khu) are not in the official catalogue: managers add them under a commune. */
export async function createVillage(
  db: Db,
  p: Principal,
  input: z.infer<typeof createVillageInput>,
): Promise<AdminUnitDetailDto> {
  requireRole(p, MANAGER_ROLES);
  const parent = await unitById(db, input.parentId);
  if (!parent || !unitInScope(p, parent.path)) {
    throw new AppError('VALIDATION', {
      issues: [
        { path: ['parentId'], message: 'Xã, phường không tồn tại hoặc ngoài phạm vi quản lý của bạn.' },
      ],
    });
  }
  if (parent.level !== 'commune' || parent.validTo) {
    throw new AppError('VALIDATION', {
      issues: [{ path: ['parentId'], message: 'Bản, tổ chỉ thêm được vào một xã, phường đang có hiệu lực.' }],
    });
  }
  const name = withoutTypeWord(normaliseName(input.name), input.type);
  const id = await withActor(db, actorOf(p), async (tx) => {
    const siblings = await tx
      .select({ id: adminUnits.id })
      .from(adminUnits)
      .where(sql`${adminUnits.parentId} = ${parent.id} and lower(${adminUnits.shortName}) = lower(${name})`);
    if (siblings.length) {
      throw new AppError('DUPLICATE', {
        issues: [{ path: ['name'], message: `${parent.name} đã có bản, tổ tên "${name}".` }],
      });
    }
    const id = await nextUnitId(tx);
    await tx.insert(adminUnits).values({
      id,
      code: null,
      name: `${capitalise(input.type)} ${name}`,
      shortName: name,
      type: input.type,
      level: 'village',
      parentId: parent.id,
      provinceCode: parent.provinceCode,
      path: `${parent.path}.${id}`,
      validFrom: todayInVietnam(),
      sortKey: vnSortKey(name),
      searchText: unitSearchText(`${input.type} ${name}`, null),
    });
    return id;
  });
  return getAdminUnit(db, p, id);
}

export async function updateVillage(
  db: Db,
  p: Principal,
  id: number,
  input: z.infer<typeof updateVillageInput>,
): Promise<AdminUnitDetailDto> {
  requireRole(p, MANAGER_ROLES);
  const unit = await unitById(db, id);
  requireInScope(!!unit && unitInScope(p, unit.path));
  if (unit!.level !== 'village') {
    throw new AppError('FORBIDDEN', {
      detail:
        'Đơn vị hành chính chính thức (tỉnh, huyện, xã) không sửa được; chỉ sửa được bản, tổ do người dùng thêm.',
    });
  }
  const type = input.type ?? unit!.type;
  const name = input.name ? withoutTypeWord(normaliseName(input.name), type) : unit!.shortName;
  const values: Record<string, unknown> = {};
  if (input.name || input.type) {
    Object.assign(values, {
      name: `${capitalise(type)} ${name}`,
      shortName: name,
      type,
      sortKey: vnSortKey(name),
      searchText: unitSearchText(`${type} ${name}`, null),
    });
  }
  if (input.active !== undefined) values.active = input.active;
  await withActor(db, actorOf(p), (tx) => updateVersioned(tx, adminUnits, id, input.version, values));
  return getAdminUnit(db, p, id);
}

/** "Bản Mé" typed with type "bản" is the village Mé: the type is not part of its name. */
function withoutTypeWord(name: string, type: string): string {
  const prefix = `${type} `;
  return name.toLocaleLowerCase('vi').startsWith(prefix) && name.length > prefix.length
    ? name.slice(prefix.length)
    : name;
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
