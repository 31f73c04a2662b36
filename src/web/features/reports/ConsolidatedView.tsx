import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsolidatedReportSummary } from '../../../shared/contracts/reports.ts';
import { get } from '../../app/api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ActivityKindTable } from './ActivityKindTable.tsx';
import { ReportStatusTag } from './ReportStatusTag.tsx';
import { SendToNational } from './SendToNational.tsx';

// The province's consolidated report as its DOCX will say it, before it is downloaded: to whom it
// goes, whose reports count (accepted, awaiting review, returned, missing), the whole plan's
// activities in the period and the narratives it quotes.

const STATUSES = ['accepted', 'submitted', 'returned', 'draft', 'missing'] as const;

export function ConsolidatedView({ planId, period, year }: { planId: string; period: number; year: number }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ['reports', 'consolidated', planId, period, year],
    queryFn: () =>
      get<ConsolidatedReportSummary>(
        `/api/plans/${planId}/consolidated-report?format=json&period=${period}&year=${year}`,
      ),
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
    <Card
      title={t('reports.consolidated.title')}
      extra={<SendToNational planId={planId} report={r} />}
      data-testid="consolidated-report"
      style={{ marginTop: 16 }}
      styles={{ header: { flexWrap: 'wrap' } }}
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('reports.consolidated.to')}>
          <span data-testid="consolidated-to">{r.to}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('reports.consolidated.subject')}>
          <span lang="vi">{r.subject}</span>
        </Descriptions.Item>
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
      <ActivityKindTable activities={r.activities} total testId="consolidated-activities" />
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
