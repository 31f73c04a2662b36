import type { ErrorIssue } from '../../../shared/errors.ts';

// Records saved while the connection is down wait here (in localStorage) and are sent when it comes
// back: on the browser's `online` event and when an activities page loads. Each carries the
// clientKey made when it was first saved, so one that did reach the server before the line dropped
// is stored once (the server answers 200 with the record it already has). A record the server
// refuses (a 400 with the fields at fault) is not tried again: it goes back to its form with the
// errors. No React and no browser globals here, so that a unit test can drive it.

/** What the outbox needs of localStorage. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface OutboxEntry<I = Record<string, unknown>> {
  clientKey: string;
  /** The record's body as sent to POST /api/activity-records (clientKey included). */
  input: I;
  /** Shown in the list of what waits: the activity's number and title. */
  label: string;
  queuedAt: string;
}

/** An entry the server refused: back to its form with the server's message and fields. */
export interface ReturnedEntry<I = Record<string, unknown>> extends OutboxEntry<I> {
  message: string;
  issues: ErrorIssue[];
  /** The server's answer: 409 means someone saved a newer version meanwhile (a conflict to settle). */
  status?: number;
}

/** What a failed send tells the outbox: a network failure (status 0) waits, anything else does not. */
export interface SendFailure {
  status: number;
  message: string;
  issues?: ErrorIssue[];
}

export type SubmitResult<R> = { status: 'sent'; record: R } | { status: 'queued' };

const asFailure = (err: unknown): SendFailure =>
  err && typeof err === 'object' && 'status' in err && typeof (err as SendFailure).status === 'number'
    ? (err as SendFailure)
    : { status: 0, message: String(err) };

/**
 * Should this failure wait for the network? A network failure (the request never got an answer,
 * status 0), a signed-out session (401, sent again after signing in) or a server error (5xx) wait;
 * a refusal (400, 403, 404…) would be refused again and goes back to the form.
 */
export function shouldWait(err: unknown): boolean {
  const { status } = asFailure(err);
  return status === 0 || status === 401 || status >= 500;
}

export function createOutbox<I extends { clientKey?: string | null }, R>(opts: {
  storage: KeyValueStore;
  /** One outbox per user: a record waits for the person who typed it. */
  key: string;
  send(input: I): Promise<R>;
  isOnline(): boolean;
  now?(): Date;
}) {
  const outboxKey = `${opts.key}.outbox`;
  const returnedKey = `${opts.key}.returned`;
  const read = <T>(key: string): T[] => {
    try {
      const v = JSON.parse(opts.storage.getItem(key) ?? '[]');
      return Array.isArray(v) ? v : [];
    } catch {
      return [];
    }
  };
  const write = (key: string, list: unknown[]) =>
    list.length ? opts.storage.setItem(key, JSON.stringify(list)) : opts.storage.removeItem(key);
  const pending = () => read<OutboxEntry<I>>(outboxKey);
  const returned = () => read<ReturnedEntry<I>>(returnedKey);

  function queue(input: I & { clientKey: string }, label: string) {
    const rest = pending().filter((e) => e.clientKey !== input.clientKey);
    const entry = {
      clientKey: input.clientKey,
      input,
      label,
      queuedAt: (opts.now?.() ?? new Date()).toISOString(),
    };
    write(outboxKey, [...rest, entry]);
  }

  let flushing: Promise<{ sent: R[]; returned: ReturnedEntry<I>[] }> | null = null;

  return {
    pending,
    returned,
    /** Takes a returned entry off the list (its form has it now). */
    dismiss(clientKey: string) {
      write(
        returnedKey,
        returned().filter((e) => e.clientKey !== clientKey),
      );
    },

    /**
     * Sends one record now, or keeps it for later when the network is down. A refusal is thrown to
     * the caller (the form shows it); it is not queued.
     */
    async submit(input: I & { clientKey: string }, label: string): Promise<SubmitResult<R>> {
      if (!opts.isOnline()) {
        queue(input, label);
        return { status: 'queued' };
      }
      try {
        return { status: 'sent', record: await opts.send(input) };
      } catch (err) {
        if (!shouldWait(err)) throw err;
        queue(input, label);
        return { status: 'queued' };
      }
    },

    /**
     * Sends what waits, oldest first, one at a time; stops at the first network failure (the rest
     * would fail too). Sent entries leave the outbox; refused ones move to the returned list. Two
     * calls at once (the `online` event while the page loads) share one run.
     */
    flush(): Promise<{ sent: R[]; returned: ReturnedEntry<I>[] }> {
      if (flushing) return flushing;
      flushing = (async () => {
        const sent: R[] = [];
        const refused: ReturnedEntry<I>[] = [];
        if (!opts.isOnline()) return { sent, returned: refused };
        for (const entry of pending()) {
          try {
            sent.push(await opts.send(entry.input));
          } catch (err) {
            if (shouldWait(err)) break;
            const f = asFailure(err);
            const back = { ...entry, message: f.message, issues: f.issues ?? [], status: f.status };
            refused.push(back);
            write(returnedKey, [...returned().filter((e) => e.clientKey !== entry.clientKey), back]);
          }
          write(
            outboxKey,
            pending().filter((e) => e.clientKey !== entry.clientKey),
          );
        }
        return { sent, returned: refused };
      })().finally(() => {
        flushing = null;
      });
      return flushing;
    },
  };
}

export type Outbox<I extends { clientKey?: string | null }, R> = ReturnType<typeof createOutbox<I, R>>;
