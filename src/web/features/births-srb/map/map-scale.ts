import type { SrbFigures, SrbSettingsDto } from '../../../../shared/contracts/srb.ts';
import { fmtPct, fmtSrb } from '../srb-format.ts';

// The map's colour classes. A few steps read better than a gradient for officials comparing
// communes, and the legend can name each step in words. Light is "as nature would have it",
// dark red "most imbalanced" / "most probably imbalanced".

export type ColorBy = 'est' | 'p';

const STEPS = ['#d9f0d3', '#fee8c8', '#fdbb84', '#ef6548', '#b30000'];
export const INSUFFICIENT_FILL = '#d9d9d9';
export const NO_DATA_FILL = '#f5f5f5';
const HATCH = 'rgba(0, 0, 0, 0.3)';

/** ECharts decal for "too few births to conclude": diagonal stripes over grey. */
export const INSUFFICIENT_DECAL = {
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0],
  dashArrayY: [2, 4],
  rotation: -Math.PI / 4,
  color: HATCH,
};
/** The same stripes as a CSS background, for the legend's swatch. */
export const INSUFFICIENT_SWATCH = `repeating-linear-gradient(45deg, ${HATCH} 0 2px, ${INSUFFICIENT_FILL} 2px 6px)`;

export interface ColorScale {
  /** Upper bounds of every class but the last, ascending. */
  breaks: number[];
  colors: string[];
  format(v: number): string;
  value(f: SrbFigures): number;
}

export function colorScale(by: ColorBy, s: SrbSettingsDto): ColorScale {
  if (by === 'p')
    return {
      breaks: [0.2, s.watchProbability, s.flagProbability],
      colors: [STEPS[0], STEPS[1], STEPS[2], STEPS[4]],
      format: fmtPct,
      value: (f) => f.p_imbalanced,
    };
  const top = s.naturalRange[1];
  return {
    breaks: [top, top + 3, top + 6, top + 9],
    colors: STEPS,
    format: (v) => fmtSrb(v).replace(/,0$/, ''),
    value: (f) => f.srb_est,
  };
}

export function colorOf(scale: ColorScale, v: number): string {
  const i = scale.breaks.findIndex((b) => v < b);
  return scale.colors[i === -1 ? scale.breaks.length : i];
}

/** The legend's classes in words: "dưới 106", "106–109", …, "từ 115 trở lên". */
export function scaleClasses(
  scale: ColorScale,
  words: { below(v: string): string; from(v: string): string },
): { color: string; label: string }[] {
  const { breaks, colors, format } = scale;
  return colors.map((color, i) => ({
    color,
    label:
      i === 0
        ? words.below(format(breaks[0]))
        : i === breaks.length
          ? words.from(format(breaks[i - 1]))
          : `${format(breaks[i - 1])}–${format(breaks[i])}`,
  }));
}
