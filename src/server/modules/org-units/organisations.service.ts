import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type {
  CreateOrganisationInput,
  OrganisationDto,
  organisationListQuery,
  UpdateOrganisationInput,
} from '../../../shared/contracts/org-units.ts';
import { AppError } from '../../../shared/errors.ts';
import { kindLevelProblem, type OrganisationKind } from '../../../shared/organisation-kinds.ts';
import { MANAGER_ROLES } from '../../../shared/roles.ts';
import { foldVietnamese, normaliseName, vnSortKey } from '../../../shared/text/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import {
  provinceCondition,
  provinceInScope,
  requireInScope,
  requireRole,
  unitInScope,
} from '../../access/scope.ts';
import { requireManagesOrganisation } from '../../access/standing.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, organisations } from '../../db/schema/index.ts';
import { withActor } from '../../db/tx.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { type AdminUnitRow, searchCondition, unitById } from './admin-units.repository.ts';

const parentOrg = alias(organisations, 'parent_org');

export function organisationSearchText(name: string, abbreviation: string | null | undefined): string {
  return foldVietnamese(`${name} ${abbreviation ?? ''}`);
}

async function selectOrganisations(db: Db, where: (SQL | undefined)[]): Promise<OrganisationDto[]> {
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      abbreviation: organisations.abbreviation,
      kind: organisations.kind,
      adminUnitId: organisations.adminUnitId,
      adminUnitName: adminUnits.name,
      parentId: organisations.parentId,
      parentName: parentOrg.name,
      provinceCode: organisations.provinceCode,
      headName: organisations.headName,
      address: organisations.address,
      phone: organisations.phone,
      email: organisations.email,
      active: organisations.active,
      isDemo: organisations.isDemo,
      version: organisations.version,
    })
    .from(organisations)
    .innerJoin(adminUnits, eq(adminUnits.id, organisations.adminUnitId))
    .leftJoin(parentOrg, eq(parentOrg.id, organisations.parentId))
    .where(and(...where))
    .orderBy(sql`${organisations.sortKey} collate "C"`, organisations.id);
  return rows;
}

/**
 * Organisations are the province's shared directory (a commune picks the coordinating bodies
 * of its plan from it), so every signed-in user of the province reads it; only managers of the
 * organisation's subtree change it.
 */
export async function listOrganisations(
  db: Db,
  p: Principal,
  q: z.infer<typeof organisationListQuery>,
): Promise<OrganisationDto[]> {
  if (q.province && !provinceInScope(p, q.province)) return [];
  let unitCondition: SQL | undefined;
  if (q.unit) {
    const unit = await unitById(db, q.unit);
    if (!unit || !provinceInScope(p, unit.provinceCode)) return [];
    unitCondition =
      q.subtree === 'true'
        ? sql`(${adminUnits.path} = ${unit.path} or ${adminUnits.path} like ${`${unit.path}.%`})`
        : eq(organisations.adminUnitId, unit.id);
  }
  return selectOrganisations(db, [
    provinceCondition(p, organisations.provinceCode),
    q.province ? eq(organisations.provinceCode, q.province) : undefined,
    unitCondition,
    q.kind ? eq(organisations.kind, q.kind as OrganisationKind) : undefined,
    q.includeInactive === 'true' ? undefined : eq(organisations.active, true),
    searchCondition(organisations.searchText, q.q),
  ]);
}

export async function getOrganisation(db: Db, p: Principal, id: string): Promise<OrganisationDto> {
  const [dto] = await selectOrganisations(db, [eq(organisations.id, id)]);
  requireInScope(!!dto && provinceInScope(p, dto.provinceCode));
  return dto;
}

/** Organisations of `ids` the principal may see (validates pickers in other modules). */
export async function visibleOrganisationIds(db: Db, p: Principal, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const found = await db
    .select({ id: organisations.id, provinceCode: organisations.provinceCode })
    .from(organisations)
    .where(inArray(organisations.id, ids));
  return new Set(found.filter((r) => provinceInScope(p, r.provinceCode)).map((r) => r.id));
}

const refuseField = (field: string, message: string) =>
  new AppError('VALIDATION', { detail: message, issues: [{ path: [field], message }] });

/** "… tỉnh Lạng Sơn" at the end of a name: the province it names, folded ("lang son"). */
function provinceNamed(name: string): string | null {
  return /\btinh ([a-z ]+)$/.exec(foldVietnamese(name))?.[1].trim() ?? null;
}

/**
 * What an organisation is must fit where it sits (issue 14): its kind at the unit's level (one
 * rule table, shared/organisation-kinds.ts), and a name that names a province only if it is the
 * unit's own ("Ủy ban nhân dân tỉnh Lạng Sơn" is never attached to Sơn La).
 */
export async function checkKindAndName(
  db: Db,
  unit: { level: AdminUnitRow['level']; provinceCode: string },
  kind: OrganisationKind,
  name: string,
): Promise<void> {
  const levelProblem = kindLevelProblem(kind, unit.level);
  if (levelProblem) throw refuseField('kind', levelProblem);
  const named = provinceNamed(name);
  if (!named) return;
  const [province] = await db
    .select({ name: adminUnits.name, shortName: adminUnits.shortName })
    .from(adminUnits)
    .where(and(eq(adminUnits.level, 'province'), eq(adminUnits.code, unit.provinceCode)));
  if (province && foldVietnamese(province.shortName) !== named)
    throw refuseField(
      'name',
      `Tên "${name}" ghi một tỉnh khác, nhưng địa bàn (adminUnitId) thuộc ${province.name}: một cơ quan không gắn vào địa bàn của tỉnh khác. Hãy sửa tên hoặc chọn địa bàn của tỉnh đó.`,
    );
}

