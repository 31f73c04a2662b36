import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitReportDto } from '../../../shared/contracts/reports.ts';
import type { ReturnedEntry } from '../activities/outbox.ts';
import type { QueuedReportDraft } from './report-outbox.ts';

const FIELDS = ['results', 'difficulties', 'proposals'] as const;

/**
 * A draft saved offline came back because the report moved on the server meanwhile (someone saved
 * a newer version): each written part that differs, this device's text beside the server's, and the
 * choice — put mine back in the form (saved over the newer version on Lưu) or keep the server's.
 */
export function DraftConflict({
  entry,
  current,
  onUseMine,
  onKeepServer,
}: {
  entry: ReturnedEntry<QueuedReportDraft>;
  current: UnitReportDto;
  onUseMine(): void;
  onKeepServer(): void;
}) {
  const { t } = useTranslation();
  const differing = FIELDS.filter((f) => (entry.input[f] ?? null) !== (current[f] ?? null));
  const text = (s: string | null) =>
    s ? (
      <div style={{ whiteSpace: 'pre-wrap' }}>{s}</div>
    ) : (
      <Typography.Text type="secondary">{t('reports.narrative.empty')}</Typography.Text>
    );
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="report-draft-conflict"
      title={t('reports.outbox.conflictTitle', { version: current.version })}
      description={
        <>
          {differing.map((f) => (
            <div key={f} style={{ marginTop: 8 }}>
              <Typography.Text strong>{t(`reports.narrative.${f}`)}</Typography.Text>
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginTop: 4 }}>
                <div style={{ flex: '1 1 240px', minWidth: 0 }} data-testid={`conflict-mine-${f}`}>
                  <Typography.Text type="secondary">{t('reports.outbox.mine')}</Typography.Text>
                  {text(entry.input[f])}
                </div>
                <div style={{ flex: '1 1 240px', minWidth: 0 }} data-testid={`conflict-server-${f}`}>
                  <Typography.Text type="secondary">{t('reports.outbox.server')}</Typography.Text>
                  {text(current[f])}
                </div>
              </div>
            </div>
          ))}
          <Space wrap style={{ marginTop: 12 }}>
            <Button type="primary" onClick={onUseMine} data-testid="conflict-use-mine">
              {t('reports.outbox.useMine')}
            </Button>
            <Button onClick={onKeepServer} data-testid="conflict-keep-server">
              {t('reports.outbox.keepServer')}
            </Button>
          </Space>
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
