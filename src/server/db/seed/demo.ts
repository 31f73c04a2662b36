import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/roles.ts';
import { vnSortKey } from '../../../shared/text/index.ts';
import { nationalOffice } from '../../modules/national/national-level.ts';
import { organisationSearchText } from '../../modules/org-units/organisations.service.ts';
import { hashPassword, verifyPassword } from '../../modules/users/passwords.ts';
import type { Db } from '../client.ts';
import { adminUnits, appMeta, auditLog, organisations, users } from '../schema/index.ts';
import { withActor } from '../tx.ts';
import { seedDemoActivities } from './demo-activities.ts';
import { seedDemoBirths } from './demo-births.ts';
import { seedDemoFacilities } from './demo-facilities.ts';
import {
  type DemoOrganisationSpec,
  SON_LA_ORGANISATIONS,
  TAM_DUONG_ORGANISATIONS,
} from './demo-organisations.ts';
import { seedDemoPlans } from './demo-plans.ts';

const DEMO_KEY = 'demo:foundation';

export interface DemoAccount {
  username: string;
  role: Role;
  displayName: string;
  organisation: string | null;
}

export interface DemoSeedResult {
  created: boolean;
  passwordReset: boolean;
  accounts: DemoAccount[];
  tramYTeCount: number;
}

type UnitRow = typeof adminUnits.$inferSelect;

/**
 * Fills a database with the demo organisations and accounts (labelled is_demo). Idempotent:
 * the second run only makes sure the demo accounts still open with `password`, so that what
 * the server prints at start is always true.
 */
export async function seedDemo(db: Db, password: string): Promise<DemoSeedResult> {
  const done = await db.select().from(appMeta).where(eq(appMeta.key, DEMO_KEY));
  let created = false;
  let passwordReset = false;
  if (!done.length) {
    const hash = await hashPassword(password);
    await withActor(db, null, async (tx) => {
      // One audit event for the whole demo load instead of hundreds of row events.
      await tx.execute(sql`select set_config('canbang.skip_audit', 'on', true)`);
      const counts = await insertDemo(tx, hash);
      await tx
        .insert(appMeta)
        .values({ key: DEMO_KEY, value: { loadedAt: new Date().toISOString(), ...counts } });
      await tx
        .insert(auditLog)
        .values({ action: 'demo_seed', entity: 'organisations', entityId: DEMO_KEY, after: counts });
    });
    created = true;
  }
  await seedDemoPlans(db);
  await seedDemoBirths(db);
  await seedDemoFacilities(db);
  await seedDemoActivities(db);
  if (!created) {
    const [admin] = await db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(and(eq(users.username, 'admin'), eq(users.isDemo, true)));
    if (admin && !(await verifyPassword(admin.hash, password))) {
      const hash = await hashPassword(password);
      await withActor(db, null, (tx) =>
        tx
          .update(users)
          .set({ passwordHash: hash, version: sql`${users.version} + 1` })
          .where(eq(users.isDemo, true)),
      );
      passwordReset = true;
    }
  }
  const accounts = await db
    .select({
      username: users.username,
      role: users.role,
      displayName: users.displayName,
      organisation: organisations.name,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.isDemo, true))
    .orderBy(users.username);
  return {
    created,
    passwordReset,
    accounts,
    tramYTeCount: accounts.filter((a) => a.username.startsWith('tyt-')).length,
  };
}

