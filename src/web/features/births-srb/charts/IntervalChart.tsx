import { Grid } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NationalSrbTarget, SrbFigures } from '../../../../shared/contracts/srb.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { ChartKey } from './ChartKey.tsx';
import { EChart } from './EChart.tsx';
import type { ChartOption, ECElementEvent } from './echarts.ts';
import { referenceKey, referenceMarks } from './reference-marks.ts';
import { FLAG_COLORS, figuresTooltip } from './tooltip.ts';
import { axisRange, whisker } from './whisker.ts';

export interface IntervalRow {
  key: string;
  label: string;
  figures: SrbFigures;
}

const RAW_COLOR = '#8c8c8c';

/**
 * Areas (or birth orders) side by side: each estimate as a dot coloured by its flag with its 95%
 * interval as a bar, the raw figure as a hollow grey dot with its (wider) interval just below,
 * against the natural range and the national target.
 */
export function IntervalChart({
  rows,
  natural,
  target,
  onOpen,
  testId,
  ariaLabel,
}: {
  rows: IntervalRow[];
  natural: [number, number];
  target: NationalSrbTarget | null;
  onOpen?(key: string): void;
  testId?: string;
  ariaLabel: string;
}) {
  const { t, i18n } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  const option = useMemo<ChartOption>(() => {
    const range = axisRange([
      ...rows.flatMap(({ figures: f }) => [f.srb_lo95, f.srb_hi95, f.srb_raw_lo95, f.srb_raw_hi95]),
      ...natural,
      target?.below,
    ]);
    return {
      grid: { left: 8, right: 24, top: 28, bottom: 4 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        confine: true,
        formatter: (p: unknown) => {
          const row = rows[(p as { dataIndex: number }[])[0]?.dataIndex ?? 0];
          return row ? figuresTooltip(row.label, row.figures, t, i18n.language) : '';
        },
      },
      xAxis: {
        type: 'value',
        ...range,
        position: 'top',
        axisLabel: { formatter: (v: number) => formatNumber(v) },
        splitLine: { lineStyle: { color: '#f0f0f0' } },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.label),
        axisTick: { show: false },
        axisLabel: { width: phone ? 96 : 190, overflow: 'truncate', fontSize: 12 },
      },
      series: [
        {
          type: 'custom',
          renderItem: whisker('horizontal', 7, 1),
          itemStyle: { color: RAW_COLOR },
          encode: { x: [0, 1], y: 2 },
          data: rows.map(({ figures: f }, i) => [
            f.srb_raw_lo95 ?? Number.NaN,
            f.srb_raw_hi95 ?? Number.NaN,
            i,
          ]),
          clip: true,
          z: 1,
        },
        {
          type: 'scatter',
          symbol: 'emptyCircle',
          symbolSize: 7,
          symbolOffset: [0, 7],
          itemStyle: { color: RAW_COLOR },
          data: rows.map(({ figures: f }, i) => [f.srb_raw ?? Number.NaN, i]),
          clip: true,
          z: 2,
        },
        {
          type: 'custom',
          renderItem: whisker('horizontal', -2, 2.5),
          encode: { x: [0, 1], y: 2 },
          data: rows.map(({ figures: f }, i) => ({
            value: [f.srb_lo95, f.srb_hi95, i],
            itemStyle: { color: FLAG_COLORS[f.flag] },
          })),
          z: 3,
          ...referenceMarks('xAxis', natural, target),
        },
        {
          type: 'scatter',
          symbolSize: 11,
          symbolOffset: [0, -2],
          data: rows.map(({ figures: f }, i) => ({
            value: [f.srb_est, i],
            itemStyle: { color: FLAG_COLORS[f.flag] },
          })),
          z: 4,
        },
      ],
    } as ChartOption;
  }, [rows, natural, target, t, i18n.language, phone]);

  const onClick = useCallback(
    (e: ECElementEvent) => {
      const row = rows[e.dataIndex];
      if (row && onOpen) onOpen(row.key);
    },
    [rows, onOpen],
  );

  return (
    <>
      <EChart
        option={option}
        height={Math.max(120, rows.length * 38 + 40)}
        onClick={onOpen ? onClick : undefined}
        testId={testId}
        ariaLabel={ariaLabel}
      />
      <ChartKey
        items={[
          { symbol: 'dot', color: '#595959', label: t('srb.area.dotEst') },
          { symbol: 'hollow', color: RAW_COLOR, label: t('srb.area.dotRaw') },
          ...referenceKey(natural, target, t),
        ]}
      />
    </>
  );
}
