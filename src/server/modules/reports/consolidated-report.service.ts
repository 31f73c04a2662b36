import { and, eq, sql } from 'drizzle-orm';
import type { BudgetDto } from '../../../shared/contracts/budget.ts';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import type { ReportFigures } from '../../../shared/contracts/reports.ts';
import { AppError } from '../../../shared/errors.ts';
import { citedDate, documentNumber, todayInVietnam } from '../../../shared/format/index.ts';
import type { Principal } from '../../access/principal.ts';
import { requireRole } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { unitReports } from '../../db/schema/index.ts';
import { rows } from '../../db/tx.ts';
import { srbEstimates } from '../births/srb-data.service.ts';
import { planBudget } from '../budget/budget.service.ts';
import { facilityFigures } from '../facilities/facility-figures.service.ts';
import { loadPlan } from '../plans/plans.service.ts';
import { reportCompleteness } from './unit-reports.service.ts';

// The province's consolidated report on a plan for a period: the units' received reports summed,
// the province's own figures (facilities, SRB, budget) and the units' difficulties and proposals.

export interface ConsolidatedReport {
  parentBodyName: string | null;
  issuerName: string;
  /** The issuer as a sentence names it ("Sở Y tế tỉnh Sơn La"), not as the header prints it. */
  issuerFullName: string;
  symbol: string;
  place: string;
  date: string;
  subject: string;
  to: string;
  planReference: string;
  period: { label: string; due: string; year: number };
  completeness: {
    expected: number;
    received: number;
    onTime: number;
    reportingRate: number | null;
    onTimeRate: number | null;
  };
  activities: { kind: string; records: number; participants: number; cost: number }[];
  facilities: Awaited<ReturnType<typeof facilityFigures>>;
  srb: {
    year: number;
    births: number;
    raw: number | null;
    estimate: number;
    lo: number;
    hi: number;
    simulated: boolean;
  } | null;
  budget: BudgetDto;
  difficulties: { unit: string; text: string }[];
  proposals: { unit: string; text: string }[];
  recipients: string[];
  signature: PlanContent['signature'];
  units: { name: string; status: string; figures: ReportFigures | null }[];
}

export async function consolidatedReport(
  db: Db,
  p: Principal,
  planId: string,
  periodNo = 1,
): Promise<ConsolidatedReport> {
  requireRole(p, ['admin', 'province_officer', 'leader']);
  const plan = await loadPlan(db, p, planId);
  const c = plan.content as PlanContent;
  if (plan.parentPlanId)
    throw new AppError('VALIDATION', {
      detail: 'Báo cáo tổng hợp được lập cho kế hoạch cấp tỉnh (không có kế hoạch cấp trên).',
    });
  const completeness = await reportCompleteness(db, p, planId, periodNo);
  const received = await db
    .select()
    .from(unitReports)
    .where(and(eq(unitReports.planId, planId), eq(unitReports.periodNo, periodNo)));
  const counted = received.filter((r) => r.firstSubmittedAt);
  const kinds = new Map<string, { kind: string; records: number; participants: number; cost: number }>();
  for (const r of counted)
    for (const a of (r.figures as unknown as ReportFigures).activities ?? []) {
      const k = kinds.get(a.kind) ?? { kind: a.kind, records: 0, participants: 0, cost: 0 };
      k.records += a.records;
      k.participants += a.participants;
      k.cost += a.cost;
      kinds.set(a.kind, k);
    }
  const names = new Map(completeness.rows.map((r) => [r.organisationId, r.organisationName]));
  const texts = (f: 'difficulties' | 'proposals') =>
    counted
      .filter((r) => r[f]?.trim())
      .map((r) => ({ unit: names.get(r.organisationId) ?? '', text: r[f]!.trim() }));
  const srb = await srbEstimates(db, p, {
    province: plan.provinceCode,
    year: c.year,
    settings: { window: 1 },
  }).catch(() => null);
  const province = srb?.endYear === c.year ? srb.areas.find((a) => a.level === 'parent') : undefined;
  const [issuedOn] = await rows<{ d: string | null }>(
    db,
    sql`select issued_date::text as d from plans where id = ${planId}`,
  );
  const number = documentNumber(c.number, c.symbol);
  return {
    parentBodyName: c.parentBodyName ?? null,
    issuerName: c.issuerName,
    issuerFullName: plan.organisationName,
    symbol: (c.symbol ?? 'KH').replace(/^KH/, 'BC'),
    place: c.place,
    date: todayInVietnam(),
    subject: `Kết quả thực hiện Kế hoạch ${c.subject.replace(/^Kế hoạch\s*/i, '')}`,
    to: c.reporting?.toName ?? c.parentBodyName ?? 'Cơ quan cấp trên',
    planReference: `Kế hoạch${number ? ` số ${number}` : ''}${issuedOn?.d ? ` ${citedDate(issuedOn.d)}` : ''}`,
    period: { label: completeness.period.label, due: completeness.period.due, year: c.year },
    completeness,
    activities: [...kinds.values()].sort((a, b) => b.records - a.records),
    facilities: await facilityFigures(db, p, c.year),
    srb: province
      ? {
          year: c.year,
          births: province.births,
          raw: province.srb_raw,
          estimate: province.srb_est,
          lo: province.srb_lo95,
          hi: province.srb_hi95,
          simulated: srb!.simulated,
        }
      : null,
    budget: await planBudget(db, p, planId),
    difficulties: texts('difficulties'),
    proposals: texts('proposals'),
    recipients: [c.reporting?.throughName, 'Lãnh đạo đơn vị'].filter((x): x is string => !!x),
    signature: c.signature,
    units: completeness.rows.map((r) => {
      const rep = counted.find((x) => x.organisationId === r.organisationId);
      return {
        name: r.organisationName,
        status: r.status,
        figures: rep ? (rep.figures as unknown as ReportFigures) : null,
      };
    }),
  };
}
