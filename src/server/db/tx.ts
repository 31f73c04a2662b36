import { type SQL, sql } from 'drizzle-orm';
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

/**
 * For a write that is a single UPDATE or DELETE (atomic on its own, so it needs no transaction): a
 * condition, always true, to add to its WHERE so that the statement itself records `actor` for the
 * audit trigger — one round trip instead of withActor's four (BEGIN, set_config, the statement,
 * COMMIT), which counts when every unit submits at once. A row is written only once it passed this
 * condition, and the trigger fires at the end of the statement, so it always sees the actor. The
 * settings are local to the statement's own transaction (or to the enclosing one, as withActor's).
 */
export function actedBy(actor: Actor | null): SQL {
  return actor ? actorSettings(actor.id, actor.username, actor.ip ?? '') : sql`true`;
}

/** actedBy in a prepared statement: the actor is bound at each execution, with actorParams. */
export const actedByParams: SQL = actorSettings(
  sql.placeholder('actorId'),
  sql.placeholder('actorUsername'),
  sql.placeholder('actorIp'),
);

export function actorParams(actor: Actor): { actorId: string; actorUsername: string; actorIp: string } {
  return { actorId: actor.id, actorUsername: actor.username, actorIp: actor.ip ?? '' };
}

function actorSettings(id: unknown, username: unknown, ip: unknown): SQL {
  return sql`(set_config('canbang.actor_id', ${id}, true) is not null
    and set_config('canbang.actor_username', ${username}, true) is not null
    and set_config('canbang.ip', ${ip}, true) is not null)`;
}

/**
 * A statement prepared once per database (drizzle binds a prepared statement to the database or
 * transaction it was built on): the query is built on first use, and PostgreSQL plans it once per
 * connection. For the statements every request runs.
 */
export function preparedPerDb<P>(prepare: (db: Db) => P): (db: Db) => P {
  const prepared = new WeakMap<Db, P>();
  return (db) => {
    let statement = prepared.get(db);
    if (!statement) {
      statement = prepare(db);
      prepared.set(db, statement);
    }
    return statement;
  };
}

/** Rows of a raw query, whichever driver ran it. */
export async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
