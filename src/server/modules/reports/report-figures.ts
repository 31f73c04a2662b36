import { sql } from 'drizzle-orm';
import type { ReportFigures } from '../../../shared/contracts/reports.ts';
import type { Principal } from '../../access/principal.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/tx.ts';
import { commitmentCoverage } from '../facilities/facility-figures.service.ts';

// The figures a unit's report starts from, drafted from what the unit and the units below it
// recorded in the period: activities by kind, people reached, materials, trainees, spending; and
// for a commune its commitments, inspections and births.

export interface ReportingUnit {
  organisationId: string;
  provinceCode: string;
  unitId: number;
  unitPath: string;
  unitLevel: string;
}

export async function draftFigures(
  db: Db,
  u: ReportingUnit,
  period: { from: string; to: string },
): Promise<ReportFigures> {
  const subtree = sql`(x.path = ${u.unitPath} or x.path like ${`${u.unitPath}.%`})`;
  const kinds = await rows<{
    kind: string;
    records: number;
    participants: number;
    cost: number;
    produced: number;
    trainees: number;
  }>(
    db,
    sql`select r.kind, count(*)::int as records, coalesce(sum(r.participants_total), 0)::int as participants,
               coalesce(sum(r.cost), 0)::bigint as cost,
               coalesce(sum(case when r.kind = 'iec_material' then (r.measures->>'produced')::int end), 0)::int as produced,
               coalesce(sum(case when r.kind = 'training' then (r.measures->>'trainees')::int end), 0)::int as trainees
          from activity_records r
         where r.organisation_id = ${u.organisationId} and r.start_date between ${period.from} and ${period.to}
         group by r.kind order by r.kind`,
  );
  const local = u.unitLevel === 'commune';
  let commitments: ReportFigures['commitments'] = null;
  let inspections: ReportFigures['inspections'] = null;
  let births: ReportFigures['births'] = null;
  if (local) {
    // The commune's registry as its own Trạm Y tế sees it.
    const asUnit = { role: 'reporter', unitPath: u.unitPath, provinceCode: u.provinceCode } as Principal;
    const cov = await commitmentCoverage(db, asUnit, period.to);
    commitments = { required: cov.province.required, valid: cov.province.valid };
    const [ins] = await rows<{ done: number; violations: number; fines: number }>(
      db,
      sql`select count(distinct i.id)::int as done, count(v.id)::int as violations, coalesce(sum(v.fine_amount), 0)::bigint as fines
            from inspections i join facilities f on f.id = i.facility_id join admin_units x on x.id = f.admin_unit_id
            left join violations v on v.inspection_id = i.id
           where ${subtree} and i.inspected_on between ${period.from} and ${period.to}`,
    );
    inspections = { done: ins.done, violations: ins.violations, fines: Number(ins.fines) };
    const fromMonth = Number(period.from.slice(5, 7));
    const toMonth = Number(period.to.slice(5, 7));
    const [b] = await rows<{ boys: number; girls: number }>(
      db,
      sql`select coalesce(sum(c.boys), 0)::int as boys, coalesce(sum(c.girls), 0)::int as girls
            from birth_counts c join birth_batches bb on bb.id = c.batch_id and bb.status = 'active'
            join admin_units x on x.id = c.unit_id
           where ${subtree} and c.year = ${Number(period.from.slice(0, 4))}
             and (c.month between ${fromMonth} and ${toMonth} or (c.month is null and ${fromMonth} = 1 and ${toMonth} = 12))`,
    );
    births = b;
  }
  return {
    period,
    activities: kinds.map((k) => ({
      kind: k.kind,
      records: k.records,
      participants: k.participants,
      cost: Number(k.cost),
    })),
    participants: kinds.reduce((s, k) => s + k.participants, 0),
    materialsProduced: kinds.reduce((s, k) => s + k.produced, 0),
    trainees: kinds.reduce((s, k) => s + k.trainees, 0),
    cost: kinds.reduce((s, k) => s + Number(k.cost), 0),
    commitments,
    inspections,
    births,
  };
}
