// A report's statuses and their Vietnamese names, without zod: the station's report page and the
// reports feature's messages read them, and zod (the schemas in reports.ts) stays off those pages.

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatus | 'missing', string> = {
  missing: 'Chưa lập',
  draft: 'Đang soạn',
  submitted: 'Đã gửi, chờ duyệt',
  returned: 'Bị trả lại',
  accepted: 'Đã chấp nhận',
};

/** A row of the consolidated report's table by unit: an expected report's status, or 'own' for a
 *  body that recorded data without owing a report (the issuer, the consolidating office). */
export const CONSOLIDATED_STATUS_LABELS: Record<ReportStatus | 'missing' | 'own', string> = {
  ...REPORT_STATUS_LABELS,
  own: 'Cơ quan tổng hợp tự ghi nhận',
};

/** Where a unit's report of a period stands in the reporting-rate summary. */
export const SUMMARY_STATUSES = ['notDue', 'due', 'overdue', 'submitted', 'returned', 'accepted'] as const;
export type SummaryStatus = (typeof SUMMARY_STATUSES)[number];
export const SUMMARY_STATUS_LABELS: Record<SummaryStatus, string> = {
  notDue: 'Chưa đến hạn',
  due: 'Đến hạn',
  overdue: 'Quá hạn',
  submitted: 'Đã gửi, chờ duyệt',
  returned: 'Bị trả lại',
  accepted: 'Đã chấp nhận',
};
