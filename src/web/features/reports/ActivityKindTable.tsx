import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../../i18n/format.ts';
import '../activities/messages.ts';

type Row = { kind: string; records: number; participants: number; cost: number };

/** Activities by kind (times, participants, cost): a unit's report figures, or the whole plan's. */
export function ActivityKindTable({
  activities,
  total,
  testId,
}: {
  activities: Row[];
  /** A "Cộng" row below (the consolidated report's total). */
  total?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const sum = (f: (r: Row) => number) => activities.reduce((s, a) => s + f(a), 0);
  return (
    <Table<Row>
      size="small"
      rowKey="kind"
      dataSource={activities}
      pagination={false}
      scroll={{ x: 560 }}
      data-testid={testId}
      locale={{ emptyText: t('reports.figures.noActivities') }}
      columns={[
        { title: t('reports.figures.kind'), key: 'kind', render: (_, r) => t(`activities.kinds.${r.kind}`) },
        {
          title: t('reports.figures.records'),
          key: 'records',
          align: 'right',
          render: (_, r) => formatNumber(r.records),
        },
        {
          title: t('reports.figures.participants'),
          key: 'participants',
          align: 'right',
          render: (_, r) => formatNumber(r.participants),
        },
        {
          title: t('reports.figures.cost'),
          key: 'cost',
          align: 'right',
          render: (_, r) => formatMoney(r.cost),
        },
      ]}
      summary={
        total
          ? () => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>{t('reports.figures.total')}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  <strong data-testid={testId && `${testId}-records`}>
                    {formatNumber(sum((a) => a.records))}
                  </strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {formatNumber(sum((a) => a.participants))}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {formatMoney(sum((a) => a.cost))}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )
          : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
