import { useEffect, useRef } from 'react';
import { type ChartOption, type ECElementEvent, type EChartsType, init } from './echarts.ts';

/**
 * One ECharts instance in a div: created on mount, given each new option whole, resized with
 * its box (a phone turned sideways, the menu opening) and disposed on unmount.
 */
export function EChart({
  option,
  height,
  onClick,
  testId,
  ariaLabel,
}: {
  option: ChartOption;
  height: number;
  onClick?(e: ECElementEvent): void;
  testId?: string;
  ariaLabel: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const el = box.current!;
    const c = init(el, undefined, { renderer: 'canvas' });
    chart.current = c;
    // The instance on its element: a canvas hides what it drew, and the Chromium tests check that
    // every axis label was drawn whole (test/e2e/dashboard.e2e.test.ts).
    Object.assign(el, { echarts: c });
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const c = chart.current;
    if (!c || !onClick) return;
    c.on('click', onClick);
    return () => {
      c.off('click', onClick);
    };
  }, [onClick]);

  return (
    <div ref={box} role="img" aria-label={ariaLabel} data-testid={testId} style={{ width: '100%', height }} />
  );
}
