import {
  DASHBOARD_ROLES,
  type DashboardAlert,
  type LeadersDashboardDto,
} from '../../../shared/contracts/dashboard.ts';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import type { ReportCompletenessDto } from '../../../shared/contracts/reports.ts';
import {
  formatDateEn,
  formatDateVi,
  formatNumberEn,
  formatNumberVi,
  periodLabelEn,
  todayInVietnam,
} from '../../../shared/format/index.ts';
import { defaultPeriodYear } from '../../../shared/plans/period.ts';
import type { Principal } from '../../access/principal.ts';
import { requireRole } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { activityTally } from '../../figures/outputs.ts';
import { planProgress } from '../activities/plan-progress.service.ts';
import { srbEstimates } from '../births/srb-data.service.ts';
import { planBudget } from '../budget/budget.service.ts';
import { facilityFigures } from '../facilities/facility-figures.service.ts';
import { loadPlan } from '../plans/plans.service.ts';
import { reportCompleteness } from '../reports/unit-reports.service.ts';

// One plan seen from the top: the figures of the other modules, each computed by its own service
// (so the dashboard can never disagree with the pages it links to), and the alerts drawn from them.

/** The SRB window of the dashboard's map: three years, the overview page's default. */
export const DASHBOARD_SRB_WINDOW = 3;

const pct = (x: number) => `${formatNumberVi(x * 100, 0)}%`;
const pctEn = (x: number) => `${formatNumberEn(x * 100, 0)}%`;
const fmtPeriod = (period: string) => period.replace('-', '–');

/** "A, B, C và 4 đơn vị khác": a list short enough to read in an alert. */
function names(list: string[], max = 3, others = (n: number) => `và ${n} đơn vị khác`): string {
  if (list.length <= max) return list.join(', ');
  return `${list.slice(0, max).join(', ')} ${others(list.length - max)}`;
}
const namesEn = (list: string[]) => names(list, 3, (n) => `and ${n} other ${n === 1 ? 'unit' : 'units'}`);

