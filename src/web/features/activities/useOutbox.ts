import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityRecordDto, ActivityRecordInput } from '../../../shared/contracts/activity-records.ts';
import { post } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { createOutbox, type Outbox } from './outbox.ts';

type Input = ActivityRecordInput & { clientKey: string };
type Box = Outbox<Input, ActivityRecordDto>;
const boxes = new Map<string, Box>();
const listeners = new Set<() => void>();
const changed = () => {
  for (const l of listeners) l();
};

/** One outbox per signed-in user and tab (so one flush runs at a time), kept in localStorage. */
function outboxFor(userId: string): Box {
  let box = boxes.get(userId);
  if (!box) {
    box = createOutbox<Input, ActivityRecordDto>({
      storage: window.localStorage,
      key: `canbang.activities.${userId}`,
      send: (input) => post<ActivityRecordDto>('/api/activity-records', input),
      isOnline: () => navigator.onLine,
    });
    boxes.set(userId, box);
  }
  return box;
}

/**
 * The user's outbox of records saved without a connection: what waits, what the server gave back,
 * and sending — when an activities page opens, when the browser comes back online, and every half
 * minute while something waits (a connection can return without an `online` event).
 */
export function useOutbox() {
  const me = useMe();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const box = useMemo(() => outboxFor(me.id), [me.id]);
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
      message.success(t('activities.outbox.sent', { count: r.sent.length }));
      await client.invalidateQueries({ queryKey: ['activities'] });
    }
  }, [box, client, message, t]);

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
    async submit(input: ActivityRecordInput & { clientKey: string }, label: string) {
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
