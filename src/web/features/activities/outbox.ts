import type { ErrorIssue } from '../../../shared/errors.ts';

// Records saved while the connection is down wait here (in IndexedDB, see outbox-db.ts) and are
// sent when it comes back: on the browser's `online` event and when an activities page loads. Each
// carries the clientKey made when it was first saved, so one that did reach the server before the
// line dropped is stored once (the server answers 200 with the record it already has). A record the
// server refuses (a 400 with the fields at fault) is not tried again: it goes back to its form with
// the errors. No React and no browser globals here, so that a unit test can drive it over a Map.

/** What drafts need of localStorage (and what the outbox reads once from its old localStorage keys). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the outbox needs of its IndexedDB store: idb-keyval's `get` and `update`. */
export interface OutboxStorage {
  get(key: string): Promise<unknown>;
  /**
   * Reads and writes one key in one transaction: a submit and a flush (or two tabs) changing the
   * same list at once never lose each other's entry.
   */
  update(key: string, fn: (old: unknown) => unknown[]): Promise<void>;
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

const asList = <T>(v: unknown): T[] => (Array.isArray(v) ? v : []);

/** `list` with `entry` put last, in place of any entry with the same clientKey. */
const putLast = <T extends { clientKey: string }>(list: unknown, entry: T): T[] => [
  ...asList<T>(list).filter((e) => e.clientKey !== entry.clientKey),
  entry,
];
const without = <T extends { clientKey: string }>(list: unknown, clientKey: string): T[] =>
  asList<T>(list).filter((e) => e.clientKey !== clientKey);

/** The lists an outbox kept in localStorage before it moved to IndexedDB, as JSON arrays. */
function readLegacy(storage: KeyValueStore, key: string): { clientKey: string }[] {
  try {
    return asList<{ clientKey: string }>(JSON.parse(storage.getItem(key) ?? '[]')).filter(
      (e) => e && typeof e.clientKey === 'string',
    );
  } catch {
    return [];
  }
}

export function createOutbox<I extends { clientKey?: string | null }, R>(opts: {
  /** The signed-in user's store: a record waits for the person who typed it. */
  storage: OutboxStorage;
  /** The kind of outbox inside that store (activities, births-monthly…). */
  key: string;
  /** Where this outbox lived in localStorage before: moved into `storage` once, then removed. */
  legacy?: { storage: KeyValueStore; key: string };
  send(input: I): Promise<R>;
  isOnline(): boolean;
  now?(): Date;
  /** Told when an entry starts or stops being sent, so that a page shows "đang gửi". */
  onChange?(): void;
}) {
  const outboxKey = `${opts.key}.outbox`;
  const returnedKey = `${opts.key}.returned`;

  // Entries still in localStorage (saved by an older version of the app) are merged in before the
  // first read; an entry already in IndexedDB wins. Removed from localStorage only once stored.
  let migrated: Promise<void> | null = null;
  const migrate = () => {
    const legacy = opts.legacy;
    if (!legacy) return Promise.resolve();
    migrated ??= (async () => {
      for (const [from, to] of [
        [`${legacy.key}.outbox`, outboxKey],
        [`${legacy.key}.returned`, returnedKey],
      ]) {
        const old = readLegacy(legacy.storage, from);
        if (old.length)
          await opts.storage.update(to, (list) => {
            const have = asList<{ clientKey: string }>(list);
            const keys = new Set(have.map((e) => e.clientKey));
            return [...old.filter((e) => !keys.has(e.clientKey)), ...have];
          });
        legacy.storage.removeItem(from);
      }
    })().catch((err) => {
      migrated = null; // tried again on the next read
      throw err;
    });
    return migrated;
  };
  const read = async <T>(key: string): Promise<T[]> => {
    await migrate();
    return asList<T>(await opts.storage.get(key));
  };
  const change = async (key: string, fn: (old: unknown) => unknown[]) => {
    await migrate();
    await opts.storage.update(key, fn);
  };
  const pending = () => read<OutboxEntry<I>>(outboxKey);
  const returned = () => read<ReturnedEntry<I>>(returnedKey);

  async function queue(input: I & { clientKey: string }, label: string) {
    const entry: OutboxEntry<I> = {
      clientKey: input.clientKey,
      input,
      label,
      queuedAt: (opts.now?.() ?? new Date()).toISOString(),
    };
    await change(outboxKey, (list) => putLast(list, entry));
  }

  // What this page is sending now and what it has sent since it opened: shown beside each entry,
  // never stored (a sent record is on the server; the page's list of it is only a receipt).
  let sending: string | null = null;
  let sent: OutboxEntry<I>[] = [];
  const setSending = (clientKey: string | null) => {
    sending = clientKey;
    opts.onChange?.();
  };

  let flushing: Promise<{ sent: R[]; returned: ReturnedEntry<I>[] }> | null = null;

  return {
    pending,
    returned,
    /** The clientKey of the entry being sent this moment, if any. */
    sending: () => sending,
    /** The entries this page sent from the outbox, newest last. */
    sent: () => sent,
    /** Forgets the page's receipt of what was sent. */
    clearSent() {
      sent = [];
    },
    /** Takes a returned entry off the list (its form has it now). */
    dismiss: (clientKey: string) => change(returnedKey, (list) => without(list, clientKey)),

    /**
     * Sends one record now, or keeps it for later when the network is down. A refusal is thrown to
     * the caller (the form shows it); it is not queued.
     */
    async submit(input: I & { clientKey: string }, label: string): Promise<SubmitResult<R>> {
      if (!opts.isOnline()) {
        await queue(input, label);
        return { status: 'queued' };
      }
      try {
        return { status: 'sent', record: await opts.send(input) };
      } catch (err) {
        if (!shouldWait(err)) throw err;
        await queue(input, label);
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
        const records: R[] = [];
        const refused: ReturnedEntry<I>[] = [];
        if (!opts.isOnline()) return { sent: records, returned: refused };
        for (const entry of await pending()) {
          setSending(entry.clientKey);
          try {
            records.push(await opts.send(entry.input));
            sent = [...sent.filter((e) => e.clientKey !== entry.clientKey), entry];
          } catch (err) {
            if (shouldWait(err)) break;
            const f = asFailure(err);
            const back = { ...entry, message: f.message, issues: f.issues ?? [], status: f.status };
            refused.push(back);
            await change(returnedKey, (list) => putLast(list, back));
          }
          // Only this very entry leaves: the same key saved again meanwhile (a newer version) stays
          // to be sent next time.
          const sentBody = JSON.stringify(entry.input);
          await change(outboxKey, (list) =>
            asList<OutboxEntry<I>>(list).filter(
              (e) =>
                e.clientKey !== entry.clientKey ||
                (e.queuedAt !== entry.queuedAt && JSON.stringify(e.input) !== sentBody),
            ),
          );
        }
        return { sent: records, returned: refused };
      })().finally(() => {
        flushing = null;
        setSending(null);
      });
      return flushing;
    },
  };
}

export type Outbox<I extends { clientKey?: string | null }, R> = ReturnType<typeof createOutbox<I, R>>;
