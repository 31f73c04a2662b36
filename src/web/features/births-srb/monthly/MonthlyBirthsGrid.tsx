import { useQuery } from '@tanstack/react-query';
import { Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonthlyBirthsGridRow } from '../../../../shared/contracts/srb.ts';
import { get, qs } from '../../../app/api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { fmtCount } from '../srb-format.ts';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const sum = (list: (number | null)[]) => list.reduce<number>((s, v) => s + (v ?? 0), 0);

/**
 * Every station's monthly births of a year at a glance (communes × months, read-only): "—" where a
 * month has nothing yet, grey italics where its births came from an imported file, not the form. A commune's name opens its own form, where months are entered.
 */
export function MonthlyBirthsGrid({ year, onOpen }: { year: number; onOpen(unitId: number): void }) {
  const { t } = useTranslation();
  const grid = useQuery({
    queryKey: ['births', 'monthly-grid', year],
    queryFn: () =>
      get<{ items: MonthlyBirthsGridRow[] }>(`/api/births/monthly/grid${qs({ year })}`).then((r) => r.items),
  });
  const data = grid.data ?? [];
  return (
    <>
      <ErrorAlert error={grid.error} />
      <Table<MonthlyBirthsGridRow>
        data-testid="monthly-grid"
        rowKey="unitId"
        size="small"
        loading={grid.isFetching && !grid.data}
        dataSource={data}
        pagination={false}
        scroll={{ x: 1100 }}
        title={() => t('srb.monthly.gridTitle', { year })}
        columns={[
          {
            title: t('srb.monthly.commune'),
            key: 'unit',
            fixed: 'left',
            width: 190,
            render: (_, r) => (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(r.unitId)}>
                {r.unitName}
              </Button>
            ),
          },
          ...MONTHS.map((m) => ({
            title: `${String(m).padStart(2, '0')}`,
            key: `m${m}`,
            align: 'right' as const,
            width: 62,
            render: (_: unknown, r: MonthlyBirthsGridRow) =>
              r.months[m - 1] == null ? (
                '—'
              ) : r.fromFile[m - 1] ? (
                <Typography.Text type="secondary" italic title={t('srb.monthly.fromFile')}>
                  {fmtCount(r.months[m - 1]!)}
                </Typography.Text>
              ) : (
                fmtCount(r.months[m - 1]!)
              ),
          })),
          {
            title: t('srb.monthly.sum'),
            key: 'sum',
            align: 'right' as const,
            width: 80,
            render: (_: unknown, r: MonthlyBirthsGridRow) => <strong>{fmtCount(sum(r.months))}</strong>,
          },
          {
            title: t('srb.monthly.entered'),
            key: 'entered',
            align: 'right' as const,
            width: 90,
            render: (_: unknown, r: MonthlyBirthsGridRow) => `${r.months.filter((v) => v != null).length}/12`,
          },
        ]}
        summary={() =>
          data.length ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>{t('srb.monthly.totalRow')}</strong>
              </Table.Summary.Cell>
              {MONTHS.map((m) => (
                <Table.Summary.Cell key={m} index={m} align="right">
                  {fmtCount(sum(data.map((r) => r.months[m - 1])))}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={13} align="right">
                <strong>{fmtCount(sum(data.flatMap((r) => r.months)))}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={14} />
            </Table.Summary.Row>
          ) : null
        }
      />
    </>
  );
}
