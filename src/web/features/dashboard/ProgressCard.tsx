import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadersDashboardDto } from '../../../shared/contracts/dashboard.ts';
import { formatNumber } from '../../i18n/format.ts';
import { EChart } from '../births-srb/charts/EChart.tsx';
import type { ChartOption } from '../births-srb/charts/echarts.ts';
import { DashboardCard } from './DashboardCard.tsx';
import { RateFigure } from './RateFigure.tsx';

// The same colours as the progress page's status tags.
const STATUSES = [
  ['done', '#0b6e4f'],
  ['inProgress', '#1677ff'],
  ['late', '#cf1322'],
  ['notStarted', '#bfbfbf'],
] as const;

export function ProgressCard({ d }: { d: LeadersDashboardDto }) {
  const { t } = useTranslation();
  const p = d.progress;
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 40, top: 4, bottom: 4, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, splitLine: { show: false }, axisLabel: { show: false } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: STATUSES.map(([k]) => t(`dashboard.progress.${k}`)),
        axisTick: { show: false },
      },
      tooltip: { trigger: 'item', confine: true },
      series: [
        {
          type: 'bar',
          barMaxWidth: 18,
          label: { show: true, position: 'right' },
          data: STATUSES.map(([k, color]) => ({ value: p[k], itemStyle: { color } })),
        },
      ],
    }),
    [p, t],
  );
  return (
    <DashboardCard
      title={t('dashboard.progress.title')}
      link={{ to: `/activities/progress/${d.plan.id}`, text: t('dashboard.progress.open') }}
      testId="dashboard-progress"
    >
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
        <RateFigure label={t('dashboard.progress.done')} rate={p.doneRate} figure="activities.doneRate" />
        <div style={{ flex: '1 1 200px', minWidth: 0 }}>
          <Typography.Text strong>
            {t('dashboard.progress.summary', { done: p.done, total: p.activities })}
          </Typography.Text>
          <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 4 }}>
            {t('dashboard.progress.records', {
              records: formatNumber(p.records),
              people: formatNumber(p.participants),
            })}
          </Typography.Paragraph>
          <EChart option={option} height={120} ariaLabel={t('dashboard.progress.chart')} />
        </div>
      </div>
    </DashboardCard>
  );
}
