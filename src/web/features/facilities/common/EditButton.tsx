import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ColumnType } from 'antd/es/table';

/** A small pencil button whose label is said to screen readers and shown on hover. */
export function EditButton({ label, onClick, testId }: { label: string; onClick(): void; testId?: string }) {
  return (
    <Button
      size="small"
      icon={<EditOutlined />}
      aria-label={label}
      title={label}
      onClick={onClick}
      data-testid={testId}
    />
  );
}

/** The last column of a table whose rows the user may edit. */
export function editColumn<T>(label: (row: T) => string, onEdit: (row: T) => void): ColumnType<T> {
  return {
    title: '',
    key: 'edit',
    width: 48,
    render: (_, row) => <EditButton label={label(row)} onClick={() => onEdit(row)} />,
  };
}
