import { useQuery } from '@tanstack/react-query';
import { DatePicker, Input, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryDto } from '../../../shared/contracts/audit.ts';
import { formatDateTimeVi } from '../../../shared/format/index.ts';
import { get, qs } from '../../app/api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';

const ENTITIES = ['admin_units', 'organisations', 'users'] as const;

/** The fields a change touched, with their values before and after. */
function changedFields(e: AuditEntryDto): { field: string; before: unknown; after: unknown }[] {
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => !['updated_at', 'version'].includes(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  return keys.map((field) => ({ field, before: before[field], after: after[field] }));
}

const show = (v: unknown) =>
  v === undefined || v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);

export default function AuditPage() {
  const { t } = useTranslation();
  const [user, setUser] = useState('');
  const [entity, setEntity] = useState<string | undefined>();
  const [unit, setUnit] = useState<number | null>(null);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const params = {
    user,
    entity,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
    page,
    pageSize: 50,
  };
  const audit = useQuery({
    queryKey: ['audit', params],
    queryFn: () => get<{ items: AuditEntryDto[]; total: number }>(`/api/audit${qs(params)}`),
  });

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          placeholder={t('audit.user')}
          allowClear
          onSearch={(v) => {
            setUser(v);
            setPage(1);
          }}
          style={{ width: 200 }}
        />
        <Select
          allowClear
          placeholder={t('audit.entity')}
          value={entity}
          onChange={(v) => {
            setEntity(v);
            setPage(1);
          }}
          options={ENTITIES.map((e) => ({ value: e, label: t(`audit.entities.${e}`) }))}
          style={{ width: 220 }}
        />
        <UnitPicker
          placeholder={t('audit.unit')}
          value={unit}
          onChange={(v) => {
            setUnit(v);
            setPage(1);
          }}
          style={{ width: 220 }}
        />
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          value={range}
          onChange={(v) => {
            setRange(v);
            setPage(1);
          }}
        />
      </Space>
      <ErrorAlert error={audit.error} />
      <Table
        rowKey="id"
        size="small"
        loading={audit.isLoading}
        dataSource={audit.data?.items ?? []}
        scroll={{ x: 800 }}
        pagination={{
          current: page,
          pageSize: 50,
          total: audit.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        expandable={{
          rowExpandable: (e) => changedFields(e).length > 0,
          expandedRowRender: (e) => (
            <Table
              size="small"
              pagination={false}
              rowKey="field"
              dataSource={changedFields(e)}
              columns={[
                { title: t('audit.field'), dataIndex: 'field' },
                { title: t('audit.before'), dataIndex: 'before', render: show },
                { title: t('audit.after'), dataIndex: 'after', render: show },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', render: (v) => formatDateTimeVi(v), width: 150 },
          { title: t('audit.user'), dataIndex: 'actorUsername', render: (v) => v ?? t('audit.system') },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            render: (v: string) => t(`audit.actions.${v}`, { defaultValue: v }),
          },
          {
            title: t('audit.entity'),
            dataIndex: 'entity',
            render: (v: string) => t(`audit.entities.${v}`, { defaultValue: v }),
          },
          { title: t('audit.unit'), dataIndex: 'adminUnitName' },
        ]}
      />
    </>
  );
}
