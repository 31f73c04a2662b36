import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LeadersDashboardDto } from '../../../shared/contracts/dashboard.ts';
import { formatDate, periodName } from '../../i18n/format.ts';
import { DashboardCard } from './DashboardCard.tsx';
import { RateFigure } from './RateFigure.tsx';

export function ReportsCard({ d, period }: { d: LeadersDashboardDto; period: number }) {
  const { t } = useTranslation();
  const r = d.reports;
  return (
    <DashboardCard
      title={
        r
          ? t('dashboard.reports.title', { period: periodName(r.periodLabel) })
          : t('dashboard.reports.titleNone')
      }
      link={
        r
          ? { to: `/reports?plan=${d.plan.id}&period=${period}`, text: t('dashboard.reports.open') }
          : undefined
      }
      testId="dashboard-reports"
    >
      {!r ? (
        <Alert type="info" showIcon title={t('dashboard.reports.noDuty')} />
      ) : (
        <>
          <div style={{ display: 'flex', justifyContent: 'space-around', flexWrap: 'wrap', gap: 8 }}>
            <RateFigure
              label={t('dashboard.reports.reportingRate')}
              rate={r.reportingRate}
              testId="dashboard-reporting-rate"
              figure="reports.reportingRate"
            />
            <RateFigure
              label={t('dashboard.reports.onTimeRate')}
              rate={r.onTimeRate}
              figure="reports.onTimeRate"
            />
          </div>
          <Typography.Paragraph
            type="secondary"
            style={{ fontSize: 13, margin: '8px 0 0', textAlign: 'center' }}
          >
            {t('dashboard.reports.received', {
              received: r.received,
              expected: r.expected,
              due: formatDate(r.due),
            })}
          </Typography.Paragraph>
        </>
      )}
    </DashboardCard>
  );
}
