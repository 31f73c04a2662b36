import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExpectedReportDto, ReportCompletenessDto } from '../../../shared/contracts/reports.ts';
import { HowComputedLink } from '../../components/HowComputed.tsx';
import { formatDate, formatDateTime, formatPercent, periodName } from '../../i18n/format.ts';
import { ReportStatusTag, TimelinessTag } from './ReportStatusTag.tsx';

function BigFigure({
  label,
  rate,
  count,
  testId,
  figure,
}: {
  label: string;
  rate: number | null;
  count: string;
  testId: string;
  /** Its definition in the figures catalogue, opened by "Cách tính". */
  figure: string;
}) {
  return (
    <div style={{ flex: '1 1 200px' }} data-testid={testId}>
      <Typography.Text type="secondary">{label}</Typography.Text> <HowComputedLink figure={figure} />
      <div style={{ fontSize: 36, fontWeight: 600, lineHeight: 1.2 }} data-testid={`${testId}-rate`}>
        {formatPercent(rate)}
      </div>
      <Typography.Text data-testid={`${testId}-count`}>{count}</Typography.Text>
    </div>
  );
}

// Those awaiting review first, then the returned, the accepted, the drafting, the not started.
const ORDER = ['submitted', 'returned', 'accepted', 'draft', 'missing'] as const;
const byStatus = (a: ExpectedReportDto, b: ExpectedReportDto) =>
  ORDER.indexOf(a.status) - ORDER.indexOf(b.status);

/** Who has reported for the period: the two rates as big figures, then every expected unit. */
export function CompletenessView({ data }: { data: ReportCompletenessDto }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('reports.completeness.title', { period: periodName(data.period.label) })}
      extra={
        <Space wrap>
          <Typography.Text type="secondary">
            {t('reports.due', { date: formatDate(data.period.due) })}
          </Typography.Text>
          {/* The province's consolidated report, built from the reports received so far. */}
          <Button
            size="small"
            icon={<DownloadOutlined />}
            href={`/api/plans/${data.planId}/consolidated-report?format=docx&period=${data.period.no}&year=${data.period.year}`}
            data-testid="consolidated-docx"
          >
            {t('reports.completeness.consolidatedDocx')}
          </Button>
          <Button
            size="small"
            icon={<DownloadOutlined />}
            href={`/api/plans/${data.planId}/consolidated-report?format=xlsx&period=${data.period.no}&year=${data.period.year}`}
          >
            {t('reports.completeness.consolidatedXlsx')}
          </Button>
        </Space>
      }
      data-testid="report-completeness"
      styles={{ header: { flexWrap: 'wrap' } }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginBottom: 12 }}>
        <BigFigure
          testId="reporting-rate"
          figure="reports.reportingRate"
          label={t('reports.completeness.reportingRate')}
          rate={data.reportingRate}
          count={t('reports.completeness.received', { received: data.received, expected: data.expected })}
        />
        <BigFigure
          testId="on-time-rate"
          figure="reports.onTimeRate"
          label={t('reports.completeness.onTimeRate')}
          rate={data.onTimeRate}
          count={t('reports.completeness.timely', { onTime: data.onTime, expected: data.expected })}
        />
      </div>
      <Progress
        percent={data.expected ? (data.received / data.expected) * 100 : 0}
        success={{ percent: data.expected ? (data.onTime / data.expected) * 100 : 0 }}
        showInfo={false}
        style={{ marginBottom: 16 }}
      />
      <Table<ExpectedReportDto>
        size="small"
        rowKey="organisationId"
        dataSource={[...data.rows].sort(byStatus)}
        pagination={data.rows.length > 100 ? { pageSize: 100 } : false}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('reports.completeness.nobody') }}
        onRow={(r) => ({ 'data-testid': `expected-${r.adminUnitName}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('reports.completeness.unit'),
            key: 'unit',
            render: (_, r) => (
              <>
                {r.reportId ? (
                  <Link to={`/reports/${r.reportId}`}>{r.organisationName}</Link>
                ) : (
                  r.organisationName
                )}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {r.adminUnitName}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          {
            title: t('reports.completeness.status'),
            key: 'status',
            filters: ORDER.map((x) => ({ value: x, text: t(`reports.statuses.${x}`) })),
            onFilter: (value, r) => r.status === value,
            render: (_, r) => <ReportStatusTag status={r.status} />,
          },
          {
            title: t('reports.completeness.submittedAt'),
            key: 'submittedAt',
            render: (_, r) => (r.submittedAt ? formatDateTime(r.submittedAt) : t('reports.none')),
          },
          {
            title: t('reports.completeness.timeliness'),
            key: 'onTime',
            render: (_, r) => <TimelinessTag onTime={r.onTime} overdue={r.overdue} />,
          },
        ]}
      />
    </Card>
  );
}
