import { Grid, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetDto, BudgetLineFigure, ExpenditureDto } from '../../../shared/contracts/budget.ts';
import { formatDate, formatMoney, formatPercent } from '../../i18n/format.ts';

type ActivityRow = BudgetDto['byActivity'][number];
type UnitRow = BudgetDto['byUnit'][number];
type SourceRow = BudgetDto['bySource'][number];

const money = {
  align: 'right' as const,
  render: (v: number) => formatMoney(v),
  onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
};

/** A rate, red with "vượt phân bổ" when spending has passed the allocation. */
export function RateCell({ rate, over }: { rate: number | null; over: boolean }) {
  const { t } = useTranslation();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <span style={over ? { color: '#cf1322', fontWeight: 600 } : undefined}>{formatPercent(rate)}</span>
      {over && (
        <Tag color="error" style={{ marginInlineStart: 6, marginInlineEnd: 0 }} data-testid="over-tag">
          {t('budget.over')}
        </Tag>
      )}
    </span>
  );
}

type Figures = BudgetLineFigure & { over?: boolean };

/** On a phone the figures go under the name, so nothing has to be scrolled to sideways. */
function FiguresLine({ r }: { r: Figures }) {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0 12px', fontSize: 13, marginTop: 2 }}>
      <span>
        {t('budget.col.allocated')}: <b style={{ whiteSpace: 'nowrap' }}>{formatMoney(r.allocated)}</b>
      </span>
      <span>
        {t('budget.col.spent')}: <b style={{ whiteSpace: 'nowrap' }}>{formatMoney(r.spent)}</b>
      </span>
      <RateCell rate={r.rate} over={!!r.over} />
    </div>
  );
}

/**
 * A breakdown's columns: what the row is (`lead`, then `name`), then allocated, spent and rate;
 * on a phone the three figures stack under the name instead.
 */
function useBreakdownColumns<T extends Figures>(
  lead: TableColumnsType<T>,
  name: { title: string; render(r: T): ReactNode },
): { columns: TableColumnsType<T>; phone: boolean } {
  const { t } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  const nameColumn = {
    key: 'name',
    title: name.title,
    render: (_: unknown, r: T) =>
      phone ? (
        <>
          {name.render(r)}
          <FiguresLine r={r} />
        </>
      ) : (
        name.render(r)
      ),
  };
  if (phone) return { columns: [...lead, nameColumn], phone };
  return {
    phone,
    columns: [
      ...lead,
      nameColumn,
      { key: 'allocated', title: t('budget.col.allocated'), dataIndex: 'allocated', width: 150, ...money },
      { key: 'spent', title: t('budget.col.spent'), dataIndex: 'spent', width: 150, ...money },
      {
        key: 'rate',
        title: t('budget.col.rate'),
        width: 180,
        render: (_: unknown, r: T) => <RateCell rate={r.rate} over={!!r.over} />,
      },
    ],
  };
}

const table = { size: 'small' as const, pagination: false as const };

/** The plan's activities that have money or spending: allocated, spent, rate. */
export function ActivityTable({ rows }: { rows: ActivityRow[] }) {
  const { t } = useTranslation();
  const { columns, phone } = useBreakdownColumns<ActivityRow>(
    [{ key: 'no', title: t('budget.col.number'), dataIndex: 'numberLabel', width: 56 }],
    { title: t('budget.col.activity'), render: (r) => r.title },
  );
  return (
    <Table
      {...table}
      data-testid="budget-by-activity"
      rowKey="activityId"
      columns={columns}
      dataSource={rows.filter((r) => r.allocated > 0 || r.spent > 0)}
      scroll={phone ? undefined : { x: 780 }}
    />
  );
}

/** Each unit: its shares of the divided lines, all it spent, the rate; red when it passed a share. */
export function UnitTable({ rows }: { rows: UnitRow[] }) {
  const { t } = useTranslation();
  const { columns, phone } = useBreakdownColumns<UnitRow>([], {
    title: t('budget.col.unit'),
    render: (r) => r.name,
  });
  return (
    <Table
      {...table}
      data-testid="budget-by-unit"
      rowKey="organisationId"
      columns={columns}
      dataSource={rows}
      locale={{ emptyText: t('budget.noUnits') }}
      scroll={phone ? undefined : { x: 720 }}
    />
  );
}

/** The plan's funding sources with their legal basis, and what each has allocated and spent. */
export function SourceTable({ rows }: { rows: SourceRow[] }) {
  const { t } = useTranslation();
  const { columns, phone } = useBreakdownColumns<SourceRow & { over: boolean }>([], {
    title: t('budget.col.source'),
    render: (s) => (
      <>
        <div>{s.name}</div>
        {s.legalBasis && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('budget.col.legalBasis')}: {s.legalBasis}
          </Typography.Text>
        )}
      </>
    ),
  });
  return (
    <Table
      {...table}
      data-testid="budget-by-source"
      rowKey="key"
      columns={columns}
      dataSource={rows.map((r) => ({ ...r, over: r.allocated > 0 && r.spent > r.allocated }))}
      scroll={phone ? undefined : { x: 720 }}
    />
  );
}

/** The vouchers recorded, newest first: date, number, activity, source, amount, unit, what for. */
export function ExpenditureTable({ items, budget }: { items: ExpenditureDto[]; budget: BudgetDto }) {
  const { t } = useTranslation();
  const activity = new Map(budget.byActivity.map((a) => [a.activityId, a]));
  const source = new Map(budget.bySource.map((s) => [s.key, s.name]));
  const columns: TableColumnsType<ExpenditureDto> = [
    {
      key: 'date',
      title: t('budget.col.date'),
      dataIndex: 'spentOn',
      width: 104,
      render: (d: string) => formatDate(d),
    },
    { key: 'voucher', title: t('budget.col.voucher'), dataIndex: 'voucherNumber', width: 120 },
    { key: 'amount', title: t('budget.col.amount'), dataIndex: 'amount', width: 140, ...money },
    {
      key: 'activity',
      title: t('budget.col.activity'),
      render: (_, e) => {
        const a = activity.get(e.activityId);
        return a ? `${a.numberLabel}. ${a.title}` : '—';
      },
      ellipsis: { showTitle: true },
    },
    {
      key: 'source',
      title: t('budget.col.source'),
      width: 150,
      render: (_, e) => source.get(e.sourceKey) ?? e.sourceKey,
      ellipsis: { showTitle: true },
    },
    { key: 'unit', title: t('budget.col.unit'), dataIndex: 'organisationName', width: 170 },
    { key: 'description', title: t('budget.col.description'), dataIndex: 'description', ellipsis: true },
  ];
  return (
    <Table
      data-testid="budget-expenditures"
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={items}
      pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: t('budget.expenditures.none') }}
      scroll={{ x: 940 }}
    />
  );
}
