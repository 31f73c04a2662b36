import { Button, Card, Descriptions, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ExpectedReportDto, ReportCompletenessDto } from '../../../shared/contracts/reports.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, formatDateTime, periodName } from '../../i18n/format.ts';
import { openReport } from './api.ts';
import { ReportStatusTag, TimelinessTag } from './ReportStatusTag.tsx';

/** The user's own report for the period: where it stands, and the button that opens (or drafts) it. */
export function MyReportCard({
  row,
  planId,
  period,
}: {
  row: ExpectedReportDto;
  planId: string;
  period: ReportCompletenessDto['period'];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function open() {
    setBusy(true);
    setError(null);
    try {
      const report = await openReport(planId, period.no, period.year);
      navigate(`/reports/${report.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <Card
      title={t('reports.mine.title', { period: periodName(period.label) })}
      data-testid="my-report"
      style={{ marginBottom: 16 }}
    >
      <ErrorAlert error={error} />
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'unit', label: t('reports.report.unit'), children: row.organisationName },
          { key: 'due', label: t('reports.report.dueDate'), children: formatDate(row.dueDate) },
          {
            key: 'status',
            label: t('reports.report.status'),
            children: (
              <Space wrap size={4}>
                <ReportStatusTag status={row.status} testId="my-report-status" />
                <TimelinessTag onTime={row.onTime} overdue={row.overdue} />
              </Space>
            ),
          },
          ...(row.submittedAt
            ? [
                {
                  key: 'sent',
                  label: t('reports.report.submittedAt'),
                  children: formatDateTime(row.submittedAt),
                },
              ]
            : []),
        ]}
      />
      <Button
        type="primary"
        loading={busy}
        onClick={() => void open()}
        data-testid="my-report-open"
        style={{ marginTop: 12 }}
      >
        {t('reports.mine.open')}
      </Button>
    </Card>
  );
}
