import { CloudUploadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutboxEntry, ReturnedEntry } from './outbox.ts';

/**
 * What waits to be sent ("Chưa gửi được — sẽ tự gửi khi có mạng", with the count and a button to
 * try now) and what the server gave back, each with a link to its form and the errors.
 */
export function OutboxNotice<I>({
  outbox,
  onOpenReturned,
}: {
  outbox: { pending: OutboxEntry<I>[]; returned: ReturnedEntry<I>[]; flush(): Promise<void> };
  onOpenReturned(entry: ReturnedEntry<I>): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {outbox.pending.length > 0 && (
        <Alert
          type="warning"
          showIcon
          icon={<CloudUploadOutlined />}
          data-testid="outbox-waiting"
          title={t('activities.outbox.waiting')}
          description={
            <>
              <div data-testid="outbox-count">
                {t('activities.outbox.count', { count: outbox.pending.length })}
              </div>
              {outbox.pending.map((e) => (
                <div key={e.clientKey} style={{ fontSize: 13 }}>
                  {e.label}
                </div>
              ))}
            </>
          }
          action={
            <Button size="small" onClick={() => void outbox.flush()} data-testid="outbox-send">
              {t('activities.outbox.sendNow')}
            </Button>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {outbox.returned.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="outbox-returned"
          title={t('activities.outbox.returned')}
          description={
            // Plain rows, not antd's List: it would bring its pagination to the station's first page.
            <div>
              {outbox.returned.map((e) => (
                <div
                  key={e.clientKey}
                  style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '6px 0' }}
                  data-testid="outbox-returned-entry"
                >
                  <div style={{ flex: '1 1 auto', minWidth: 0 }}>
                    <div>{e.label}</div>
                    <div style={{ fontSize: 13 }}>
                      {e.issues.map((i) => i.message).join(' ') || e.message}
                    </div>
                  </div>
                  <Button size="small" onClick={() => onOpenReturned(e)}>
                    {t('activities.outbox.open')}
                  </Button>
                </div>
              ))}
            </div>
          }
          style={{ marginBottom: 12 }}
        />
      )}
    </>
  );
}
