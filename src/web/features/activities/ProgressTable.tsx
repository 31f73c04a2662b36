import { Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityProgressRow } from '../../../shared/contracts/activity-records.ts';
import { formatNumberVi, formatVnd } from '../../../shared/format/index.ts';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { StatusTag } from './StatusTag.tsx';

const n = (x: number) => formatNumberVi(x);

/** Done against planned as a bar, when something was planned. */
function Against({ done, planned, money }: { done: number; planned: number; money?: boolean }) {
  const f = money ? formatVnd : n;
  if (!planned) return <span>{done ? f(done) : '—'}</span>;
  const pct = Math.round((done / planned) * 100);
  return (
    <div style={{ minWidth: 120 }}>
      <div style={{ fontSize: 13 }}>
        {f(done)} / {f(planned)}
      </div>
      <Progress
        percent={Math.min(100, pct)}
        format={() => `${pct}%`}
        size="small"
        status={pct >= 100 ? 'success' : 'normal'}
      />
    </div>
  );
}

/** Planned against done, one row per activity; a row opens onto the units that recorded it. */
export function ProgressTable({ rows }: { rows: ActivityProgressRow[] }) {
  const { t } = useTranslation();
  return (
    <ResponsiveTable<ActivityProgressRow>
      data-testid="progress-table"
      rowKey="activityId"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 820 }}
      onRow={(r) => ({ 'data-testid': `progress-row-${r.numberLabel}` }) as React.HTMLAttributes<HTMLElement>}
      expandable={{
        rowExpandable: (r) => r.units.length > 0,
        expandedRowRender: (r) => (
          <Table
            size="small"
            rowKey="adminUnitId"
            pagination={false}
            dataSource={r.units}
            data-testid={`progress-units-${r.numberLabel}`}
            columns={[
              { title: t('activities.progress.unit'), dataIndex: 'name' },
              { title: t('activities.progress.records'), dataIndex: 'records', align: 'right', render: n },
              {
                title: t('activities.progress.people'),
                dataIndex: 'participants',
                align: 'right',
                render: n,
              },
              { title: t('activities.progress.quantity'), dataIndex: 'quantity', align: 'right', render: n },
              { title: t('activities.progress.cost'), dataIndex: 'cost', align: 'right', render: formatVnd },
            ]}
          />
        ),
      }}
      columns={[
        {
          title: t('activities.progress.activity'),
          key: 'activity',
          width: 300,
          render: (_, r) => (
            <div>
              <Typography.Text strong>{r.numberLabel}.</Typography.Text>{' '}
              <Typography.Text>{r.title}</Typography.Text>
              {r.kind && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`activities.kinds.${r.kind}`, { defaultValue: '' })}
                  </Typography.Text>
                </div>
              )}
            </div>
          ),
        },
        {
          title: t('activities.progress.status'),
          key: 'status',
          width: 130,
          render: (_, r) => <StatusTag status={r.status} />,
        },
        {
          title: t('activities.progress.records'),
          key: 'records',
          align: 'right',
          width: 70,
          render: (_, r) => (
            <span data-testid={`progress-records-${r.numberLabel}`}>{n(r.done.records)}</span>
          ),
        },
        {
          title: t('activities.progress.people'),
          key: 'people',
          align: 'right',
          width: 80,
          render: (_, r) => n(r.done.participants),
        },
        {
          title: t('activities.progress.quantity'),
          key: 'quantity',
          width: 150,
          render: (_, r) => <Against done={r.done.quantity} planned={r.planned.quantity} />,
        },
        {
          title: t('activities.progress.cost'),
          key: 'cost',
          width: 190,
          render: (_, r) => <Against done={r.done.cost} planned={r.planned.budget} money />,
        },
      ]}
    />
  );
}
