import { and, eq } from 'drizzle-orm';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import type { ReportingSummaryDto, SummaryStatus } from '../../../shared/contracts/reports.ts';
import { todayInVietnam } from '../../../shared/format/index.ts';
import type { Principal } from '../../access/principal.ts';
import type { Db } from '../../db/client.ts';
import { unitReports } from '../../db/schema/index.ts';
import type { CompletenessFigures } from '../../figures/reporting.ts';
import { reportingRules } from '../../figures/reporting.ts';
import { reportingSummaryGrid } from '../../figures/reporting-summary.ts';
import { loadPlan } from '../plans/plans.service.ts';
import { canRead, duty, expectedReporters } from './unit-reports.service.ts';

// The reporting-rate summary of a plan: the units its reader may see (as the completeness list
// scopes them: the province's staff and leaders every unit, a district body its own area, a
// station itself) × every period of the duty, read through the figures layer.

const rates = (f: CompletenessFigures) => ({
  expected: f.expected,
  received: f.received,
  onTime: f.onTime,
  reportingRate: f.reportingRate,
  onTimeRate: f.onTimeRate,
});

export async function reportingSummary(
  db: Db,
  p: Principal,
  planId: string,
  status: SummaryStatus | null = null,
  /** A year of the plan's period; default: this year while the plan runs. */
  year?: number | null,
): Promise<ReportingSummaryDto> {
  const plan = await loadPlan(db, p, planId);
  const { periods, years, year: inYear } = duty(plan, year);
  const units = (await expectedReporters(db, plan)).filter((o) => canRead(p, o.unitPath, o.provinceCode));
  const reports = await db
    .select({
      id: unitReports.id,
      organisationId: unitReports.organisationId,
      periodKind: unitReports.periodKind,
      periodNo: unitReports.periodNo,
      status: unitReports.status,
      firstSubmittedAt: unitReports.firstSubmittedAt,
    })
    .from(unitReports)
    .where(and(eq(unitReports.planId, plan.id), eq(unitReports.periodYear, inYear)));
  const rules = reportingRules((plan.content as PlanContent).reporting);
  const grid = reportingSummaryGrid(units, periods, reports, todayInVietnam(), rules);
  return {
    planId: plan.id,
    planSubject: plan.subject,
    acceptedOnly: rules.acceptedOnly,
    status,
    year: inYear,
    years,
    periods: grid.columns.map((c) => ({
      no: c.period.no,
      label: c.period.label,
      due: c.period.due,
      ...rates(c.figures),
    })),
    rows: grid.rows
      .filter((r) => !status || r.cells.some((c) => c.status === status))
      .map((r) => ({
        organisationId: r.unit.id,
        organisationName: r.unit.name,
        adminUnitName: r.unit.unitName,
        cells: r.cells.map(({ received: _, ...c }) => c),
        ...rates(r.figures),
      })),
    overall: rates(grid.overall),
  };
}