async function checkPlacement(
  db: Db,
  p: Principal,
  adminUnitId: number,
  parentId: string | null | undefined,
  selfId?: string,
) {
  const unit = await unitById(db, adminUnitId);
  if (!unit || !unitInScope(p, unit.path)) {
    throw new AppError('VALIDATION', {
      issues: [
        { path: ['adminUnitId'], message: 'Địa bàn không tồn tại hoặc ngoài phạm vi quản lý của bạn.' },
      ],
    });
  }
  if (parentId) {
    if (parentId === selfId) {
      throw new AppError('VALIDATION', {
        issues: [{ path: ['parentId'], message: 'Một cơ quan không thể là cơ quan chủ quản của chính nó.' }],
      });
    }
    const [parent] = await db
      .select({ provinceCode: organisations.provinceCode })
      .from(organisations)
      .where(eq(organisations.id, parentId));
    if (!parent || parent.provinceCode !== unit.provinceCode) {
      throw new AppError('VALIDATION', {
        issues: [{ path: ['parentId'], message: 'Cơ quan chủ quản không tồn tại trong tỉnh này.' }],
      });
    }
  }
  return unit;
}

export async function createOrganisation(
  db: Db,
  p: Principal | null,
  input: CreateOrganisationInput,
  opts: { isDemo?: boolean } = {},
): Promise<string> {
  if (p) requireRole(p, MANAGER_ROLES);
  const unit = p
    ? await checkPlacement(db, p, input.adminUnitId, input.parentId)
    : await unitById(db, input.adminUnitId);
  if (!unit)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['adminUnitId'], message: 'Địa bàn không tồn tại.' }],
    });
  const name = normaliseName(input.name);
  await checkKindAndName(db, unit, input.kind as OrganisationKind, name);
  if (p)
    requireManagesOrganisation(p, {
      id: null,
      name,
      kind: input.kind as OrganisationKind,
      unitPath: unit.path,
    });
  return withActor(db, p ? actorOf(p) : null, async (tx) => {
    const [row] = await tx
      .insert(organisations)
      .values({
        name,
        abbreviation: input.abbreviation ?? null,
        kind: input.kind as OrganisationKind,
        adminUnitId: unit.id,
        parentId: input.parentId ?? null,
        provinceCode: unit.provinceCode,
        headName: input.headName ?? null,
        address: input.address ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
        isDemo: opts.isDemo ?? false,
        sortKey: vnSortKey(name),
        searchText: organisationSearchText(name, input.abbreviation),
      })
      .returning({ id: organisations.id });
    return row.id;
  });
}

export async function updateOrganisation(
  db: Db,
  p: Principal,
  id: string,
  input: UpdateOrganisationInput,
): Promise<OrganisationDto> {
  requireRole(p, MANAGER_ROLES);
  const current = await getOrganisation(db, p, id);
  const currentUnit = await unitById(db, current.adminUnitId);
  requireInScope(!!currentUnit && unitInScope(p, currentUnit.path));
  requireManagesOrganisation(p, {
    ...current,
    kind: current.kind as OrganisationKind,
    unitPath: currentUnit!.path,
  });
  const { version, ...values } = input;
  const patch: Record<string, unknown> = { ...values };
  let unitPath = currentUnit!.path;
  let newUnit = currentUnit;
  if (input.adminUnitId !== undefined || input.parentId !== undefined) {
    const unit = await checkPlacement(
      db,
      p,
      input.adminUnitId ?? current.adminUnitId,
      input.parentId ?? current.parentId,
      id,
    );
    if (unit.provinceCode !== current.provinceCode)
      throw refuseField(
        'adminUnitId',
        'Địa bàn mới thuộc tỉnh khác: một cơ quan không chuyển sang tỉnh khác (tài khoản của nó sẽ đổi phạm vi). Hãy tạo cơ quan mới ở tỉnh đó.',
      );
    unitPath = unit.path;
    newUnit = unit;
  }
  if (newUnit !== currentUnit || input.kind !== undefined || input.name !== undefined)
    await checkKindAndName(
      db,
      newUnit!,
      (input.kind ?? current.kind) as OrganisationKind,
      normaliseName(input.name ?? current.name),
    );
  // What it becomes must stand below the manager too (no moving a station up to one's own level
  // as a "Sở Y tế").
  if (input.kind !== undefined || unitPath !== currentUnit!.path)
    requireManagesOrganisation(p, {
      id,
      name: input.name ?? current.name,
      kind: (input.kind ?? current.kind) as OrganisationKind,
      unitPath,
    });
  if (input.name !== undefined || input.abbreviation !== undefined) {
    const name = normaliseName(input.name ?? current.name);
    patch.name = name;
    patch.sortKey = vnSortKey(name);
    patch.searchText = organisationSearchText(
      name,
      input.abbreviation === undefined ? current.abbreviation : input.abbreviation,
    );
  }
  await withActor(db, actorOf(p), (tx) => updateVersioned(tx, organisations, id, version, patch));
  return getOrganisation(db, p, id);
}
