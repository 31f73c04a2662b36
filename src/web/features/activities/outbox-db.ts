import { clear, createStore, entries, get, promisifyRequest, type UseStore, update } from 'idb-keyval';
import type { OutboxStorage } from './outbox.ts';

// The outboxes live in IndexedDB, one database per signed-in user (`canbang-outbox-<user id>`): it
// holds far more than localStorage's few megabytes, does not block the page while it writes, and is
// deleted whole when that user signs out, so the next person on the phone finds nothing of theirs.

const dbName = (userId: string) => `canbang-outbox-${userId}`;

/** Each user's store and what was made over it in this tab (the outboxes), dropped together. */
const users = new Map<string, { store: UseStore; made: Map<string, unknown> }>();

function userOf(userId: string) {
  let u = users.get(userId);
  if (!u) {
    u = { store: createStore(dbName(userId), 'entries'), made: new Map() };
    users.set(userId, u);
  }
  return u;
}

/** The user's store as the outbox reads and writes it; asked afresh each time, so a sign-out in between does not leave a closed one. */
export function userOutboxStorage(userId: string): OutboxStorage {
  return {
    get: (key) => get(key, userOf(userId).store),
    update: (key, fn) => update(key, fn, userOf(userId).store),
  };
}

/** One object per user and name for the life of the tab (an outbox, so that one flush runs at a time). */
export function madeOnce<T>(userId: string, name: string, make: () => T): T {
  const { made } = userOf(userId);
  if (!made.has(name)) made.set(name, make());
  return made.get(name) as T;
}

/** How many entries the user has not got onto the server: waiting, and refused and not yet corrected. */
export async function countUnsent(userId: string): Promise<number> {
  const all = await entries<string, unknown>(userOf(userId).store);
  return all.reduce((n, [, list]) => n + (Array.isArray(list) ? list.length : 0), 0);
}

/**
 * Signing out: the user's entries are cleared, then the database itself goes. Clearing is what
 * counts (it cannot be blocked); deleting waits for other tabs holding the database open, so it is
 * not waited for when they do.
 */
export async function dropUserOutbox(userId: string): Promise<void> {
  const u = users.get(userId) ?? userOf(userId);
  users.delete(userId);
  await clear(u.store);
  await u.store('readonly', (s) => s.transaction.db.close());
  const req = indexedDB.deleteDatabase(dbName(userId));
  await new Promise<void>((resolve) => {
    req.onblocked = () => resolve();
    promisifyRequest(req).then(
      () => resolve(),
      () => resolve(),
    );
  });
}
