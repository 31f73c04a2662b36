import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';

/** Who is writing: recorded by the audit trigger for every row the transaction changes. */
export interface Actor {
  id: string;
  username: string;
  ip?: string;
}

/**
 * Runs `fn` in a transaction whose writes are attributed to `actor` in the audit log.
 * Services own their transactions through this; nothing writes outside one.
 */
export async function withActor<T>(db: Db, actor: Actor | null, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    if (actor) {
      await tx.execute(
        sql`select set_config('canbang.actor_id', ${actor.id}, true),
                   set_config('canbang.actor_username', ${actor.username}, true),
                   set_config('canbang.ip', ${actor.ip ?? ''}, true)`,
      );
    }
    return fn(tx as unknown as Db);
  });
}

/** Rows of a raw query, whichever driver ran it. */
export async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
