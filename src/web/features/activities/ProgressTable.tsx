import { Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityProgressRow, OutputProgress } from '../../../shared/contracts/activity-records.ts';
import { HowComputedLink } from '../../components/HowComputed.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { formatFigureUnit, formatMoney, formatNumber } from '../../i18n/format.ts';
import { StatusTag } from './StatusTag.tsx';

const n = (x: number) => formatNumber(x);
const pct = (x: number) => `${formatNumber(x * 100, 0)}%`;

/** Each planned output on its own line, in its own unit: done / planned with a bar, and its share rule. */
function Outputs({ row }: { row: ActivityProgressRow }) {
  const { t } = useTranslation();
  if (!row.outputs.length) return <span>—</span>;
  const line = (o: OutputProgress, i: number) => (
    <div
      key={i}
      // 160 px in a table column; never wider than the card line on a phone.
      style={{ minWidth: 'min(160px, 100%)', marginBottom: 4 }}
      data-testid={`progress-output-${row.numberLabel}-${i}`}
    >
      <div style={{ fontSize: 13 }}>
        {o.planned != null
          ? `${n(o.done)} / ${formatFigureUnit(o.planned, o.unit)}`
          : `${formatFigureUnit(o.done, o.unit)} (${t('activities.progress.unplanned')})`}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        {o.description}
      </Typography.Text>
      {o.shareOf && (
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12, display: 'block' }}
          data-testid="output-share"
        >
          {t(`activities.progress.share.${o.shareOf.rule}`, {
            of: formatFigureUnit(o.shareOf.of, o.unit),
            units: n(o.shareOf.units),
          })}
        </Typography.Text>
      )}
      {o.rate != null && (
        <Progress
          percent={Math.min(100, Math.round(o.rate * 100))}
          format={() => pct(o.rate ?? 0)}
          size="small"
          status={o.rate >= 1 ? 'success' : 'normal'}
        />
      )}
    </div>
  );
  return (
    <div>
      {row.outputs.map(line)}
      {row.outputRate != null && (
        <div style={{ fontSize: 12 }} data-testid={`progress-rate-${row.numberLabel}`}>
          {t('activities.progress.meanRate', { rate: pct(row.outputRate) })}{' '}
          <HowComputedLink
            figure="activity.rate"
            inputs={row.outputs
              .filter((o) => o.rate != null)
              .map((o) => ({ label: `${o.description} (${o.unit ?? ''})`, value: pct(o.rate ?? 0) }))}
          />
        </div>
      )}
    </div>
  );
}

/** Spending by vouchers (the one truth for money) with the records' costs beside it. */
function Money({ row }: { row: ActivityProgressRow }) {
  const { t } = useTranslation();
  const m = row.money;
  return (
    <div style={{ fontSize: 13 }} data-testid={`progress-money-${row.numberLabel}`}>
      <div>
        {t('money.byVouchers')}: {formatMoney(m.vouchers)}
        {m.allocated > 0 && ` / ${formatMoney(m.allocated)}`}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('money.byRecords')}: {formatMoney(m.records)}
      </Typography.Text>
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
          <Table<ActivityProgressRow['units'][number]>
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
              {
                title: t('activities.progress.quantity'),
                key: 'quantities',
                align: 'right',
                render: (_, u) => u.quantities.map((q) => formatFigureUnit(q.done, q.unit)).join('; ') || '—',
              },
              {
                title: t('activities.progress.cost'),
                dataIndex: 'cost',
                align: 'right',
                render: formatMoney,
              },
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
          title: (
            <span>
              {t('activities.progress.quantity')} <HowComputedLink figure="output.done" />
            </span>
          ),
          key: 'quantity',
          width: 220,
          render: (_, r) => <Outputs row={r} />,
        },
        {
          title: t('activities.progress.cost'),
          key: 'cost',
          width: 210,
          render: (_, r) => <Money row={r} />,
        },
      ]}
    />
  );
}
