import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityRecordDto, ActivityRecordInput } from '../../../shared/contracts/activity-records.ts';
import { post } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { toast } from '../../components/toast.ts';
import { createOutbox, type Outbox, type OutboxEntry, type ReturnedEntry } from './outbox.ts';
import { madeOnce, userOutboxStorage } from './outbox-db.ts';

/** What is queued offline, how it is sent, and what a page refreshes once it has gone. */
export interface OutboxKind<I extends { clientKey: string }, R> {
  /** Its key in the user's IndexedDB store (and its old localStorage key, `canbang.<name>.<user id>`). */
  name: string;
  send(input: I): Promise<R>;
  /** The query keys that show what was sent. */
  refresh: string[];
  /** i18n key of "N sent", with {{count}}. */
  sentMessage: string;
}

type Input = ActivityRecordInput & { clientKey: string };
/** Activity records, stored once by their clientKey (the server answers a repeat with the record it has). */
export const ACTIVITY_OUTBOX: OutboxKind<Input, ActivityRecordDto> = {
  name: 'activities',
  send: (input) => post<ActivityRecordDto>('/api/activity-records', input),
  refresh: ['activities'],
  sentMessage: 'activities.outbox.sent',
};

const listeners = new Set<() => void>();
const changed = () => {
  for (const l of listeners) l();
};

/** One outbox per kind, signed-in user and tab (so one flush runs at a time), kept in IndexedDB. */
function outboxFor<I extends { clientKey: string }, R>(kind: OutboxKind<I, R>, userId: string): Outbox<I, R> {
  return madeOnce(userId, `outbox.${kind.name}`, () =>
    createOutbox<I, R>({
      storage: userOutboxStorage(userId),
      key: kind.name,
      // Where an older version of the app kept it: moved into IndexedDB on first use.
      legacy: { storage: window.localStorage, key: `canbang.${kind.name}.${userId}` },
      send: kind.send,
      isOnline: () => navigator.onLine,
      onChange: changed,
    }),
  );
}

/** Each entry's state as a page shows it (chưa gửi / đang gửi, and đã gửi for the page's receipt). */
export type EntryState = 'waiting' | 'sending' | 'sent';

/**
 * The user's outbox of records saved without a connection: what waits, what the server gave back,
 * and sending — when an activities page opens, when the browser comes back online, and every half
 * minute while something waits (a connection can return without an `online` event).
 */
export function useOutbox() {
  return useOutboxOf(ACTIVITY_OUTBOX);
}

export function useOutboxOf<I extends { clientKey: string }, R>(kind: OutboxKind<I, R>) {
  const me = useMe();
  const { t } = useTranslation();
  const client = useQueryClient();
  const box = useMemo(() => outboxFor(kind, me.id), [kind, me.id]);
  // The lists as last read from IndexedDB; read again whenever any outbox of this tab changes.
  const [lists, setLists] = useState<{ pending: OutboxEntry<I>[]; returned: ReturnedEntry<I>[] }>({
    pending: [],
    returned: [],
  });
  const [sending, setSending] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = async () => {
      setSending(box.sending());
      const [pending, returned] = await Promise.all([box.pending(), box.returned()]);
      if (live) setLists({ pending, returned });
    };
    const l = () => void load().catch(() => {});
    listeners.add(l);
    l();
    return () => {
      live = false;
      listeners.delete(l);
    };
  }, [box]);

  const flush = useCallback(async () => {
    if (!(await box.pending()).length) return;
    const r = await box.flush();
    changed();
    if (r.sent.length) {
      toast(t(kind.sentMessage, { count: r.sent.length }));
      await Promise.all(kind.refresh.map((k) => client.invalidateQueries({ queryKey: [k] })));
    }
  }, [box, client, t, kind]);

  useEffect(() => {
    void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    const timer = window.setInterval(() => {
      if (navigator.onLine) void flush();
    }, 30_000);
    return () => {
      window.removeEventListener('online', online);
      window.clearInterval(timer);
    };
  }, [flush]);

  const stateOf = (clientKey: string): EntryState => (clientKey === sending ? 'sending' : 'waiting');
  return {
    pending: lists.pending,
    returned: lists.returned,
    /** What this page sent from the outbox since it opened, shown as "đã gửi" until dismissed. */
    sent: box.sent(),
    stateOf,
    flush,
    async submit(input: I, label: string) {
      try {
        return await box.submit(input, label);
      } finally {
        changed();
      }
    },
    dismiss(clientKey: string) {
      void box.dismiss(clientKey).finally(changed);
    },
    clearSent() {
      box.clearSent();
      changed();
    },
  };
}
