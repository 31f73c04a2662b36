import { type SQL, sql } from 'drizzle-orm';
import type { FacilityDto, WorkerDto } from '../../../shared/contracts/facilities.ts';
import { AppError } from '../../../shared/errors.ts';
import { todayInVietnam } from '../../../shared/format/index.ts';
import type { Principal } from '../../access/principal.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/tx.ts';
import { type CommitmentPeriod, commitmentState } from './commitment-state.ts';
import { registryVisible } from './facilities.policy.ts';

// Reads of the registry with what every list shows next to an entry: its commitment state on
// the day and its last inspection. Facilities and people share the queries (aliased `f`).

type Kind = 'facility' | 'worker';
const subjectColumn = (kind: Kind) => (kind === 'facility' ? sql`facility_id` : sql`worker_id`);

const extras = (kind: Kind) => sql`
  (select max(i.inspected_on)::text from inspections i where i.${subjectColumn(kind)} = f.id) as last_inspected_on,
  coalesce((select json_agg(json_build_object('signedOn', c.signed_on, 'validUntil', c.valid_until,
      'revoked', c.revoked_at is not null)) from commitments c where c.${subjectColumn(kind)} = f.id), '[]'::json)
    as commitment_periods`;

interface Extras {
  last_inspected_on: string | null;
  commitment_periods: CommitmentPeriod[] | string;
}

const periodsOf = (r: Extras): CommitmentPeriod[] =>
  typeof r.commitment_periods === 'string' ? JSON.parse(r.commitment_periods) : r.commitment_periods;

export interface FacilityFilter {
  ids?: string[];
  q?: string;
  kind?: string;
  adminUnitId?: number;
  status?: string;
  service?: string;
}

function filters(f: FacilityFilter, kind: Kind): SQL[] {
  const out: SQL[] = [];
  if (f.ids)
    out.push(
      f.ids.length
        ? sql`f.id in (${sql.join(
            f.ids.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`
        : sql`false`,
    );
  if (f.q) out.push(sql`f.search_text like ${`%${f.q}%`}`);
  if (f.kind && kind === 'facility') out.push(sql`f.kind = ${f.kind}`);
  if (f.adminUnitId) out.push(sql`f.admin_unit_id = ${f.adminUnitId}`);
  if (f.status) out.push(sql`f.status = ${f.status}`);
  if (f.service) out.push(sql`${f.service} = any(f.services)`);
  return out;
}

export async function selectFacilities(
  db: Db,
  p: Principal,
  f: FacilityFilter = {},
  onDate = todayInVietnam(),
): Promise<FacilityDto[]> {
  const list = await rows<
    Extras & {
      id: string;
      province_code: string;
      kind: FacilityDto['kind'];
      ownership: FacilityDto['ownership'];
      name: string;
      licence_number: string | null;
      services: FacilityDto['services'];
      admin_unit_id: number;
      unit_name: string;
      unit_code: string | null;
      village_unit_id: number | null;
      address: string | null;
      head_name: string | null;
      phone: string | null;
      status: FacilityDto['status'];
      is_demo: boolean;
      version: number;
    }
  >(
    db,
    sql`select f.id, f.province_code, f.kind, f.ownership, f.name, f.licence_number, f.services, f.admin_unit_id,
               u.name as unit_name, u.code as unit_code, f.village_unit_id, f.address, f.head_name, f.phone,
               f.status, f.is_demo, f.version, ${extras('facility')}
          from facilities f join admin_units u on u.id = f.admin_unit_id
         where ${sql.join([registryVisible(p, 'facility'), ...filters(f, 'facility')], sql` and `)}
         order by f.sort_key collate "C", f.id`,
  );
  return list.map((r) => ({
    id: r.id,
    provinceCode: r.province_code,
    kind: r.kind,
    ownership: r.ownership,
    name: r.name,
    licenceNumber: r.licence_number,
    services: r.services,
    adminUnitId: r.admin_unit_id,
    adminUnitName: r.unit_name,
    adminUnitCode: r.unit_code,
    villageUnitId: r.village_unit_id,
    address: r.address,
    headName: r.head_name,
    phone: r.phone,
    status: r.status,
    isDemo: r.is_demo,
    commitment: commitmentState(r, periodsOf(r), onDate),
    lastInspectedOn: r.last_inspected_on,
    version: r.version,
  }));
}

export async function selectWorkers(
  db: Db,
  p: Principal,
  f: FacilityFilter = {},
  onDate = todayInVietnam(),
): Promise<WorkerDto[]> {
  const list = await rows<
    Extras & {
      id: string;
      province_code: string;
      full_name: string;
      certificate_number: string | null;
      facility_id: string | null;
      facility_name: string | null;
      workplace: string | null;
      admin_unit_id: number;
      unit_name: string;
      services: WorkerDto['services'];
      status: WorkerDto['status'];
      is_demo: boolean;
      version: number;
    }
  >(
    db,
    sql`select f.id, f.province_code, f.full_name, f.certificate_number, f.facility_id, fac.name as facility_name, f.workplace,
               f.admin_unit_id, u.name as unit_name, f.services, f.status, f.is_demo, f.version, ${extras('worker')}
          from health_workers f join admin_units u on u.id = f.admin_unit_id
          left join facilities fac on fac.id = f.facility_id
         where ${sql.join([registryVisible(p, 'worker'), ...filters(f, 'worker')], sql` and `)}
         order by f.sort_key collate "C", f.id`,
  );
  return list.map((r) => ({
    id: r.id,
    provinceCode: r.province_code,
    fullName: r.full_name,
    certificateNumber: r.certificate_number,
    facilityId: r.facility_id,
    facilityName: r.facility_name,
    workplace: r.workplace,
    adminUnitId: r.admin_unit_id,
    adminUnitName: r.unit_name,
    services: r.services,
    status: r.status,
    isDemo: r.is_demo,
    commitment: commitmentState(r, periodsOf(r), onDate),
    version: r.version,
  }));
}

/**
 * The facility or person a commitment or an inspection is about, if `p` may see it; otherwise a
 * 400 naming the field with `message` (what the record was going to be about).
 */
export async function requireVisibleSubject(
  db: Db,
  p: Principal,
  s: { facilityId?: string | null; workerId?: string | null },
  message: string,
): Promise<{ provinceCode: string }> {
  const kind: Kind = s.facilityId ? 'facility' : 'worker';
  const table = kind === 'facility' ? sql`facilities` : sql`health_workers`;
  const [row] = await rows<{ province_code: string }>(
    db,
    sql`select f.province_code from ${table} f where f.id = ${s.facilityId ?? s.workerId!} and ${registryVisible(p, kind)}`,
  );
  if (!row)
    throw new AppError('VALIDATION', {
      issues: [{ path: [kind === 'facility' ? 'facilityId' : 'workerId'], message }],
    });
  return { provinceCode: row.province_code };
}
