import { sql } from 'drizzle-orm';
import type { BudgetDto } from '../../../shared/contracts/budget.ts';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import type { ConsolidatedReportSummary, ConsolidatedUnit } from '../../../shared/contracts/reports.ts';
import { AppError } from '../../../shared/errors.ts';
import { citedDate, documentNumber, todayInVietnam } from '../../../shared/format/index.ts';
import { midSentence } from '../../../shared/text/index.ts';
import type { Principal } from '../../access/principal.ts';
import { asProvinceReader } from '../../access/province-reader.ts';
import { readsEveryProvince, requireRole, subtreeCondition } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { unitReports } from '../../db/schema/index.ts';
import { rows } from '../../db/tx.ts';
import { isQuotable, reportingRules } from '../../figures/reporting.ts';
import { srbEstimates } from '../births/srb-data.service.ts';
import { planBudget } from '../budget/budget.service.ts';
import { facilityFigures } from '../facilities/facility-figures.service.ts';
import { numberActivities } from '../plans/plan-tree.ts';
import { loadPlan } from '../plans/plans.service.ts';
import { type PeriodKind, periodsOfYear } from './report-periods.ts';
import { reportRecipient } from './report-recipient.ts';
import { reportCompleteness, reportsOfPeriod } from './unit-reports.service.ts';

// The province's consolidated report on a plan for a period, drafted from the whole plan: every
// activity record of the plan in the period that its reader may see (the province's own and every
// unit's, not only those inside submitted reports), the province's own figures (facilities, SRB,
// budget), a table saying whose figures are accepted, awaiting review, returned or missing, and
// the narratives of the reports the figures layer says may be quoted (accepted ones by default).

export interface ConsolidatedReport extends ConsolidatedReportSummary {
  parentBodyName: string | null;
  issuerName: string;
  /** The issuer as a sentence names it ("Sở Y tế tỉnh Sơn La"), not as the header prints it. */
  issuerFullName: string;
  symbol: string;
  place: string;
  date: string;
  planReference: string;
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
  recipients: string[];
  signature: PlanContent['signature'];
}

