import type { ReactNode } from 'react';

/** A page's title and, beside it, its actions (wrapping under it on a phone). Plain elements: the station's first page has it. */
export function PageHeader({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', marginBottom: 16 }}>
      <h3 style={{ margin: 0, flex: '1 1 auto', fontSize: 24, fontWeight: 600, lineHeight: 1.35 }}>
        {title}
      </h3>
      {extra && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>{extra}</div>
      )}
    </div>
  );
}
