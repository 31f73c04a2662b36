import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityRecordDto, ActivityRecordInput } from '../../../shared/contracts/activity-records.ts';
import { post } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { createOutbox, type Outbox } from './outbox.ts';

/** What is queued offline, how it is sent, and what a page refreshes once it has gone. */
export interface OutboxKind<I extends { clientKey: string }, R> {
  /** Part of the storage key: `canbang.<name>.<user id>`. */
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

// One map for every kind of outbox, each under its own key.
const boxes = new Map<string, Outbox<any, any>>();
const listeners = new Set<() => void>();
const changed = () => {
  for (const l of listeners) l();
};

/** One outbox per kind, signed-in user and tab (so one flush runs at a time), kept in localStorage. */
function outboxFor<I extends { clientKey: string }, R>(kind: OutboxKind<I, R>, userId: string): Outbox<I, R> {
  const key = `canbang.${kind.name}.${userId}`;
  let box = boxes.get(key) as Outbox<I, R> | undefined;
  if (!box) {
    box = createOutbox<I, R>({
      storage: window.localStorage,
      key,
      send: kind.send,
      isOnline: () => navigator.onLine,
    });
    boxes.set(key, box);
  }
  return box;
}

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
  const { message } = App.useApp();
  const client = useQueryClient();
  const box = useMemo(() => outboxFor(kind, me.id), [kind, me.id]);
  const [, setTick] = useState(0);

  useEffect(() => {
    const l = () => setTick((n) => n + 1);
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);

  const flush = useCallback(async () => {
    if (!box.pending().length) return;
    const r = await box.flush();
    changed();
    if (r.sent.length) {
      message.success(t(kind.sentMessage, { count: r.sent.length }));
      await Promise.all(kind.refresh.map((k) => client.invalidateQueries({ queryKey: [k] })));
    }
  }, [box, client, message, t, kind]);

  useEffect(() => {
    void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    const timer = window.setInterval(() => {
      if (navigator.onLine && box.pending().length) void flush();
    }, 30_000);
    return () => {
      window.removeEventListener('online', online);
      window.clearInterval(timer);
    };
  }, [box, flush]);

  return {
    pending: box.pending(),
    returned: box.returned(),
    flush,
    async submit(input: I, label: string) {
      try {
        return await box.submit(input, label);
      } finally {
        changed();
      }
    },
    dismiss(clientKey: string) {
      box.dismiss(clientKey);
      changed();
    },
  };
}
