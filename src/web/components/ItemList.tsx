import { Skeleton, Typography, theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * A plain list of rows (antd's List is deprecated from 6.6, and its replacement Listy is a bare
 * virtual scroller). The wrapper is always there, so a test id on it is found while data load.
 */
export function ItemList<T>({
  items,
  rowKey,
  renderItem,
  loading,
  empty,
  testId,
}: {
  items: readonly T[] | undefined;
  rowKey(item: T): string | number;
  renderItem(item: T): ReactNode;
  loading?: boolean;
  empty?: ReactNode;
  testId?: string;
}) {
  const { token } = theme.useToken();
  const list = items ?? [];
  return (
    <div data-testid={testId} aria-busy={loading || undefined}>
      {loading && list.length === 0 ? (
        <Skeleton active title={false} paragraph={{ rows: 2 }} />
      ) : list.length === 0 ? (
        typeof empty === 'string' ? (
          <Typography.Text type="secondary" style={{ display: 'block', padding: '8px 0' }}>
            {empty}
          </Typography.Text>
        ) : (
          empty
        )
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, opacity: loading ? 0.6 : 1 }}>
          {list.map((item, i) => (
            <li
              key={rowKey(item)}
              style={{ borderBottom: i < list.length - 1 ? `1px solid ${token.colorSplit}` : undefined }}
            >
              {renderItem(item)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One row: a title, a grey line under it, something on the right; a button when `onClick` is given. */
export function ItemRow({
  title,
  description,
  extra,
  onClick,
  selected,
  testId,
}: {
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
  onClick?(): void;
  selected?: boolean;
  testId?: string;
}) {
  const { token } = theme.useToken();
  const style: CSSProperties = {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: 8,
    width: '100%',
    padding: 8,
    border: 'none',
    borderRadius: token.borderRadiusSM,
    background: selected ? token.colorPrimaryBg : 'transparent',
    font: 'inherit',
    color: 'inherit',
    textAlign: 'start',
  };
  const content = (
    <>
      <span style={{ display: 'block', minWidth: 0, flex: '1 1 auto', overflowWrap: 'anywhere' }}>
        <span style={{ display: 'block' }}>{title}</span>
        {description && (
          <span style={{ display: 'block', color: token.colorTextSecondary, fontSize: token.fontSizeSM }}>
            {description}
          </span>
        )}
      </span>
      {extra && <span style={{ flex: '0 0 auto', color: token.colorTextTertiary }}>{extra}</span>}
    </>
  );
  return onClick ? (
    <button
      type="button"
      data-testid={testId}
      aria-pressed={!!selected}
      onClick={onClick}
      style={{ ...style, cursor: 'pointer' }}
    >
      {content}
    </button>
  ) : (
    <div data-testid={testId} style={style}>
      {content}
    </div>
  );
}
