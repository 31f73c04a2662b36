import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ClubDto, clubInput, clubUpdate } from '../../../shared/contracts/activity-records.ts';
import { AppError } from '../../../shared/errors.ts';
import { normaliseName } from '../../../shared/text/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { requireInScope, requireRole, subtreeCondition } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { clubs, organisations } from '../../db/schema/index.ts';
import { rows, withActor } from '../../db/tx.ts';
import { updateVersioned } from '../../db/versioned.ts';

// The registry of “Bạn gái tiêu biểu” clubs: a unit registers its clubs; their meetings are
// recorded as activity records of kind 'club' that name the club.

const WRITERS = ['admin', 'province_officer', 'reporter'] as const;

const visible = (p: Principal) => subtreeCondition(p, sql`u.path`);

export async function listClubs(db: Db, p: Principal, ids?: string[]): Promise<ClubDto[]> {
  const list = await rows<Record<string, unknown>>(
    db,
    sql`select c.*, c.founded_on::text as founded, o.name as organisation_name, u.name as unit_name,
               (select count(*)::int from activity_records r where r.kind = 'club' and r.measures->>'clubId' = c.id::text) as meetings
          from clubs c join organisations o on o.id = c.organisation_id join admin_units u on u.id = c.admin_unit_id
         where ${visible(p)} ${ids ? sql`and c.id = any(${`{${ids.join(',')}}`}::uuid[])` : sql``}
         order by c.name`,
  );
  return list.map((c) => ({
    id: c.id as string,
    provinceCode: c.province_code as string,
    organisationId: c.organisation_id as string,
    organisationName: c.organisation_name as string,
    adminUnitName: c.unit_name as string,
    name: c.name as string,
    school: c.school as string | null,
    members: c.members as number,
    foundedOn: c.founded as string | null,
    active: c.active as boolean,
    meetings: c.meetings as number,
    version: c.version as number,
  }));
}

export async function getClub(db: Db, p: Principal, id: string): Promise<ClubDto> {
  const [c] = await listClubs(db, p, [id]);
  requireInScope(!!c);
  return c;
}

export async function createClub(db: Db, p: Principal, input: z.infer<typeof clubInput>): Promise<ClubDto> {
  requireRole(p, WRITERS);
  if (!p.organisationId)
    throw new AppError('VALIDATION', {
      detail: 'Tài khoản này không thuộc cơ quan, đơn vị nào nên không đăng ký câu lạc bộ được.',
    });
  const [org] = await db.select().from(organisations).where(eq(organisations.id, p.organisationId));
  const id = await withActor(db, actorOf(p), async (tx) => {
    const [row] = await tx
      .insert(clubs)
      .values({
        ...input,
        name: normaliseName(input.name),
        provinceCode: org.provinceCode,
        organisationId: org.id,
        adminUnitId: org.adminUnitId,
      })
      .returning({ id: clubs.id });
    return row.id;
  });
  return getClub(db, p, id);
}

export async function updateClub(
  db: Db,
  p: Principal,
  id: string,
  input: z.infer<typeof clubUpdate>,
): Promise<ClubDto> {
  requireRole(p, WRITERS);
  const current = await getClub(db, p, id);
  if (p.role === 'reporter' && current.organisationId !== p.organisationId) throw new AppError('FORBIDDEN');
  const { version, ...values } = input;
  await withActor(db, actorOf(p), (tx) =>
    updateVersioned(tx, clubs, id, version, {
      ...values,
      ...(values.name ? { name: normaliseName(values.name) } : {}),
    }),
  );
  return getClub(db, p, id);
}
