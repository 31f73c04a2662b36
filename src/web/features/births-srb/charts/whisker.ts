import type { CustomSeriesOption } from 'echarts/charts';

type RenderItem = NonNullable<CustomSeriesOption['renderItem']>;

/**
 * An interval drawn as a bar with end caps (an error bar), for ECharts' custom series.
 * Horizontal: data items [lo, hi, categoryIndex]; vertical: [categoryIndex, lo, hi]. `offset`
 * moves the bar across its category (pixels) so that two intervals of one row sit side by side.
 * The colour is the item's (itemStyle.color) or the series'.
 */
export function whisker(orientation: 'horizontal' | 'vertical', offset = 0, lineWidth = 2): RenderItem {
  return (_params, api) => {
    const [a, b] =
      orientation === 'horizontal'
        ? [api.coord([api.value(0), api.value(2)]), api.coord([api.value(1), api.value(2)])]
        : [api.coord([api.value(0), api.value(1)]), api.coord([api.value(0), api.value(2)])];
    const cap = 4;
    const style = { stroke: api.visual('color') as string, lineWidth };
    const line = (x1: number, y1: number, x2: number, y2: number) => ({
      type: 'line' as const,
      shape: { x1, y1, x2, y2 },
      style,
    });
    if (orientation === 'horizontal') {
      const y = a[1] + offset;
      return {
        type: 'group',
        children: [
          line(a[0], y, b[0], y),
          line(a[0], y - cap, a[0], y + cap),
          line(b[0], y - cap, b[0], y + cap),
        ],
      };
    }
    const x = a[0] + offset;
    return {
      type: 'group',
      children: [
        line(x, a[1], x, b[1]),
        line(x - cap, a[1], x + cap, a[1]),
        line(x - cap, b[1], x + cap, b[1]),
      ],
    };
  };
}

/**
 * An axis range that holds every value, never wider than `bounds`, on round steps (5, 10 or 20
 * by its width) so that the end labels do not crowd the others (a lone "185" above "180").
 */
export function axisRange(values: (number | null | undefined)[], bounds: [number, number] = [60, 200]) {
  const v = values.filter((x): x is number => x != null && Number.isFinite(x));
  const width = Math.max(...v) - Math.min(...v);
  const interval = width > 70 ? 20 : width > 25 ? 10 : 5;
  const min = Math.max(bounds[0], Math.floor(Math.min(...v) / interval) * interval);
  const max = Math.min(bounds[1], Math.ceil(Math.max(...v) / interval) * interval);
  return { min, max, interval };
}
