import type { MeBundleDto } from '../../../shared/contracts/me-bundle.ts';
import { todayInVietnam } from '../../../shared/format/index.ts';
import type { Principal } from '../../access/principal.ts';
import type { Db } from '../../db/client.ts';
import { listActivityRecords } from '../activities/activity-records.service.ts';
import { listClubs } from '../activities/clubs.service.ts';
import { getAdminUnit, listAdminUnits } from '../org-units/admin-units.service.ts';
import { getPlan, listPlans } from '../plans/plans.service.ts';

/** The month of `today`: its year, first and last day. */
export function monthOf(today: string): MeBundleDto['month'] {
  const [y, m] = today.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return {
    year: y,
    from: `${today.slice(0, 7)}-01`,
    to: `${today.slice(0, 7)}-${String(last).padStart(2, '0')}`,
  };
}

/**
 * What "Tháng này" and its record form read at start (see MeBundleDto), each piece through the
 * service its own route calls with the same principal, so the same scope applies. The plan opened
 * is the one the page opens on: the user's own organisation's issued plan of the year, else the
 * first issued plan they can see (the page's `plansFor`).
 */
export async function meBundle(db: Db, p: Principal, today = todayInVietnam()): Promise<MeBundleDto> {
  const month = monthOf(today);
  const [plans, clubs, own] = await Promise.all([
    listPlans(db, p, { year: month.year, status: 'issued' }),
    listClubs(db, p),
    p.unitId === null ? null : getAdminUnit(db, p, p.unitId),
  ]);
  // A station (a commune's organisation) records for its commune: the form offers its villages.
  const unit = own?.level === 'commune' ? own : null;
  const opened =
    plans.find((x) => x.organisationId === p.organisationId) ??
    plans.find((x) => !x.parentPlanId) ??
    plans[0];
  const [plan, records, villages] = await Promise.all([
    opened ? getPlan(db, p, opened.id) : null,
    opened ? listActivityRecords(db, p, { planId: opened.id, from: month.from, to: month.to }) : [],
    unit ? listAdminUnits(db, p, { parentId: unit.id, level: 'village' }) : [],
  ]);
  return { month, plans, plan, records, unit, villages, clubs };
}