export async function consolidatedReport(
  db: Db,
  p: Principal,
  planId: string,
  periodNo = 1,
  /** A year of the plan's period; default: this year while the plan runs. */
  year?: number | null,
): Promise<ConsolidatedReport> {
  requireRole(p, ['admin', 'province_officer', 'leader', 'national_reader']);
  const plan = await loadPlan(db, p, planId);
  if (readsEveryProvince(p)) {
    year = await sentYear(db, planId, year);
    p = asProvinceReader(p, {
      unitId: plan.adminUnitId,
      unitPath: plan.unitPath,
      provinceCode: plan.provinceCode,
    });
  }
  const c = plan.content as PlanContent;
  if (plan.parentPlanId)
    throw new AppError('VALIDATION', {
      detail: 'Báo cáo tổng hợp được lập cho kế hoạch cấp tỉnh (không có kế hoạch cấp trên).',
    });
  const completeness = await reportCompleteness(db, p, planId, periodNo, year);
  const rules = reportingRules(c.reporting);
  const inYear = completeness.period.year;
  const period = periodsOfYear(completeness.period.kind as PeriodKind, inYear, c.reporting!.deadline!).find(
    (x) => x.no === periodNo,
  )!;
  const ids = numberActivities(c.activities).map((x) => x.activity.id);
  const recorded = ids.length
    ? await rows<{
        org: string;
        name: string;
        kind: string;
        records: number;
        participants: number;
        cost: number;
      }>(
        db,
        sql`select r.organisation_id as org, o.name, r.kind, count(*)::int as records,
                   coalesce(sum(r.participants_total), 0)::bigint as participants,
                   coalesce(sum(r.cost), 0)::bigint as cost
              from activity_records r join admin_units u on u.id = r.admin_unit_id
              join organisations o on o.id = r.organisation_id
             where r.province_code = ${plan.provinceCode}
               and r.root_activity_id = any(${`{${ids.join(',')}}`}::uuid[])
               and r.start_date between ${period.from} and ${period.to}
               and ${subtreeCondition(p, sql`u.path`)}
             group by r.organisation_id, o.name, r.kind`,
      )
    : [];
  const kinds = new Map<string, { kind: string; records: number; participants: number; cost: number }>();
  const byOrg = new Map<string, Omit<ConsolidatedUnit, 'status' | 'organisationId'>>();
  for (const x of recorded) {
    const k = kinds.get(x.kind) ?? { kind: x.kind, records: 0, participants: 0, cost: 0 };
    const o = byOrg.get(x.org) ?? { name: x.name, records: 0, participants: 0, cost: 0, activities: [] };
    k.records += x.records;
    o.records += x.records;
    k.participants += Number(x.participants);
    o.participants += Number(x.participants);
    k.cost += Number(x.cost);
    o.cost += Number(x.cost);
    o.activities.push({ kind: x.kind, records: x.records });
    kinds.set(x.kind, k);
    byOrg.set(x.org, o);
  }
  const empty = { records: 0, participants: 0, cost: 0, activities: [] };
  const expected = new Set(completeness.rows.map((r) => r.organisationId));
  const units: ConsolidatedUnit[] = [
    ...completeness.rows.map((r) => ({
      ...empty,
      ...byOrg.get(r.organisationId),
      organisationId: r.organisationId,
      name: r.organisationName,
      status: r.status,
    })),
    ...[...byOrg.entries()]
      .filter(([id]) => !expected.has(id))
      .map(([id, o]) => ({ ...o, organisationId: id, status: 'own' as const })),
  ];
  const quoted = (await db.select().from(unitReports).where(reportsOfPeriod(planId, period))).filter(
    (r) => expected.has(r.organisationId) && isQuotable(r.status, rules),
  );
  const names = new Map(completeness.rows.map((r) => [r.organisationId, r.organisationName]));
  const texts = (f: 'difficulties' | 'proposals') =>
    quoted
      .filter((r) => r[f]?.trim())
      .map((r) => ({ unit: names.get(r.organisationId) ?? '', text: r[f]!.trim() }));
  const srb = await srbEstimates(db, p, {
    province: plan.provinceCode,
    year: inYear,
    settings: { window: 1 },
  }).catch(() => null);
  const province = srb?.endYear === inYear ? srb.areas.find((a) => a.level === 'parent') : undefined;
  const [issuedOn] = await rows<{ d: string | null }>(
    db,
    sql`select issued_date::text as d from plans where id = ${planId}`,
  );
  const number = documentNumber(c.number, c.symbol);
  const [sent] = await rows<{ sentAt: string; sentBy: string }>(
    db,
    // The sender by name, as people are shown everywhere (the username if the account is gone).
    sql`select s.sent_at::text as "sentAt", coalesce(u.display_name, s.sent_by) as "sentBy"
          from consolidated_report_sends s left join users u on u.username = s.sent_by
         where s.plan_id = ${planId} and s.year = ${inYear}`,
  );
  return {
    parentBodyName: c.parentBodyName ?? null,
    issuerName: c.issuerName,
    issuerFullName: plan.organisationName,
    symbol: (c.symbol ?? 'KH').replace(/^KH/, 'BC'),
    place: c.place,
    date: todayInVietnam(),
    subject: `Kết quả thực hiện kế hoạch ${midSentence(c.subject.replace(/^Kế hoạch\s*/i, ''))}`,
    to: await reportRecipient(db, plan),
    planReference: `Kế hoạch${number ? ` số ${number}` : ''}${issuedOn?.d ? ` ${citedDate(issuedOn.d)}` : ''}`,
    period: { label: completeness.period.label, due: completeness.period.due, year: inYear },
    completeness,
    activities: [...kinds.values()].sort((a, b) => b.records - a.records),
    facilities: await facilityFigures(db, p, inYear),
    srb: province
      ? {
          year: inYear,
          births: province.births,
          raw: province.srb_raw,
          estimate: province.srb_est,
          lo: province.srb_lo95,
          hi: province.srb_hi95,
          simulated: srb!.simulated,
        }
      : null,
    budget: await planBudget(db, p, planId),
    quotesSubmitted: rules.quoteSubmitted,
    difficulties: texts('difficulties'),
    proposals: texts('proposals'),
    recipients: [c.reporting?.throughName, 'Lãnh đạo đơn vị'].filter((x): x is string => !!x),
    signature: c.signature,
    units,
    sentToNational: sent ?? null,
  };
}

/**
 * Cục Dân số reads a province's consolidated report of a year once the province has sent it (and
 * only then: before, it is the province's unpublished work). Without a year: the last one sent.
 */
async function sentYear(db: Db, planId: string, year: number | null | undefined): Promise<number> {
  const sent = await rows<{ year: number }>(
    db,
    sql`select year from consolidated_report_sends where plan_id = ${planId} order by year desc`,
  );
  const found = year == null ? sent[0] : sent.find((s) => s.year === year);
  if (!found)
    throw new AppError('NOT_FOUND', {
      detail:
        year == null
          ? 'Tỉnh chưa gửi báo cáo tổng hợp của kế hoạch này lên Cục Dân số.'
          : `Tỉnh chưa gửi báo cáo tổng hợp năm ${year} của kế hoạch này lên Cục Dân số.`,
    });
  return found.year;
}
