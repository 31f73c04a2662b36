import { sql } from 'drizzle-orm';
import type {
  CoverageDto,
  CoverageRow,
  FacilityFiguresDto,
  InspectionPriorityDto,
} from '../../../shared/contracts/facilities.ts';
import { amountInWords, todayInVietnam } from '../../../shared/format/index.ts';
import { compareVi } from '../../../shared/text/index.ts';
import type { Principal } from '../../access/principal.ts';
import { requireRole } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/tx.ts';
import { srbEstimates } from '../births/srb-data.service.ts';
import { commitmentRequired, coverageOf } from './commitment-state.ts';
import { INSPECTION_WRITERS, PROVINCE_READERS, registryVisible } from './facilities.policy.ts';
import { rankForInspection } from './inspection-priority.ts';
import { listInspectionPlans } from './inspections.service.ts';
import { selectFacilities, selectWorkers } from './registry.repository.ts';

// The figures of the registry: commitment coverage against the 100% target, inspections done
// against planned, violations and fines, and the ranking of where to inspect next.

/** What a user's figures cover: their commune, their province, or the whole country for admins. */
async function scopeName(db: Db, p: Principal): Promise<string> {
  if (!p.unitId) return 'Toàn quốc';
  const [u] = await rows<{ name: string; level: string }>(
    db,
    sql`select name, level from admin_units where id = ${p.unitId}`,
  );
  return u ? (u.level === 'province' ? `Toàn ${u.name.replace(/^Tỉnh/, 'tỉnh')}` : u.name) : '';
}

export async function commitmentCoverage(
  db: Db,
  p: Principal,
  onDate = todayInVietnam(),
): Promise<CoverageDto> {
  const [facilities, workers] = await Promise.all([
    selectFacilities(db, p, {}, onDate),
    selectWorkers(db, p, {}, onDate),
  ]);
  const entries = [
    ...facilities.map((f) => ({ entry: 'facility' as const, name: f.name, f })),
    ...workers.map((w) => ({ entry: 'worker' as const, name: w.fullName, f: w })),
  ].map((e) => ({
    kind: e.entry,
    id: e.f.id,
    name: e.name,
    adminUnitId: e.f.adminUnitId,
    adminUnitName: e.f.adminUnitName,
    commitment: e.f.commitment,
    required: commitmentRequired(e.f),
  }));
  const row = (adminUnitId: number | null, name: string, list: typeof entries): CoverageRow => ({
    adminUnitId,
    name,
    ...coverageOf(list.map((e) => ({ required: e.required, state: e.commitment }))),
  });
  const byUnit = new Map<number, typeof entries>();
  for (const e of entries) byUnit.set(e.adminUnitId, [...(byUnit.get(e.adminUnitId) ?? []), e]);
  return {
    onDate,
    province: row(null, await scopeName(db, p), entries),
    communes: [...byUnit]
      .map(([id, list]) => row(id, list[0].adminUnitName, list))
      .sort((a, b) => compareVi(a.name, b.name)),
    gaps: entries
      .filter((e) => e.required && (e.commitment === 'missing' || e.commitment === 'lapsed'))
      .map((e) => ({
        kind: e.kind,
        id: e.id,
        name: e.name,
        adminUnitName: e.adminUnitName,
        state: e.commitment,
      }))
      .sort((a, b) => compareVi(a.adminUnitName, b.adminUnitName) || compareVi(a.name, b.name)),
  };
}

export async function inspectionPriorities(db: Db, p: Principal): Promise<InspectionPriorityDto[]> {
  requireRole(p, [...PROVINCE_READERS, ...INSPECTION_WRITERS]);
  const facilities = (await selectFacilities(db, p)).filter((f) => f.status === 'active');
  // SRB figures are optional: without birth data the ranking rests on the other reasons.
  const srb = await srbEstimates(db, p, {}).catch(() => null);
  const pOf = new Map((srb?.areas ?? []).map((a) => [a.area_code, a.p_imbalanced]));
  const counts = await rows<{ facility_id: string; total: number; open: number }>(
    db,
    sql`select i.facility_id, count(*)::int as total, count(*) filter (where v.status <> 'closed')::int as open
          from violations v join inspections i on i.id = v.inspection_id
         where i.facility_id is not null group by i.facility_id`,
  );
  return rankForInspection(
    facilities.map((f) => {
      const c = counts.find((x) => x.facility_id === f.id);
      return {
        facilityId: f.id,
        provinceCode: f.provinceCode,
        name: f.name,
        kind: f.kind,
        adminUnitName: f.adminUnitName,
        services: f.services,
        commitment: f.commitment,
        pImbalanced: f.adminUnitCode ? (pOf.get(f.adminUnitCode) ?? null) : null,
        lastInspectedOn: f.lastInspectedOn,
        violations: c?.total ?? 0,
        openViolations: c?.open ?? 0,
      };
    }),
    todayInVietnam(),
  ).map(({ facilityId, provinceCode, name, kind, adminUnitName, score, reasons }) => ({
    facilityId,
    provinceCode,
    name,
    kind,
    adminUnitName,
    score,
    reasons,
  }));
}

export async function facilityFigures(db: Db, p: Principal, year: number): Promise<FacilityFiguresDto> {
  const today = todayInVietnam();
  const yearEnd = `${year}-12-31`;
  const coverageDate = yearEnd < today ? yearEnd : today;
  const coverage = await commitmentCoverage(db, p, coverageDate);
  const plans = (await listInspectionPlans(db, p)).filter(
    (pl) => pl.periodStart <= yearEnd && pl.periodEnd >= `${year}-01-01`,
  );
  const planned = plans.reduce((s, pl) => s + pl.planned, 0);
  const done = plans.reduce((s, pl) => s + pl.done, 0);
  const byProvision = await rows<{
    code: string | null;
    title: string | null;
    count: number;
    open: number;
    fines: number;
  }>(
    db,
    sql`select lp.code, lp.title, count(*)::int as count, count(*) filter (where v.status = 'open')::int as open,
               coalesce(sum(v.fine_amount), 0)::bigint as fines
          from violations v
          join inspections i on i.id = v.inspection_id
          left join legal_provisions lp on lp.id = v.legal_provision_id
         where extract(year from i.inspected_on) = ${year}
           and (exists (select 1 from facilities f where f.id = i.facility_id and ${registryVisible(p, 'facility')})
             or exists (select 1 from health_workers f where f.id = i.worker_id and ${registryVisible(p, 'worker')}))
         group by lp.code, lp.title order by count(*) desc, lp.code`,
  );
  const fines = byProvision.reduce((s, v) => s + Number(v.fines), 0);
  return {
    year,
    scopeName: coverage.province.name,
    coverageDate,
    coverage: coverage.province,
    inspections: { planned, done, rate: planned ? done / planned : null },
    violationsByProvision: byProvision.map((v) => ({
      code: v.code ?? '(chưa xác định điều khoản)',
      title: v.title ?? '',
      count: v.count,
      fines: Number(v.fines),
    })),
    violations: byProvision.reduce((s, v) => s + v.count, 0),
    openViolations: byProvision.reduce((s, v) => s + v.open, 0),
    fines,
    finesInWords: amountInWords(fines),
  };
}
