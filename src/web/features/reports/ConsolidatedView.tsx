import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, List, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsolidatedReportSummary } from '../../../shared/contracts/reports.ts';
import { formatNumberVi, formatVnd } from '../../../shared/format/index.ts';
import { get } from '../../app/api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import '../activities/messages.ts';
import { ReportStatusTag } from './ReportStatusTag.tsx';

// The province's consolidated report as its DOCX will say it, before it is downloaded: to whom it
// goes, whose reports count (accepted, awaiting review, returned, missing), the whole plan's
// activities in the period and the narratives it quotes.

const STATUSES = ['accepted', 'submitted', 'returned', 'draft', 'missing'] as const;

export function ConsolidatedView({ planId, period }: { planId: string; period: number }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ['reports', 'consolidated', planId, period],
    queryFn: () =>
      get<ConsolidatedReportSummary>(`/api/plans/${planId}/consolidated-report?format=json&period=${period}`),
    retry: false,
  });
  if (q.isLoading) return <Skeleton active />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const r = q.data!;
  const quotes = [
    ...r.difficulties.map((d) => ({ ...d, kind: t('reports.consolidated.difficulty') })),
    ...r.proposals.map((d) => ({ ...d, kind: t('reports.consolidated.proposal') })),
  ];
  return (
    <Card title={t('reports.consolidated.title')} data-testid="consolidated-report" style={{ marginTop: 16 }}>
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('reports.consolidated.to')}>
          <span data-testid="consolidated-to">{r.to}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('reports.consolidated.subject')}>{r.subject}</Descriptions.Item>
        <Descriptions.Item label={t('reports.consolidated.received')}>
          <Space wrap>
            <span data-testid="consolidated-received">
              {t('reports.completeness.received', {
                received: r.completeness.received,
                expected: r.completeness.expected,
              })}
            </span>
            {STATUSES.filter((s) => r.completeness.byStatus[s]).map((s) => (
              <span key={s}>
                <ReportStatusTag status={s} /> {r.completeness.byStatus[s]}
              </span>
            ))}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary">{t('reports.consolidated.activitiesNote')}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="kind"
        pagination={false}
        dataSource={r.activities}
        scroll={{ x: 560 }}
        data-testid="consolidated-activities"
        columns={[
          {
            title: t('reports.consolidated.kind'),
            key: 'kind',
            render: (_, a) => t(`activities.kinds.${a.kind}`),
          },
          {
            title: t('reports.consolidated.records'),
            key: 'n',
            align: 'right',
            render: (_, a) => formatNumberVi(a.records),
          },
          {
            title: t('reports.consolidated.participants'),
            key: 'p',
            align: 'right',
            render: (_, a) => formatNumberVi(a.participants),
          },
          {
            title: t('reports.consolidated.cost'),
            key: 'c',
            align: 'right',
            render: (_, a) => formatVnd(a.cost),
          },
        ]}
        summary={(rows) => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{t('reports.consolidated.total')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <strong data-testid="consolidated-records">
                {formatNumberVi(rows.reduce((s, a) => s + a.records, 0))}
              </strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {formatNumberVi(rows.reduce((s, a) => s + a.participants, 0))}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {formatVnd(rows.reduce((s, a) => s + a.cost, 0))}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t(
          r.quotesSubmitted ? 'reports.consolidated.quotesSubmitted' : 'reports.consolidated.quotesAccepted',
        )}
      </Typography.Title>
      {quotes.length ? (
        <List
          size="small"
          data-testid="consolidated-quotes"
          dataSource={quotes}
          renderItem={(x) => (
            <List.Item>
              <Tag>{x.kind}</Tag> <strong>{x.unit}:</strong> {x.text}
            </List.Item>
          )}
        />
      ) : (
        <Alert type="info" title={t('reports.consolidated.noQuotes')} data-testid="consolidated-quotes" />
      )}
    </Card>
  );
}
