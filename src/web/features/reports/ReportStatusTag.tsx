import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../../../shared/contracts/reports.ts';

export const REPORT_STATUS_COLORS: Record<ReportStatus | 'missing', string> = {
  missing: 'default',
  draft: 'processing',
  submitted: 'gold',
  returned: 'error',
  accepted: 'success',
};

/** Where a report stands: "Chưa lập" grey, "Bị trả lại" red, "Đã chấp nhận" green… */
export function ReportStatusTag({ status, testId }: { status: ReportStatus | 'missing'; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={REPORT_STATUS_COLORS[status]} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {t(`reports.statuses.${status}`)}
    </Tag>
  );
}

/** On time, late, or overdue (nothing received and the date has passed); nothing otherwise. */
export function TimelinessTag({ onTime, overdue }: { onTime: boolean | null; overdue?: boolean }) {
  const { t } = useTranslation();
  if (onTime === true) return <Tag color="success">{t('reports.onTime')}</Tag>;
  if (onTime === false) return <Tag color="warning">{t('reports.late')}</Tag>;
  if (overdue) return <Tag color="error">{t('reports.overdue')}</Tag>;
  return null;
}
