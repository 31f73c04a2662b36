import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** A database or a transaction: both drivers share the pg-core query builder. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Human-readable location, for logs: a folder or a server URL without password. */
  location: string;
  close(): Promise<void>;
  /** Only for PGlite: the raw instance (used by backup/test helpers). */
  pglite?: PGlite;
  /** Only for PostgreSQL: the pool (used by bulk imports that COPY). */
  pool?: pg.Pool;
}

export interface OpenOptions {
  /** postgres://… — when set, a PostgreSQL server is used instead of PGlite. */
  url?: string;
  /** PGlite data folder. */
  dataDir?: string;
  /** PGlite only: start from this dump (tests clone a migrated template this way). */
  loadDataDir?: Blob;
  poolSize?: number;
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) return openPostgres(opts.url, opts.poolSize ?? 10);
  return openPglite(opts.dataDir, opts.loadDataDir);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A broken idle connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const client = await pool.connect();
  client.release();
  const db = drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    location: redactUrl(url),
    pool,
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Database> {
  let lock: DataDirLock | undefined;
  if (dataDir) {
    lock = acquireDataDirLock(dataDir);
    fs.mkdirSync(path.resolve(dataDir), { recursive: true });
  }
  try {
    const pglite = await PGlite.create({ dataDir: dataDir ? path.resolve(dataDir) : undefined, loadDataDir });
    const db = drizzlePglite(pglite, { schema, casing: 'snake_case' }) as unknown as Db;
    let closed = false;
    return {
      db,
      kind: 'pglite',
      location: dataDir ? path.resolve(dataDir) : '(bộ nhớ)',
      pglite,
      async close() {
        if (closed) return;
        closed = true;
        try {
          await pglite.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}
