export type KeySymbol = 'band' | 'line' | 'dashed' | 'dot' | 'hollow';

export interface KeyItem {
  symbol: KeySymbol;
  color: string;
  label: string;
}

/** A tiny drawing of how the chart shows the item: a band, a line, a dot with its error bar. */
function KeyGlyph({ symbol, color }: Omit<KeyItem, 'label'>) {
  const bar = <path d="M3 10 H25 M3 6 V14 M25 6 V14" stroke={color} strokeWidth="1.5" fill="none" />;
  const shape = {
    band: <rect x="1" y="4" width="26" height="12" fill={color} />,
    line: <path d="M1 10 H27" stroke={color} strokeWidth="2.5" />,
    dashed: <path d="M1 10 H27" stroke={color} strokeWidth="1.5" strokeDasharray="4 3" />,
    dot: (
      <>
        {bar}
        <circle cx="14" cy="10" r="4" fill={color} />
      </>
    ),
    hollow: (
      <>
        {bar}
        <circle cx="14" cy="10" r="3.5" fill="#fff" stroke={color} strokeWidth="1.5" />
      </>
    ),
  }[symbol];
  return (
    <svg width="28" height="20" viewBox="0 0 28 20" aria-hidden style={{ flex: '0 0 auto' }}>
      {shape}
    </svg>
  );
}

/**
 * The key of a chart, in the page rather than in the canvas: it wraps on a phone, reads like
 * text, and ECharts' legend component stays out of the bundle.
 */
export function ChartKey({ items, testId }: { items: KeyItem[]; testId?: string }) {
  return (
    <div
      data-testid={testId}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '2px 16px', fontSize: 13, margin: '4px 0' }}
    >
      {items.map((i) => (
        <span key={i.label} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
          <KeyGlyph symbol={i.symbol} color={i.color} />
          {i.label}
        </span>
      ))}
    </div>
  );
}
