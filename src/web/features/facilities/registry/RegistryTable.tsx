import { PlusOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type ReactNode, useState } from 'react';
import { useMe } from '../../../app/auth.tsx';
import { facilityAccess } from '../access.ts';
import type { RegistryFilter } from '../api.ts';
import { QueryTable } from '../common/QueryTable.tsx';
import type { RegistryEntry } from './columns.tsx';
import { RegistryFilters, useRegistryFilter } from './RegistryFilters.tsx';

/** A registry list's state: its filters, what the server answers to them, the entry being edited. */
export function useRegistryList<T>(useList: (f: RegistryFilter) => UseQueryResult<T[]>) {
  const filter = useRegistryFilter();
  const query = useList(filter.filter);
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  return { filter, query, editing, setEditing, access: facilityAccess(useMe()) };
}

/**
 * A registry list (facilities or people): the add button and other actions for those who register,
 * the filters, and the entries 50 a page, scrolling sideways inside the table on a phone.
 */
export function RegistryTable<T extends RegistryEntry>({
  list,
  add,
  actions,
  kinds,
  columns,
  empty,
  testId,
}: {
  list: ReturnType<typeof useRegistryList<T>>;
  add: string;
  actions?: ReactNode;
  kinds?: boolean;
  columns: ColumnsType<T>;
  empty: string;
  testId: string;
}) {
  const { filter, query, access } = list;
  return (
    <>
      {access.register && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => list.setEditing('new')}
            data-testid={`${testId}-add`}
          >
            {add}
          </Button>
          {actions}
        </Space>
      )}
      <RegistryFilters
        state={filter.state}
        onChange={filter.setState}
        kinds={kinds}
        communes={!access.commune}
        count={query.data?.length}
      />
      <QueryTable<T>
        query={query}
        columns={columns}
        minWidth={880}
        empty={empty}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        testId={testId}
      />
    </>
  );
}