async function insertDemo(tx: Db, hash: string) {
  const units = await tx.select().from(adminUnits);
  const byCode = new Map<string, UnitRow>();
  // Codes are reused across time (a 2025 commune may carry an old code): the current unit wins.
  for (const u of units) if (u.code && (!byCode.has(u.code) || !u.validTo)) byCode.set(u.code, u);
  const ids = new Map<string, string>();

  async function insertOrg(spec: DemoOrganisationSpec, unitRow?: UnitRow): Promise<string> {
    const unit = unitRow ?? byCode.get(spec.unit);
    if (!unit) throw new Error(`Demo organisation ${spec.key}: no admin unit ${spec.unit}`);
    const [row] = await tx
      .insert(organisations)
      .values({
        name: spec.name,
        abbreviation: spec.abbreviation ?? null,
        kind: spec.kind,
        adminUnitId: unit.id,
        parentId: spec.parent ? ids.get(spec.parent)! : null,
        provinceCode: unit.provinceCode,
        isDemo: true,
        sortKey: vnSortKey(spec.name),
        searchText: organisationSearchText(spec.name, spec.abbreviation),
      })
      .returning({ id: organisations.id });
    ids.set(spec.key, row.id);
    return row.id;
  }

  for (const spec of [...SON_LA_ORGANISATIONS, ...TAM_DUONG_ORGANISATIONS]) await insertOrg(spec);

  // Each current commune of Sơn La, and each commune of Tam Đường as it was in 2020, has its
  // People's Committee and its Trạm Y tế (run by the commune since the 2025 reform).
  const tamDuongId = byCode.get('106')?.id;
  const communes = units.filter(
    (u) =>
      u.level === 'commune' &&
      ((u.provinceCode === '14' && !u.validTo) ||
        (u.parentId === tamDuongId && !!u.validTo && u.validTo >= '2020-12-31')),
  );
  const stations: { code: string; id: string; unit: UnitRow }[] = [];
  for (const c of communes) {
    const where = `${c.type} ${c.shortName}`;
    await insertOrg(
      {
        key: `ubnd-${c.code}`,
        name: `Ủy ban nhân dân ${where}`,
        abbreviation: 'UBND',
        kind: 'people_committee',
        unit: c.code!,
      },
      c,
    );
    const tyt = await insertOrg(
      {
        key: `tyt-${c.code}`,
        name: `Trạm Y tế ${where}`,
        abbreviation: 'TYT',
        kind: 'commune_health_station',
        unit: c.code!,
        parent: c.provinceCode === '14' ? `ubnd-${c.code}` : 'ttyt-td',
      },
      c,
    );
    if (c.provinceCode === '14') stations.push({ code: c.code!, id: tyt, unit: c });
  }

  const national = await nationalOffice(tx);
  const accounts: { username: string; displayName: string; role: Role; org: string | null }[] = [
    { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', org: null },
    {
      username: 'quantri-sonla',
      displayName: 'Quản trị tỉnh Sơn La (Sở Y tế)',
      role: 'province_admin',
      org: ids.get('syt-sl')!,
    },
    {
      username: 'chicuc',
      displayName: 'Cán bộ Chi cục Dân số Sơn La',
      role: 'province_officer',
      org: ids.get('ccds-sl')!,
    },
    { username: 'lanhdao', displayName: 'Lãnh đạo Sở Y tế Sơn La', role: 'leader', org: ids.get('syt-sl')! },
    {
      username: 'thanhtra',
      displayName: 'Cán bộ thanh tra Sở Y tế Sơn La',
      role: 'inspector',
      org: ids.get('syt-sl')!,
    },
    {
      username: 'bcd-tamduong',
      displayName: 'Cán bộ dân số huyện Tam Đường',
      role: 'reporter',
      org: ids.get('ttyt-td')!,
    },
    ...(national
      ? [
          {
            username: 'cucdanso',
            displayName: 'Cán bộ Cục Dân số',
            role: 'national_reader' as Role,
            org: national.id,
          },
        ]
      : []),
    ...stations.map((s) => ({
      username: `tyt-${s.code}`,
      displayName: `Cán bộ dân số Trạm Y tế ${s.unit.type} ${s.unit.shortName}`,
      role: 'reporter' as Role,
      org: s.id,
    })),
  ];
  await tx.insert(users).values(
    accounts.map((a) => ({
      username: a.username,
      displayName: a.displayName,
      passwordHash: hash,
      role: a.role,
      organisationId: a.org,
      isDemo: true,
    })),
  );
  return { organisations: ids.size, users: accounts.length };
}
