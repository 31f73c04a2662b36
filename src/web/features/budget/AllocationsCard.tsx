import { Button, Card, Grid, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetAllocationLineDto } from '../../../shared/contracts/budget.ts';
import { formatMoney } from '../../i18n/format.ts';
import { AllocationDrawer } from './AllocationDrawer.tsx';

const money = (v: number) => <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(v)}</span>;

/**
 * The plan's budget lines (activity × source) and how much of each is divided among units; the
 * province opens a line to divide it. Units read the same table, without the button.
 */
export function AllocationsCard({
  planId,
  lines,
  canAllocate,
}: {
  planId: string;
  lines: BudgetAllocationLineDto[];
  canAllocate: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ activityId: string; sourceKey: string } | null>(null);
  // The drawer reads the line from the latest list, so a save shows at once.
  const current =
    open && lines.find((l) => l.activityId === open.activityId && l.sourceKey === open.sourceKey);
  const phone = !Grid.useBreakpoint().md;
  const divide = (l: BudgetAllocationLineDto) =>
    canAllocate && (
      <Button
        size="small"
        onClick={() => setOpen({ activityId: l.activityId, sourceKey: l.sourceKey })}
        data-testid="allocation-open"
      >
        {t('budget.allocations.divide')}
      </Button>
    );
  const activity = {
    key: 'activity',
    title: t('budget.col.activity'),
    render: (_: unknown, l: BudgetAllocationLineDto) => (
      <>
        <div>{l.title}</div>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {l.sourceName}
        </Typography.Text>
        {/* On a phone the amounts and the button stay under the activity, never off the screen. */}
        {phone && (
          <div style={{ fontSize: 13, marginTop: 4 }}>
            {t('budget.allocations.lineAmounts', {
              amount: formatMoney(l.amount),
              divided: formatMoney(l.divided),
              left: formatMoney(l.amount - l.divided),
            })}
            <div style={{ marginTop: 4 }}>{divide(l)}</div>
          </div>
        )}
      </>
    ),
  };
  const number = { key: 'no', title: t('budget.col.number'), dataIndex: 'numberLabel', width: 56 };
  const columns: TableColumnsType<BudgetAllocationLineDto> = phone
    ? [number, activity]
    : [
        number,
        activity,
        {
          key: 'amount',
          title: t('budget.col.line'),
          dataIndex: 'amount',
          align: 'right',
          width: 150,
          render: money,
        },
        {
          key: 'divided',
          title: t('budget.col.divided'),
          dataIndex: 'divided',
          align: 'right',
          width: 150,
          render: money,
        },
        {
          key: 'left',
          title: t('budget.col.left'),
          align: 'right',
          width: 150,
          render: (_, l) => money(l.amount - l.divided),
        },
        ...(canAllocate
          ? [{ key: 'action', width: 110, render: (_: unknown, l: BudgetAllocationLineDto) => divide(l) }]
          : []),
      ];
  return (
    <Card
      size="small"
      title={t('budget.allocations.title')}
      style={{ marginBottom: 16 }}
      styles={{ body: { padding: 0 } }}
      data-testid="budget-allocations"
    >
      {canAllocate && (
        <Typography.Paragraph type="secondary" style={{ margin: 12 }}>
          {t('budget.allocations.hint')}
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey={(l) => `${l.activityId}|${l.sourceKey}`}
        columns={columns}
        dataSource={lines}
        pagination={false}
        scroll={phone ? undefined : { x: canAllocate ? 880 : 770 }}
      />
      {current && <AllocationDrawer planId={planId} line={current} onClose={() => setOpen(null)} />}
    </Card>
  );
}
