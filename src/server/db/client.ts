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
  // A server that does not answer fails a request in seconds (503, see isDatabaseUnavailable) rather
  // than holding it until the client gives up.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
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

const UNAVAILABLE_CODES = new Set([
  // The network or the server process is gone.
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL: connection exceptions (08…), shutting down or starting up (57P01–57P03).
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|connection error|Connection refused|PGlite is closed/i;

/**
 * Whether an error means "the database cannot be reached now" (answered 503, try again later) rather
 * than a fault of the request. Drivers and drizzle wrap errors, so the causes are followed.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 6;
    depth++
  ) {
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
    e = e.cause as typeof e;
  }
  return false;
}
