import type { UseQueryResult } from '@tanstack/react-query';
import { Table, type TableProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';

/**
 * The rows a query loads, in a small table that scrolls sideways inside itself below `minWidth`
 * (so a phone's page never does), with the server's message when the query fails.
 */
export function QueryTable<T extends object>({
  query,
  columns,
  minWidth,
  empty,
  pagination = false,
  testId,
}: {
  query: Pick<UseQueryResult<T[]>, 'data' | 'error' | 'isLoading'>;
  columns: ColumnsType<T>;
  minWidth: number;
  empty?: string;
  pagination?: TableProps<T>['pagination'];
  testId: string;
}) {
  return (
    <>
      <ErrorAlert error={query.error} />
      <Table<T>
        data-testid={testId}
        rowKey={(r) => (r as { id?: string }).id ?? JSON.stringify(r)}
        size="small"
        loading={query.isLoading}
        dataSource={query.data ?? []}
        columns={columns}
        scroll={{ x: minWidth }}
        pagination={pagination}
        locale={empty ? { emptyText: empty } : undefined}
      />
    </>
  );
}
