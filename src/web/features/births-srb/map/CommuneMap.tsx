import { Grid } from 'antd';
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SrbFigures, SrbSettingsDto } from '../../../../shared/contracts/srb.ts';
import { escapeHtml } from '../../../components/charts/escape-html.ts';
import type { CommuneBoundaries } from '../api.ts';
import { EChart } from '../charts/EChart.tsx';
import { type ChartOption, type ECElementEvent, getMap, registerMap } from '../charts/echarts.ts';
import { figuresTooltip } from '../charts/tooltip.ts';
import {
  type ColorBy,
  colorOf,
  colorScale,
  INSUFFICIENT_DECAL,
  INSUFFICIENT_FILL,
  NO_DATA_FILL,
} from './map-scale.ts';

/** Registers a province's boundaries with ECharts once; the map's name. */
function useRegisteredMap(province: string, boundaries: CommuneBoundaries): string {
  const name = `communes-${province}`;
  if (!getMap(name)) registerMap(name, boundaries as Parameters<typeof registerMap>[1]);
  return name;
}

/** The ratio of a degree of longitude to one of latitude in the middle of the province. */
function aspectOf(boundaries: CommuneBoundaries): number {
  const lats: number[] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') lats.push(c[1] as number);
    else if (Array.isArray(c)) for (const x of c) walk(x);
  };
  for (const f of boundaries.features) walk((f.geometry as { coordinates: unknown }).coordinates);
  const mid = lats.length ? (Math.min(...lats) + Math.max(...lats)) / 2 : 0;
  return Math.cos((mid * Math.PI) / 180);
}

/**
 * The communes coloured by their estimated SRB or by the probability of imbalance; communes whose
 * data are too few to conclude are striped grey, communes without figures (none yet, or outside
 * the user's scope) pale. Hover for the figures; a click opens the commune.
 */
export function CommuneMap({
  province,
  boundaries,
  figures,
  names,
  settings,
  colorBy,
  onOpen,
}: {
  province: string;
  boundaries: CommuneBoundaries;
  figures: SrbFigures[];
  names: Record<string, string>;
  settings: SrbSettingsDto;
  colorBy: ColorBy;
  onOpen(code: string): void;
}) {
  const { t, i18n } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  const map = useRegisteredMap(province, boundaries);
  const aspect = useMemo(() => aspectOf(boundaries), [boundaries]);
  const byCode = useMemo(() => new Map(figures.map((f) => [f.area_code, f])), [figures]);
  const geoNames = useMemo(
    () => new Map(boundaries.features.map((f) => [f.properties.code, f.properties.name])),
    [boundaries],
  );

  const option = useMemo<ChartOption>(() => {
    const scale = colorScale(colorBy, settings);
    const nameOf = (code: string) => names[code] ?? geoNames.get(code) ?? code;
    return {
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (p: unknown) => {
          const code = (p as { name: string }).name;
          const f = byCode.get(code);
          return f
            ? figuresTooltip(nameOf(code), f, t, i18n.language)
            : `<b>${escapeHtml(nameOf(code))}</b><br/>${escapeHtml(t('srb.map.noData'))}`;
        },
      },
      series: [
        {
          type: 'map',
          map,
          nameProperty: 'code',
          aspectScale: aspect,
          roam: false,
          selectedMode: false,
          left: 4,
          right: 4,
          top: 4,
          bottom: 4,
          label: { show: false },
          itemStyle: { areaColor: NO_DATA_FILL, borderColor: '#ffffff', borderWidth: 0.7 },
          emphasis: { label: { show: false }, itemStyle: { borderColor: '#262626', borderWidth: 1.6 } },
          data: boundaries.features.map(({ properties: { code } }) => {
            const f = byCode.get(code);
            const insufficient = f?.flag === 'insufficient';
            const areaColor = !f
              ? NO_DATA_FILL
              : insufficient
                ? INSUFFICIENT_FILL
                : colorOf(scale, scale.value(f));
            return {
              name: code,
              value: f ? scale.value(f) : undefined,
              itemStyle: { areaColor, ...(insufficient ? { decal: INSUFFICIENT_DECAL } : {}) },
              emphasis: { itemStyle: { areaColor } },
            };
          }),
        },
      ],
    } as ChartOption;
  }, [map, aspect, boundaries, byCode, names, geoNames, colorBy, settings, t, i18n.language]);

  // On a touch screen the first tap on a commune shows its figures, a second tap opens it.
  const tapped = useRef<string | null>(null);
  const onClick = useCallback(
    (e: ECElementEvent) => {
      const code = e.name;
      if (!byCode.has(code)) return;
      const native = (e.event as { event?: Event } | undefined)?.event;
      const touch = !!native && ('touches' in native || (native as PointerEvent).pointerType === 'touch');
      if (touch && tapped.current !== code) {
        tapped.current = code;
        return;
      }
      onOpen(code);
    },
    [byCode, onOpen],
  );

  return (
    <EChart
      option={option}
      height={phone ? 340 : 500}
      onClick={onClick}
      testId="srb-map"
      ariaLabel={t('srb.map.aria', {
        by: colorBy === 'p' ? t('srb.controls.colorP') : t('srb.controls.colorEst'),
      })}
    />
  );
}