export async function leadersDashboard(
  db: Db,
  p: Principal,
  planId: string,
  periodNo = 1,
): Promise<LeadersDashboardDto> {
  requireRole(p, DASHBOARD_ROLES);
  const plan = await loadPlan(db, p, planId);
  const content = plan.content as PlanContent;
  // This year of the plan's period (its nearest year before it starts or after it ends).
  const year = defaultPeriodYear(content.period, todayInVietnam());
  const [progress, completeness, budget, facilities, srb] = await Promise.all([
    planProgress(db, p, planId, year),
    content.reporting?.deadline && plan.status === 'issued'
      ? reportCompleteness(db, p, planId, periodNo, year)
      : Promise.resolve(null),
    planBudget(db, p, planId, year),
    facilityFigures(db, p, year),
    provinceSrb(db, p, plan.provinceCode, year),
  ]);

  const alerts: DashboardAlert[] = [];
  const reportsLink = `/reports?plan=${planId}&period=${periodNo}`;
  const reports = completeness && summariseReports(completeness);
  if (reports?.overdue.length)
    alerts.push({
      kind: 'report_overdue',
      level: 'error',
      text: `${reports.overdue.length} đơn vị quá hạn nộp báo cáo ${reports.periodLabel} (hạn ${formatDateVi(reports.due)}): ${names(reports.overdue)}.`,
      textEn: `${reports.overdue.length} ${reports.overdue.length === 1 ? 'unit is' : 'units are'} late with the report for ${periodLabelEn(reports.periodLabel)} (due ${formatDateEn(reports.due)}): ${namesEn(reports.overdue)}.`,
      link: reportsLink,
    });
  if (reports?.waiting)
    alerts.push({
      kind: 'report_waiting',
      level: 'warning',
      text: `${reports.waiting} báo cáo đã gửi đang chờ xem xét, chấp nhận hoặc trả lại.`,
      textEn: `${reports.waiting} submitted ${reports.waiting === 1 ? 'report is' : 'reports are'} waiting to be reviewed, accepted or returned.`,
      link: reportsLink,
    });
  // From the figures layer (figures/money.ts): only an allocation above 0 that spending passed.
  budget.warnings.forEach((text, i) => {
    alerts.push({
      kind: 'over_spend',
      level: 'error',
      text,
      textEn: budget.warningsEn[i]!,
      link: `/budget/${planId}`,
    });
  });
  const late = progress.activities.filter((a) => a.status === 'late');
  if (late.length)
    alerts.push({
      kind: 'activity_late',
      level: 'warning',
      text: `${late.length} hoạt động đã hết thời hạn mà chưa đạt kết quả dự kiến: ${late
        .slice(0, 3)
        .map((a) => `${a.numberLabel} ${a.title}`)
        .join('; ')}${late.length > 3 ? '…' : ''}.`,
      textEn: `${late.length} ${late.length === 1 ? 'activity is' : 'activities are'} past their end date without the expected result: ${late
        .slice(0, 3)
        .map((a) => `${a.numberLabel} ${a.title}`)
        .join('; ')}${late.length > 3 ? '…' : ''}.`,
      link: `/activities/progress/${planId}`,
    });
  const communes = srb.areas.filter((a) => a.level === 'area');
  const imbalanced = communes
    .filter((a) => a.flag === 'imbalanced')
    .sort((a, b) => b.p_imbalanced - a.p_imbalanced);
  // One alert for all flagged communes, the most certain first: the watch-list has the rest.
  if (imbalanced.length)
    alerts.push({
      kind: 'srb_imbalanced',
      level: 'error',
      text: `${imbalanced.length} xã, phường có khả năng mất cân bằng giới tính khi sinh (${fmtPeriod(imbalanced[0].period)}${
        srb.simulated ? ', số liệu mô phỏng' : ''
      }): ${imbalanced
        .slice(0, 3)
        .map(
          (a) =>
            `${srb.names[a.area_code] ?? a.area_code} ${formatNumberVi(a.srb_est, 1)} (khả năng ${pct(a.p_imbalanced)})`,
        )
        .join('; ')}${imbalanced.length > 3 ? ` và ${imbalanced.length - 3} xã, phường khác` : ''}.`,
      textEn: `${imbalanced.length} ${imbalanced.length === 1 ? 'commune is' : 'communes are'} likely imbalanced in sex ratio at birth (${fmtPeriod(imbalanced[0].period)}${
        srb.simulated ? ', simulated data' : ''
      }): ${imbalanced
        .slice(0, 3)
        .map(
          (a) =>
            `${srb.names[a.area_code] ?? a.area_code} ${formatNumberEn(a.srb_est, 1)} (likelihood ${pctEn(a.p_imbalanced)})`,
        )
        .join('; ')}${imbalanced.length > 3 ? ` and ${imbalanced.length - 3} other communes` : ''}.`,
      link: `/births-srb?window=${DASHBOARD_SRB_WINDOW}&year=${srb.endYear}&color=p`,
    });
  const gaps = facilities.coverage.lapsed + facilities.coverage.missing;
  if (gaps)
    alerts.push({
      kind: 'commitment_gap',
      level: 'warning',
      text: `${gaps} cơ sở, người hành nghề chưa ký cam kết hoặc cam kết đã hết hạn (đạt ${
        facilities.coverage.rate == null ? '—' : pct(facilities.coverage.rate)
      }, mục tiêu 100%).`,
      textEn: `${gaps} ${gaps === 1 ? 'facility or practitioner has' : 'facilities and practitioners have'} no commitment signed or a lapsed one (${
        facilities.coverage.rate == null ? '—' : pctEn(facilities.coverage.rate)
      } covered, target 100%).`,
      link: '/facilities?tab=commitments',
    });
  if (facilities.openViolations)
    alerts.push({
      kind: 'violation_open',
      level: 'warning',
      text: `${facilities.openViolations} vi phạm năm ${year} chưa được xử lý xong.`,
      textEn: `${facilities.openViolations} ${facilities.openViolations === 1 ? 'violation' : 'violations'} of ${year} not yet fully handled.`,
      link: '/facilities?tab=inspections',
    });

  const province = srb.areas.find((a) => a.level === 'parent');
  return {
    plan: { id: plan.id, subject: content.subject, year, organisationName: plan.organisationName },
    asOf: todayInVietnam(),
    progress: {
      ...activityTally(progress.activities),
      records: progress.activities.reduce((s, a) => s + a.done.records, 0),
      participants: progress.activities.reduce((s, a) => s + a.done.participants, 0),
    },
    reports,
    budget: {
      detailed: budget.detailed,
      allocated: budget.total.allocated,
      spent: budget.total.spent,
      byRecords: budget.reconciliation.byRecords,
      rate: budget.total.rate,
      spentInWords: budget.spentInWords,
      bySource: budget.bySource.map(({ key, name, allocated, spent, rate }) => ({
        key,
        name,
        allocated,
        spent,
        rate,
      })),
    },
    inspections: {
      planned: facilities.inspections.planned,
      done: facilities.inspections.done,
      rate: facilities.inspections.rate,
      violations: facilities.violations,
      openViolations: facilities.openViolations,
      fines: facilities.fines,
      commitmentRate: facilities.coverage.rate,
      commitmentGaps: gaps,
    },
    srb:
      province && srb.endYear != null
        ? {
            endYear: srb.endYear,
            window: DASHBOARD_SRB_WINDOW,
            period: province.period,
            births: province.births,
            estimate: province.srb_est,
            lo: province.srb_lo95,
            hi: province.srb_hi95,
            simulated: srb.simulated,
            imbalancedCommunes: imbalanced.length,
            watchCommunes: communes.filter((a) => a.flag === 'watch').length,
          }
        : null,
    alerts,
  };
}

/** The communes' estimates over the years ending with the plan's year, or the last year with data. */
async function provinceSrb(db: Db, p: Principal, province: string, year: number) {
  const q = { province, level: 'commune' as const, settings: { window: DASHBOARD_SRB_WINDOW } };
  const latest = await srbEstimates(db, p, q);
  return latest.endYear != null && latest.endYear > year ? srbEstimates(db, p, { ...q, year }) : latest;
}

function summariseReports(c: ReportCompletenessDto): NonNullable<LeadersDashboardDto['reports']> {
  return {
    periodLabel: c.period.label,
    due: c.period.due,
    expected: c.expected,
    received: c.received,
    onTime: c.onTime,
    reportingRate: c.reportingRate,
    onTimeRate: c.onTimeRate,
    // Counted by the figures layer (src/server/figures/reporting.ts), as every page counts them.
    waiting: c.waiting,
    overdue: c.rows.filter((r) => r.overdue).map((r) => r.organisationName),
  };
}
