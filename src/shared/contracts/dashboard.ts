import type { Role } from '../roles.ts';

// The leaders' dashboard of one plan: its progress, report completeness, budget execution,
// inspections and the province's sex ratio at birth, with the alerts a leader should act on.

/** Who sees it: the province's leaders and the officers who run the programme. */
export const DASHBOARD_ROLES = ['admin', 'province_officer', 'leader'] as const satisfies readonly Role[];

export type DashboardAlertKind =
  | 'report_overdue'
  | 'report_waiting'
  | 'over_spend'
  | 'activity_late'
  | 'srb_imbalanced'
  | 'commitment_gap'
  | 'violation_open';

export interface DashboardAlert {
  kind: DashboardAlertKind;
  /** error: act now (overdue, over-spent, imbalance); warning: watch. */
  level: 'error' | 'warning';
  /** Vietnamese, naming the units, activities or communes concerned. */
  text: string;
  /** The same in English, for the English pages. */
  textEn: string;
  /** Where in the app to act on it. */
  link: string | null;
}

export interface LeadersDashboardDto {
  plan: { id: string; subject: string; year: number; organisationName: string };
  asOf: string;
  progress: {
    activities: number;
    done: number;
    inProgress: number;
    late: number;
    notStarted: number;
    /** Activities done (on time or late) ÷ all activities. */
    doneRate: number | null;
    records: number;
    participants: number;
  };
  /** Null when the plan sets no reporting duty. */
  reports: {
    periodLabel: string;
    due: string;
    expected: number;
    received: number;
    onTime: number;
    reportingRate: number | null;
    onTimeRate: number | null;
    /** Sent and waiting for the province's review. */
    waiting: number;
    overdue: string[];
  } | null;
  budget: {
    /** false: "Kế hoạch chưa lập dự toán chi tiết" (and no over-spending alert). */
    detailed: boolean;
    allocated: number;
    /** By vouchers: the one truth for spending. */
    spent: number;
    /** The activity records' costs, shown beside the vouchers. */
    byRecords: number;
    rate: number | null;
    spentInWords: string;
    bySource: { key: string; name: string; allocated: number; spent: number; rate: number | null }[];
  };
  inspections: {
    planned: number;
    done: number;
    rate: number | null;
    violations: number;
    openViolations: number;
    fines: number;
    commitmentRate: number | null;
    commitmentGaps: number;
  };
  /** The province over the three years ending with the plan's year (or the last with data); null without birth data. */
  srb: {
    /** The map shows the same view: /api/srb/estimates?level=commune&window=…&year=… */
    endYear: number;
    window: number;
    period: string;
    births: number;
    estimate: number;
    lo: number;
    hi: number;
    simulated: boolean;
    imbalancedCommunes: number;
    watchCommunes: number;
  } | null;
  alerts: DashboardAlert[];
}
