import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadersDashboardDto } from '../../../shared/contracts/dashboard.ts';
import { escapeHtml } from '../../components/charts/escape-html.ts';
import { formatMoney, formatNumber, locale } from '../../i18n/format.ts';
import { EChart } from '../births-srb/charts/EChart.tsx';
import type { ChartOption } from '../births-srb/charts/echarts.ts';
import { DashboardCard } from './DashboardCard.tsx';
import { RateFigure } from './RateFigure.tsx';

const MILLION = 1_000_000;
/** Long source names ("Dự toán ngân sách nhà nước năm 2026 giao cho…") cut for the axis; whole in the tooltip. */
const short = (s: string) => (s.length > 28 ? `${s.slice(0, 27)}…` : s);

export function BudgetCard({ d }: { d: LeadersDashboardDto }) {
  const { t } = useTranslation();
  const b = d.budget;
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 24, top: 24, bottom: 4, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v, 0) } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: b.bySource.map((s) => short(s.name)),
        axisTick: { show: false },
      },
      tooltip: {
        trigger: 'axis',
        confine: true,
        formatter: (items: unknown) => {
          const list = items as { dataIndex: number }[];
          const s = b.bySource[list[0]?.dataIndex ?? 0];
          return s
            ? `${escapeHtml(s.name)}<br/>${escapeHtml(t('dashboard.budget.allocated'))}: ${formatMoney(s.allocated)}<br/>${escapeHtml(t('dashboard.budget.spentSeries'))}: ${formatMoney(s.spent)}`
            : '';
        },
      },
      series: [
        {
          type: 'bar',
          name: t('dashboard.budget.allocated'),
          barMaxWidth: 14,
          itemStyle: { color: '#8cc3aa' },
          data: b.bySource.map((s) => s.allocated / MILLION),
        },
        {
          type: 'bar',
          name: t('dashboard.budget.spentSeries'),
          barMaxWidth: 14,
          data: b.bySource.map((s) => ({
            value: s.spent / MILLION,
            itemStyle: { color: s.spent > s.allocated ? '#cf1322' : '#0b6e4f' },
          })),
        },
      ],
    }),
    [b, t],
  );
  return (
    <DashboardCard
      title={t('dashboard.budget.title')}
      link={{ to: `/budget/${d.plan.id}`, text: t('dashboard.budget.open') }}
      testId="dashboard-budget"
    >
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
        <RateFigure label={t('dashboard.budget.rate')} rate={b.rate} figure="money.rate" />
        <div style={{ flex: '1 1 200px', minWidth: 0 }}>
          <Typography.Text strong>
            {b.detailed
              ? t('dashboard.budget.spent', {
                  spent: formatMoney(b.spent),
                  allocated: formatMoney(b.allocated),
                })
              : t('dashboard.budget.noAllocation', { spent: formatMoney(b.spent) })}
          </Typography.Text>
          <Typography.Text
            type="secondary"
            style={{ fontSize: 13, display: 'block' }}
            data-testid="dashboard-by-records"
          >
            {t('money.byRecords')}: {formatMoney(b.byRecords)}
          </Typography.Text>
          {locale() === 'vi' && (
            <Typography.Paragraph type="secondary" italic style={{ fontSize: 13, marginBottom: 0 }}>
              ({b.spentInWords})
            </Typography.Paragraph>
          )}
        </div>
      </div>
      {b.bySource.some((x) => x.allocated || x.spent) && (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('dashboard.budget.chart')}
          </Typography.Text>
          <EChart
            option={option}
            height={40 + 44 * b.bySource.length}
            ariaLabel={t('dashboard.budget.chart')}
          />
        </>
      )}
    </DashboardCard>
  );
}
