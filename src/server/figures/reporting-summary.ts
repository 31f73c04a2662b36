import type { ReportStatus, SummaryStatus } from '../../shared/contracts/reports.ts';
import type { ReportPeriod } from '../modules/reports/report-periods.ts';
import {
  type CompletenessFigures,
  completenessOf,
  type ReportingRules,
  type UnitReportState,
  unitReportState,
} from './reporting.ts';
import type { FigureDefinition } from './types.ts';

// The reporting-rate summary (DHIS2's "reporting rate summary"): every unit that owes reports ×
// every period of the plan's duty, each cell where that report stands. Each cell is the unit's
// report state as the completeness figure reads it (unitReportState), and every rate is
// completenessOf over a row, a column or the whole grid — so a column's rate is, by construction,
// the completeness card's rate for that period.

/**
 * A report is owed from the first day of the month it falls due in (for every period but the last
 * that is the day after the period ends; the year's report due 05/12 is owed from 01/12) and
 * overdue the day after its due day. A draft is not sent: it stands as not due, due or overdue.
 */
export function summaryCellStatus(state: UnitReportState, due: string, today: string): SummaryStatus {
  const s = state.status;
  if (s === 'submitted' || s === 'returned' || s === 'accepted') return s;
  if (today > due) return 'overdue';
  return today >= `${due.slice(0, 8)}01` ? 'due' : 'notDue';
}

export interface SummaryCell {
  periodNo: number;
  status: SummaryStatus;
  received: boolean;
  /** Received and first sent by the due day; null when not received. */
  onTime: boolean | null;
  reportId: string | null;
}

export interface SummaryUnit {
  id: string;
}

export interface SummaryReport {
  id: string;
  organisationId: string;
  periodKind: string;
  periodNo: number;
  status: ReportStatus;
  firstSubmittedAt: Date | null;
}

export interface SummaryGrid<U extends SummaryUnit> {
  rows: { unit: U; cells: SummaryCell[]; figures: CompletenessFigures }[];
  columns: { period: ReportPeriod; figures: CompletenessFigures }[];
  overall: CompletenessFigures;
}

export function reportingSummaryGrid<U extends SummaryUnit>(
  units: U[],
  periods: ReportPeriod[],
  reports: SummaryReport[],
  today: string,
  rules: ReportingRules,
): SummaryGrid<U> {
  const byKey = new Map(reports.map((r) => [`${r.organisationId}:${r.periodKind}:${r.periodNo}`, r]));
  const states = units.map((u) =>
    periods.map((p) => {
      const r = byKey.get(`${u.id}:${p.kind}:${p.no}`);
      return { report: r, state: unitReportState(r, p.due, today, rules) };
    }),
  );
  return {
    rows: units.map((unit, i) => ({
      unit,
      cells: states[i].map(({ report, state }, j) => ({
        periodNo: periods[j].no,
        status: summaryCellStatus(state, periods[j].due, today),
        received: state.received,
        onTime: state.onTime,
        reportId: report?.id ?? null,
      })),
      figures: completenessOf(states[i].map((x) => x.state)),
    })),
    columns: periods.map((period, j) => ({
      period,
      figures: completenessOf(states.map((row) => row[j].state)),
    })),
    overall: completenessOf(states.flat().map((x) => x.state)),
  };
}

const SUMMARY: FigureDefinition['breakdowns'] = ['plan', 'adminUnit', 'period'];

export const reportingSummaryFigures: FigureDefinition[] = [
  {
    id: 'reports.summary.cellStatus',
    nameVi: 'Tình trạng báo cáo của đơn vị trong kỳ',
    nameEn: "A unit's report status in a period",
    unit: 'count',
    formulaVi:
      'Đã gửi, bị trả lại, đã chấp nhận theo báo cáo; nếu chưa gửi (kể cả bản nháp): chưa đến hạn trước ngày 1 của tháng có hạn nộp, đến hạn từ ngày đó đến hạn nộp, quá hạn sau hạn nộp',
    formulaEn:
      'Submitted, returned or accepted as the report stands; if not sent (drafts included): not due before the 1st of the month of the due day, due from then to the due day, overdue after it',
    countsVi: 'Đúng hạn hoặc muộn như "Số báo cáo đúng hạn"',
    countsEn: 'On time or late as "Reports on time"',
    breakdowns: SUMMARY,
  },
  {
    id: 'reports.summary.unitRate',
    nameVi: 'Tỷ lệ báo cáo của đơn vị trong năm',
    nameEn: "A unit's reporting rate over the year",
    unit: 'percent',
    formulaVi: 'Số kỳ đơn vị đã gửi báo cáo được tính là đã nhận ÷ số kỳ của nhiệm vụ báo cáo trong năm',
    formulaEn: 'Periods whose report from the unit counts as received ÷ periods of the duty in the year',
    countsVi: 'Như "Số báo cáo đã nhận"; mọi kỳ trong năm, kể cả kỳ chưa đến hạn',
    countsEn: 'As "Reports received"; every period of the year, not yet due ones included',
    breakdowns: ['plan', 'adminUnit'],
  },
  {
    id: 'reports.summary.overallRate',
    nameVi: 'Tỷ lệ báo cáo cả năm',
    nameEn: 'Reporting rate over the year',
    unit: 'percent',
    formulaVi: 'Số báo cáo đã nhận của mọi kỳ ÷ (số đơn vị phải báo cáo × số kỳ)',
    formulaEn: 'Reports received in every period ÷ (units due to report × periods)',
    countsVi: 'Tỷ lệ của một kỳ trong bảng bằng "Tỷ lệ báo cáo" của kỳ đó',
    countsEn: 'A period\'s rate in the table equals that period\'s "Reporting rate"',
    breakdowns: ['plan'],
  },
];
