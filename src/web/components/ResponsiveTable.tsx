import { Button, Card, Empty, Table, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { type HTMLAttributes, type Key, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from './usePhone.ts';

type Row = object;

/** A column's cell as the table would draw it. */
function cell<T extends Row>(c: ColumnType<T>, r: T, i: number): ReactNode {
  const value =
    c.dataIndex === undefined
      ? undefined
      : (r as Record<string, unknown>)[Array.isArray(c.dataIndex) ? c.dataIndex[0] : (c.dataIndex as string)];
  return c.render ? (c.render(value, r, i) as ReactNode) : (value as ReactNode);
}

/**
 * A table on a wide screen, a list of stacked cards on a phone: at 390 px a table's right-hand
 * columns (counts, results, cost) fall off the screen and statuses are cut ("Hoàn thành muộ").
 * Each card shows the first column as its heading and the others as "label: value" lines; a row's
 * expanded content opens under a button. Same columns, same render functions, same test ids.
 */
export function ResponsiveTable<T extends Row>(props: TableProps<T> & { 'data-testid'?: string }) {
  if (!usePhone()) return <Table<T> {...props} />;
  return <CardList {...props} />;
}

function CardList<T extends Row>(props: TableProps<T> & { 'data-testid'?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Set<Key>>(new Set());
  const rows = (props.dataSource ?? []) as T[];
  const columns = (props.columns ?? []) as ColumnType<T>[];
  const [head, ...rest] = columns;
  const keyOf = (r: T, i: number): Key =>
    typeof props.rowKey === 'function'
      ? props.rowKey(r, i)
      : ((r as Record<string, Key>)[(props.rowKey as string) ?? 'key'] ?? i);
  const expand = props.expandable;
  return (
    <div data-testid={props['data-testid']} style={{ display: 'grid', gap: 8 }}>
      {!rows.length && <Empty description={props.locale?.emptyText as ReactNode} />}
      {rows.map((r, i) => {
        const key = keyOf(r, i);
        const attrs = (props.onRow?.(r, i) ?? {}) as HTMLAttributes<HTMLDivElement>;
        const expandable = expand?.expandedRowRender && (expand.rowExpandable?.(r) ?? true);
        return (
          <Card key={key} size="small" {...attrs} styles={{ body: { padding: 12 } }}>
            {head && <div style={{ marginBottom: 6 }}>{cell(head, r, i)}</div>}
            {rest.map((c, ci) => {
              const value = cell(c, r, i);
              return (
                <div
                  key={String(c.key ?? c.dataIndex ?? ci)}
                  style={{ display: 'flex', gap: 8, justifyContent: 'space-between', alignItems: 'baseline' }}
                >
                  {c.title ? (
                    <span style={{ color: 'rgba(0,0,0,0.55)', fontSize: 13, flex: '0 0 auto' }}>
                      {c.title as ReactNode}
                    </span>
                  ) : null}
                  <span
                    style={{ textAlign: 'right', minWidth: 0, overflowWrap: 'anywhere', flex: '1 1 auto' }}
                  >
                    {value}
                  </span>
                </div>
              );
            })}
            {expandable && (
              <>
                <Button
                  size="small"
                  type="link"
                  style={{ paddingInline: 0 }}
                  onClick={() =>
                    setOpen((s) => {
                      const next = new Set(s);
                      if (!next.delete(key)) next.add(key);
                      return next;
                    })
                  }
                >
                  {open.has(key) ? t('common.less') : t('common.more')}
                </Button>
                {open.has(key) && expand.expandedRowRender!(r, i, 0, true)}
              </>
            )}
          </Card>
        );
      })}
    </div>
  );
}
