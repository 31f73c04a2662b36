import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Popconfirm, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsolidatedReportSummary } from '../../../shared/contracts/reports.ts';
import { post } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/format.ts';

/** Who sends the province's report up (the send route's roles). */
const SENDERS: string[] = ['admin', 'province_officer'];

/**
 * The province sends its consolidated report of the year to Cục Dân số: from then on the national
 * page shows it sent and the national reader may open it. Sent once; the first date stays.
 */
export function SendToNational({ planId, report }: { planId: string; report: ConsolidatedReportSummary }) {
  const { t } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const year = report.period.year;
  const send = useMutation({
    mutationFn: () => post<{ sentAt: string }>(`/api/plans/${planId}/consolidated-report/send`, { year }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reports', 'consolidated', planId] }),
  });
  if (report.sentToNational)
    return (
      <Tag color="green" data-testid="consolidated-sent">
        {t('reports.consolidated.sent', {
          year,
          date: formatDate(report.sentToNational.sentAt.slice(0, 10)),
          name: report.sentToNational.sentBy,
        })}
      </Tag>
    );
  if (!SENDERS.includes(me.role)) return <Tag>{t('reports.consolidated.notSent', { year })}</Tag>;
  return (
    <>
      <Popconfirm
        title={t('reports.consolidated.sendConfirm', { year })}
        okText={t('reports.consolidated.sendOk')}
        okButtonProps={{ 'data-testid': 'consolidated-send-confirm' } as Record<string, string>}
        onConfirm={() => send.mutate()}
      >
        <Button
          size="small"
          type="primary"
          icon={<SendOutlined />}
          loading={send.isPending}
          data-testid="consolidated-send"
        >
          {t('reports.consolidated.send', { year })}
        </Button>
      </Popconfirm>
      <ErrorAlert error={send.error} />
    </>
  );
}
