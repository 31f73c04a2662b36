import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { Database, Db } from './client.ts';
import * as schema from './schema/index.ts';
import { rows } from './tx.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../migrations', import.meta.url));
// Any fixed number: PostgreSQL advisory lock that serialises migrations of several app servers.
const MIGRATION_LOCK = 7_202_616;

/**
 * Applies drizzle-kit's SQL migrations. One code path for both drivers: drizzle's own
 * dialect.migrate() (what drizzle-orm/pglite/migrator and /node-postgres/migrator both call).
 */
export async function migrateDatabase(database: Database): Promise<{ applied: number }> {
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const run = async (db: Db) => {
    const before = await appliedCount(db);
    await (db as any).dialect.migrate(migrations, (db as any).session, {
      migrationsFolder: MIGRATIONS_FOLDER,
    });
    return { applied: (await appliedCount(db)) - before };
  };
  if (database.kind === 'postgres' && database.pool) {
    // Serialise app servers starting together against one PostgreSQL: lock on one connection.
    const client = await database.pool.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      return await run(drizzlePg(client, { schema, casing: 'snake_case' }) as unknown as Db);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
      client.release();
    }
  }
  return run(database.db);
}

async function appliedCount(db: Db): Promise<number> {
  const [exists] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from information_schema.tables where table_schema = 'drizzle' and table_name = '__drizzle_migrations'`,
  );
  if (!exists?.n) return 0;
  const [count] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return count?.n ?? 0;
}

/** Number of migrations shipped with this build; a backup records it so restore can refuse a mismatch. */
export function shippedMigrationCount(): number {
  return readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;
}
