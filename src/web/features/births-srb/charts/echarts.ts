import type {
  BarSeriesOption,
  CustomSeriesOption,
  LineSeriesOption,
  MapSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import { BarChart, CustomChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  MarkAreaComponent,
  type MarkAreaComponentOption,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the ECharts parts these pages draw with (a map, dots, lines, whiskers, bars; tooltips, grids,
// reference lines and bands) and the canvas renderer: the full library is about 1 MB minified,
// these about 0.6 MB. Chart keys are HTML (ChartKey), so the legend component stays out. Vite puts ECharts in its own cached chunk (vite.config.ts).
use([
  BarChart,
  MapChart,
  ScatterChart,
  LineChart,
  CustomChart,
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | MapSeriesOption
  | ScatterSeriesOption
  | LineSeriesOption
  | CustomSeriesOption
  | GridComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

export type { ECElementEvent, EChartsType } from 'echarts/core';
export { getMap, init, registerMap } from 'echarts/core';
