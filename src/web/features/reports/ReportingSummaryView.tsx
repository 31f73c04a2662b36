import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SUMMARY_STATUSES, type SummaryStatus } from '../../../shared/contracts/report-statuses.ts';
import type { ReportingSummaryDto } from '../../../shared/contracts/reports.ts';
import { qs } from '../../app/api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, formatPercent, periodName } from '../../i18n/format.ts';
import { useReportingSummary } from './api.ts';

type Row = ReportingSummaryDto['rows'][number];
type Cell = Row['cells'][number];

// Red for what needs chasing (overdue, returned), gold for what waits on the reviewer, green for
// what is done, blue for what is owed now, grey for what is not owed yet.
export const SUMMARY_STATUS_COLORS: Record<SummaryStatus, string> = {
  notDue: 'default',
  due: 'processing',
  overdue: 'volcano',
  submitted: 'gold',
  returned: 'error',
  accepted: 'success',
};

function SummaryCell({ cell, unit }: { cell: Cell; unit: string }) {
  const { t } = useTranslation();
  const tag = (
    <Tag color={SUMMARY_STATUS_COLORS[cell.status]} style={{ marginInlineEnd: 0 }}>
      {t(`reports.summary.statuses.${cell.status}`)}
    </Tag>
  );
  return (
    <div data-testid={`summary-cell-${unit}-${cell.periodNo}`} data-status={cell.status}>
      {cell.reportId ? <Link to={`/reports/${cell.reportId}`}>{tag}</Link> : tag}
      {cell.onTime !== null && (
        <div>
          <Typography.Text type={cell.onTime ? 'success' : 'warning'} style={{ fontSize: 12 }}>
            {t(cell.onTime ? 'reports.summary.onTime' : 'reports.summary.late')}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

/** A rate with its count under it: "50,0%" over "2/4". */
function Rate({ rate, received, expected }: { rate: number | null; received: number; expected: number }) {
  return (
    <>
      <Typography.Text strong>{formatPercent(rate)}</Typography.Text>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {received}/{expected}
        </Typography.Text>
      </div>
    </>
  );
}

/**
 * The reporting-rate summary (DHIS2's): every unit the reader may see × every period of the duty,
 * a tag per cell, the rate of each unit over the year, of each period and of the whole table.
 */
export function ReportingSummaryView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SummaryStatus | undefined>();
  const q = useReportingSummary(planId, status);
  const data = q.data;
  return (
    <Card
      title={t('reports.summary.title')}
      style={{ marginTop: 16 }}
      data-testid="reporting-summary"
      styles={{ header: { flexWrap: 'wrap' } }}
      extra={
        <Space wrap>
          <Select<SummaryStatus>
            data-testid="summary-status"
            allowClear
            placeholder={t('reports.summary.allStatuses')}
            aria-label={t('reports.summary.status')}
            style={{ minWidth: 180 }}
            value={status}
            onChange={(v) => setStatus(v ?? undefined)}
            options={SUMMARY_STATUSES.map((s) => ({ value: s, label: t(`reports.summary.statuses.${s}`) }))}
          />
          <Button
            size="small"
            icon={<DownloadOutlined />}
            href={`/api/plans/${planId}/reporting-summary${qs({ format: 'xlsx', status })}`}
            data-testid="summary-xlsx"
          >
            {t('reports.summary.xlsx')}
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={q.error} />
      <Typography.Paragraph type="secondary">{t('reports.summary.hint')}</Typography.Paragraph>
      <Table<Row>
        size="small"
        bordered
        loading={q.isLoading}
        rowKey="organisationId"
        dataSource={data?.rows}
        pagination={(data?.rows.length ?? 0) > 100 ? { pageSize: 100 } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('reports.summary.nobody') }}
        onRow={(r) =>
          ({ 'data-testid': `summary-row-${r.organisationName}` }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('reports.summary.unit'),
            key: 'unit',
            fixed: 'left',
            width: 200,
            render: (_, r) => (
              <>
                {r.organisationName}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.adminUnitName}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          ...(data?.periods ?? []).map((p, i) => ({
            key: `p${p.no}`,
            align: 'center' as const,
            title: (
              <>
                {periodName(p.label)}
                <div style={{ fontWeight: 400, fontSize: 12 }}>
                  {t('reports.summary.due', { date: formatDate(p.due) })}
                </div>
              </>
            ),
            render: (_: unknown, r: Row) => <SummaryCell cell={r.cells[i]} unit={r.organisationName} />,
          })),
          {
            title: t('reports.summary.rate'),
            key: 'rate',
            align: 'right',
            render: (_, r) => <Rate rate={r.reportingRate} received={r.received} expected={r.expected} />,
          },
          {
            title: t('reports.summary.onTimeRate'),
            key: 'onTimeRate',
            align: 'right',
            render: (_, r) => <Rate rate={r.onTimeRate} received={r.onTime} expected={r.expected} />,
          },
        ]}
        summary={() =>
          data && (
            <Table.Summary fixed>
              <Table.Summary.Row data-testid="summary-period-rates">
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t('reports.summary.periodRate')}</Typography.Text>
                </Table.Summary.Cell>
                {data.periods.map((p, i) => (
                  <Table.Summary.Cell key={p.no} index={i + 1} align="center">
                    <span data-testid={`summary-period-rate-${p.no}`}>
                      <Rate rate={p.reportingRate} received={p.received} expected={p.expected} />
                    </span>
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={data.periods.length + 1} align="right">
                  <span data-testid="summary-overall-rate">
                    <Rate
                      rate={data.overall.reportingRate}
                      received={data.overall.received}
                      expected={data.overall.expected}
                    />
                  </span>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={data.periods.length + 2} align="right">
                  <Rate
                    rate={data.overall.onTimeRate}
                    received={data.overall.onTime}
                    expected={data.overall.expected}
                  />
                </Table.Summary.Cell>
              </Table.Summary.Row>
            </Table.Summary>
          )
        }
      />
    </Card>
  );
}
