import type { TFunction } from 'i18next';
import type { NationalSrbTarget } from '../../../../shared/contracts/srb.ts';
import type { KeyItem } from './ChartKey.tsx';

const NATURAL_FILL = 'rgba(56, 158, 13, 0.14)';
const TARGET_COLOR = '#cf1322';

/**
 * The natural range (104–106) as a pale green band and the national target as a dashed red
 * line, on the value axis of a chart (x for horizontal charts, y for the trend). Their words
 * are in the chart's key (referenceKey), not on the canvas, where they collided with the data.
 */
export function referenceMarks(
  axis: 'xAxis' | 'yAxis',
  natural: [number, number],
  target: NationalSrbTarget | null,
) {
  return {
    markArea: {
      silent: true,
      itemStyle: { color: NATURAL_FILL },
      data: [[{ [axis]: natural[0] }, { [axis]: natural[1] }]],
    },
    markLine: target
      ? {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { type: 'dashed' as const, color: TARGET_COLOR, width: 1.5 },
          data: [{ [axis]: target.below }],
        }
      : undefined,
  };
}

export function referenceKey(
  natural: [number, number],
  target: NationalSrbTarget | null,
  t: TFunction,
): KeyItem[] {
  return [
    { symbol: 'band', color: NATURAL_FILL, label: t('srb.area.natural', { lo: natural[0], hi: natural[1] }) },
    ...(target
      ? [
          {
            symbol: 'dashed' as const,
            color: TARGET_COLOR,
            label: t('srb.province.target', { below: target.below, year: target.year }),
          },
        ]
      : []),
  ];
}
