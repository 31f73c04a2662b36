import type { ReportCompletenessDto, ReportStatus } from '../../shared/contracts/reports.ts';
import { onTime } from '../modules/reports/report-periods.ts';
import type { FigureDefinition } from './types.ts';

// Reporting completeness, defined once: where each unit's report of a period stands, whether it
// counts as received, whether its narrative may be quoted, and the rates drawn from them. The
// reports pages, the leaders' dashboard, the home page and the consolidated report all read these
// functions, so a report the province returned stops counting everywhere at the same moment.

export type ReportState = ReportStatus | 'missing';

/** The province's choices on its plan's reporting duty (PlanContent.reporting). */
export interface ReportingRules {
  /** Count only accepted reports as received (default: submitted and accepted). */
  acceptedOnly: boolean;
  /** Quote the narratives of reports still awaiting review too (default: accepted ones only). */
  quoteSubmitted: boolean;
}

export function reportingRules(
  duty: { acceptedOnly?: boolean | null; quoteSubmitted?: boolean | null } | null | undefined,
): ReportingRules {
  return { acceptedOnly: !!duty?.acceptedOnly, quoteSubmitted: !!duty?.quoteSubmitted };
}

/**
 * Received: submitted and awaiting review, or accepted. A returned report is not submitted — the
 * unit must correct and send it again — and a draft was never sent.
 */
export function isReceived(status: ReportState, rules: ReportingRules): boolean {
  return status === 'accepted' || (status === 'submitted' && !rules.acceptedOnly);
}

/** Whose difficulties, proposals and results a consolidated report may quote. */
export function isQuotable(status: ReportState, rules: ReportingRules): boolean {
  return status === 'accepted' || (status === 'submitted' && rules.quoteSubmitted);
}

export interface UnitReportInput {
  status: ReportStatus;
  firstSubmittedAt: Date | null;
}

export interface UnitReportState {
  status: ReportState;
  received: boolean;
  /** Received and first sent on or before the due day (Viet Nam time); null when not received. */
  onTime: boolean | null;
  /** Not received and the due day has passed. */
  overdue: boolean;
}

export function unitReportState(
  r: UnitReportInput | undefined,
  due: string,
  today: string,
  rules: ReportingRules,
): UnitReportState {
  const status: ReportState = r?.status ?? 'missing';
  const received = isReceived(status, rules);
  return {
    status,
    received,
    onTime: received && r?.firstSubmittedAt ? onTime(r.firstSubmittedAt, due) : null,
    overdue: !received && today > due,
  };
}

/** The figures every reporting view shows (ReportCompletenessDto carries them with its rows). */
export type CompletenessFigures = Pick<
  ReportCompletenessDto,
  'expected' | 'received' | 'onTime' | 'reportingRate' | 'onTimeRate' | 'waiting' | 'byStatus'
>;

export function completenessOf(states: UnitReportState[]): CompletenessFigures {
  const expected = states.length;
  const received = states.filter((s) => s.received).length;
  const timely = states.filter((s) => s.onTime).length;
  const byStatus: Record<ReportState, number> = {
    missing: 0,
    draft: 0,
    submitted: 0,
    returned: 0,
    accepted: 0,
  };
  for (const s of states) byStatus[s.status]++;
  return {
    expected,
    received,
    onTime: timely,
    reportingRate: expected ? received / expected : null,
    onTimeRate: expected ? timely / expected : null,
    waiting: byStatus.submitted,
    byStatus,
  };
}

const PERIOD: FigureDefinition['breakdowns'] = ['plan', 'adminUnit', 'period'];

export const reportingFigures: FigureDefinition[] = [
  {
    id: 'reports.expected',
    nameVi: 'Số đơn vị phải báo cáo',
    nameEn: 'Units due to report',
    unit: 'count',
    formulaVi:
      'Các cơ quan được giao hoạt động, Trạm Y tế của xã nơi triển khai và các đơn vị có kế hoạch cấp dưới; trừ cơ quan ban hành và cơ quan tổng hợp',
    formulaEn:
      'Bodies named on the activities, the health stations of the communes where they take place and bodies with a lower plan; not the issuer nor the consolidating body',
    countsVi: 'Đơn vị đang hoạt động trong phạm vi của người xem',
    countsEn: "Active bodies within the reader's scope",
    breakdowns: PERIOD,
  },
  {
    id: 'reports.received',
    nameVi: 'Số báo cáo đã nhận',
    nameEn: 'Reports received',
    unit: 'count',
    formulaVi: 'Báo cáo đã gửi đang chờ duyệt cộng báo cáo đã chấp nhận',
    formulaEn: 'Reports submitted awaiting review plus reports accepted',
    countsVi:
      'Báo cáo bị trả lại không tính là đã gửi; bản nháp không tính; nếu tỉnh chọn, chỉ tính báo cáo đã chấp nhận',
    countsEn:
      'A returned report is not submitted; drafts do not count; where the province chooses, accepted reports only',
    breakdowns: PERIOD,
  },
  {
    id: 'reports.reportingRate',
    nameVi: 'Tỷ lệ báo cáo',
    nameEn: 'Reporting rate',
    unit: 'percent',
    formulaVi: 'Số báo cáo đã nhận ÷ số đơn vị phải báo cáo',
    formulaEn: 'Reports received ÷ units due to report',
    countsVi: 'Như "Số báo cáo đã nhận"',
    countsEn: 'As "Reports received"',
    breakdowns: PERIOD,
  },
  {
    id: 'reports.onTime',
    nameVi: 'Số báo cáo đúng hạn',
    nameEn: 'Reports on time',
    unit: 'count',
    formulaVi: 'Báo cáo đã nhận mà lần gửi đầu tiên không muộn hơn ngày hạn (giờ Việt Nam)',
    formulaEn: 'Received reports first sent on or before the due day (Viet Nam time)',
    countsVi: 'Như "Số báo cáo đã nhận"',
    countsEn: 'As "Reports received"',
    breakdowns: PERIOD,
  },
  {
    id: 'reports.onTimeRate',
    nameVi: 'Tỷ lệ báo cáo đúng hạn',
    nameEn: 'On-time rate',
    unit: 'percent',
    formulaVi: 'Số báo cáo đúng hạn ÷ số đơn vị phải báo cáo',
    formulaEn: 'Reports on time ÷ units due to report',
    countsVi: 'Như "Số báo cáo đúng hạn"',
    countsEn: 'As "Reports on time"',
    breakdowns: PERIOD,
  },
  {
    id: 'reports.waiting',
    nameVi: 'Báo cáo chờ xem xét',
    nameEn: 'Reports awaiting review',
    unit: 'count',
    formulaVi: 'Báo cáo đã gửi, cấp trên chưa chấp nhận hoặc trả lại',
    formulaEn: 'Reports submitted that the level above has neither accepted nor returned',
    countsVi: 'Chỉ trạng thái "Đã gửi, chờ duyệt"',
    countsEn: 'Status "submitted, awaiting review" only',
    breakdowns: PERIOD,
  },
];
