import { Grid } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetDto } from '../../../shared/contracts/budget.ts';
import { escapeHtml } from '../../components/charts/escape-html.ts';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format.ts';
import { ChartKey } from '../births-srb/charts/ChartKey.tsx';
import { EChart } from '../births-srb/charts/EChart.tsx';
import type { ChartOption } from '../births-srb/charts/echarts.ts';

const ALLOCATED = '#8cc3aa';
const SPENT = '#0b6e4f';
const OVER = '#cf1322';

/** Allocated against spent for each funding source, as horizontal bars (source names are long). */
export function SourceChart({ sources }: { sources: BudgetDto['bySource'] }) {
  const { t } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  const option = useMemo<ChartOption>(() => {
    const names = sources.map((s) => s.name);
    const tooltip = (i: number) => {
      const s = sources[i];
      return [
        `<b>${escapeHtml(s.name)}</b>`,
        `${escapeHtml(t('budget.col.allocated'))}: ${formatMoney(s.allocated)}`,
        `${escapeHtml(t('budget.col.spent'))}: ${formatMoney(s.spent)}`,
        `${escapeHtml(t('budget.col.rate'))}: <b>${formatPercent(s.rate)}</b>`,
      ].join('<br/>');
    };
    return {
      grid: { left: 8, right: phone ? 12 : 24, top: 8, bottom: 8 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        confine: true,
        formatter: (ps: unknown) => tooltip((ps as { dataIndex: number }[])[0]?.dataIndex ?? 0),
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: names,
        axisLabel: { width: phone ? 110 : 240, overflow: 'truncate' },
      },
      xAxis: {
        type: 'value',
        axisLabel: {
          formatter: (v: number) => t('budget.millions', { n: formatNumber(v / 1e6, v % 1e6 ? 1 : 0) }),
        },
        splitLine: { lineStyle: { color: '#f0f0f0' } },
      },
      series: [
        { type: 'bar', data: sources.map((s) => s.allocated), color: ALLOCATED, barGap: '10%' },
        {
          type: 'bar',
          data: sources.map((s) => ({
            value: s.spent,
            itemStyle: { color: s.spent > s.allocated ? OVER : SPENT },
          })),
          color: SPENT,
        },
      ],
    } as ChartOption;
  }, [sources, t, phone]);

  return (
    <>
      <EChart
        option={option}
        height={40 + sources.length * (phone ? 64 : 56)}
        testId="budget-source-chart"
        ariaLabel={t('budget.chartLabel')}
      />
      <ChartKey
        items={[
          { symbol: 'band', color: ALLOCATED, label: t('budget.col.allocated') },
          { symbol: 'band', color: SPENT, label: t('budget.col.spent') },
          ...(sources.some((s) => s.spent > s.allocated)
            ? [{ symbol: 'band' as const, color: OVER, label: t('budget.over') }]
            : []),
        ]}
      />
    </>
  );
}
