import { useTranslation } from 'react-i18next';
import { LiteButton, LiteTag, Notice } from '../../components/lite.tsx';
import type { OutboxEntry, ReturnedEntry } from './outbox.ts';
import type { EntryState } from './useOutbox.ts';

const TAGS = {
  waiting: 'warning',
  sending: 'processing',
  sent: 'success',
  refused: 'error',
} as const satisfies Record<EntryState | 'refused', string>;

/** An entry's state beside its label: chưa gửi / đang gửi / đã gửi / bị từ chối. */
function StateTag({ state }: { state: EntryState | 'refused' }) {
  const { t } = useTranslation();
  return (
    <LiteTag color={TAGS[state]} data-testid="outbox-state" data-state={state}>
      {t(`outbox.state.${state}`)}
    </LiteTag>
  );
}

// The state first, the label after it, wrapping under it: a phone's narrow alert has no room for a
// column of its own.
const entry = { fontSize: 13, padding: '4px 0' } as const;
const row = { display: 'flex', gap: 8, alignItems: 'center', padding: '6px 0' } as const;
const grow = { flex: '1 1 auto', minWidth: 0 } as const;

/**
 * What waits to be sent ("Chưa gửi được — sẽ tự gửi khi có mạng", with the count and a button to
 * try now), each entry with its state (chưa gửi, or đang gửi while it goes); what this page sent
 * (đã gửi); and what the server gave back (bị từ chối), each with its reason and a link to its form.
 */
export function OutboxNotice<I>({
  outbox,
  onOpenReturned,
}: {
  outbox: {
    pending: OutboxEntry<I>[];
    returned: ReturnedEntry<I>[];
    sent: OutboxEntry<I>[];
    stateOf(clientKey: string): EntryState;
    flush(): Promise<void>;
    clearSent(): void;
  };
  onOpenReturned(entry: ReturnedEntry<I>): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {outbox.pending.length > 0 && (
        <Notice
          type="warning"
          testId="outbox-waiting"
          title={t('outbox.waiting')}
          description={
            <>
              <div data-testid="outbox-count">{t('outbox.count', { count: outbox.pending.length })}</div>
              {outbox.pending.map((e) => (
                <div key={e.clientKey} style={entry} data-testid="outbox-entry">
                  <StateTag state={outbox.stateOf(e.clientKey)} />
                  {e.label}
                </div>
              ))}
            </>
          }
          action={
            <LiteButton small onClick={() => void outbox.flush()} data-testid="outbox-send">
              {t('outbox.sendNow')}
            </LiteButton>
          }
        />
      )}
      {outbox.sent.length > 0 && (
        <Notice
          type="success"
          onClose={outbox.clearSent}
          closeLabel={t('common.close')}
          testId="outbox-sent"
          title={t('outbox.sentTitle')}
          description={outbox.sent.map((e) => (
            <div key={e.clientKey} style={entry} data-testid="outbox-sent-entry">
              <StateTag state="sent" />
              {e.label}
            </div>
          ))}
        />
      )}
      {outbox.returned.length > 0 && (
        <Notice
          type="error"
          testId="outbox-returned"
          title={t('outbox.returned')}
          description={
            // Plain rows, not antd's List: it would bring its pagination to the station's first page.
            <div>
              {outbox.returned.map((e) => (
                <div key={e.clientKey} style={row} data-testid="outbox-returned-entry">
                  <div style={grow}>
                    <div>
                      <StateTag state="refused" />
                      {e.label}
                    </div>
                    <div style={{ fontSize: 13 }}>
                      {e.issues.map((i) => i.message).join(' ') || e.message}
                    </div>
                  </div>
                  <LiteButton small onClick={() => onOpenReturned(e)}>
                    {t('outbox.open')}
                  </LiteButton>
                </div>
              ))}
            </div>
          }
        />
      )}
    </>
  );
}
