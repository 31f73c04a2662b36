import { Grid } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NationalSrbTarget, SrbTrendPoint } from '../../../../shared/contracts/srb.ts';
import { escapeHtml } from '../../../components/charts/escape-html.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { flagLabel, fmtCount, fmtPct, fmtPeriod } from '../srb-format.ts';
import { ChartKey } from './ChartKey.tsx';
import { EChart } from './EChart.tsx';
import type { ChartOption } from './echarts.ts';
import { referenceKey, referenceMarks } from './reference-marks.ts';
import { FLAG_COLORS, figureLine } from './tooltip.ts';
import { axisRange, whisker } from './whisker.ts';

const EST_COLOR = '#1d39c4';
const RAW_COLOR = '#595959';
const BAND_FILL = 'rgba(47, 84, 235, 0.13)';

/**
 * An area's years: each year's raw SRB as a dot with its 95% interval as an error bar; the
 * model's estimate over the window ending that year as a line inside its 95% band; the natural
 * range and the national target as references.
 */
export function TrendChart({
  trend,
  window,
  natural,
  target,
}: {
  trend: SrbTrendPoint[];
  window: number;
  natural: [number, number];
  target: NationalSrbTarget | null;
}) {
  const { t, i18n } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  const option = useMemo<ChartOption>(() => {
    const range = axisRange([
      ...trend.flatMap((p) => [p.srb_raw_lo95, p.srb_raw_hi95, p.window.srb_lo95, p.window.srb_hi95]),
      ...natural,
      target?.below,
    ]);
    const rawName = t('srb.area.rawSeries');
    const estName = t('srb.area.estSeries');
    const tooltip = (i: number) => {
      const p = trend[i];
      const w = p.window;
      return [
        `<b>${p.year}</b>`,
        `${escapeHtml(t('srb.fig.births'))}: ${fmtCount(p.births)}`,
        figureLine(rawName, t('srb.fig.ci'), p.srb_raw, p.srb_raw_lo95, p.srb_raw_hi95),
        figureLine(`${estName} ${fmtPeriod(w.period)}`, t('srb.fig.ci'), w.srb_est, w.srb_lo95, w.srb_hi95),
        `${escapeHtml(t('srb.fig.p'))}: <b>${fmtPct(w.p_imbalanced)}</b>`,
        `<span style="color:${FLAG_COLORS[w.flag]}">● ${escapeHtml(flagLabel(w.flag, i18n.language))}</span>`,
      ].join('<br/>');
    };
    return {
      // The axis labels are inside the chart's box (none cut at its edges), every year is written
      // (none hidden as overlapping) and, when a phone has too little room for them side by side,
      // turned on a slant (issue 18: the year labels were cut).
      grid: { left: 8, right: phone ? 8 : 16, top: 12, bottom: 12, containLabel: true },
      tooltip: {
        trigger: 'axis',
        confine: true,
        formatter: (ps: unknown) => tooltip((ps as { dataIndex: number }[])[0]?.dataIndex ?? 0),
      },
      xAxis: {
        type: 'category',
        data: trend.map((p) => String(p.year)),
        boundaryGap: true,
        axisLabel: { interval: 0, hideOverlap: false, rotate: phone && trend.length > 8 ? 45 : 0 },
      },
      yAxis: {
        type: 'value',
        ...range,
        axisLabel: { formatter: (v: number) => formatNumber(v) },
        splitLine: { lineStyle: { color: '#f0f0f0' } },
      },
      series: [
        // The band: the lower bound, invisible, and the height of the band stacked on it.
        {
          type: 'line',
          stack: 'band',
          data: trend.map((p) => p.window.srb_lo95),
          lineStyle: { opacity: 0 },
          symbol: 'none',
          silent: true,
          tooltip: { show: false },
          color: BAND_FILL,
        },
        {
          type: 'line',
          stack: 'band',
          data: trend.map((p) => p.window.srb_hi95 - p.window.srb_lo95),
          lineStyle: { opacity: 0 },
          areaStyle: { color: BAND_FILL },
          symbol: 'none',
          silent: true,
          color: BAND_FILL,
        },
        {
          type: 'line',
          data: trend.map((p) => p.window.srb_est),
          color: EST_COLOR,
          lineStyle: { width: 2.5 },
          symbolSize: 7,
          z: 3,
          ...referenceMarks('yAxis', natural, target),
        },
        {
          type: 'custom',
          renderItem: whisker('vertical', 0, 1.5),
          encode: { x: 0, y: [1, 2] },
          data: trend.map((p, i) => [i, p.srb_raw_lo95 ?? Number.NaN, p.srb_raw_hi95 ?? Number.NaN]),
          color: RAW_COLOR,
          clip: true,
          z: 4,
        },
        {
          type: 'scatter',
          data: trend.map((p) => p.srb_raw ?? Number.NaN),
          color: RAW_COLOR,
          symbolSize: 9,
          z: 5,
        },
      ],
    } as ChartOption;
  }, [trend, natural, target, t, i18n.language, phone]);

  return (
    <>
      <EChart
        option={option}
        height={phone ? 280 : 360}
        testId="srb-trend-chart"
        ariaLabel={t('srb.area.trend')}
      />
      <ChartKey
        testId="srb-trend-key"
        items={[
          { symbol: 'dot', color: RAW_COLOR, label: t('srb.area.keyRaw') },
          { symbol: 'line', color: EST_COLOR, label: t('srb.area.keyEst', { window }) },
          { symbol: 'band', color: BAND_FILL, label: t('srb.area.band') },
          ...referenceKey(natural, target, t),
        ]}
      />
    </>
  );
}
