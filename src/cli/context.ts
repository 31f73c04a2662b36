import type { Command } from 'commander';
import { type Config, loadConfig } from '../server/config.ts';
import type { Db } from '../server/db/client.ts';
import { prepareDatabase } from '../server/startup.ts';

/** Options every command accepts; the environment fills what the command line leaves out. */
export interface GlobalOptions {
  dataDir?: string;
  port?: string;
}

export function configFrom(opts: GlobalOptions): Config {
  const env = { ...process.env };
  if (opts.dataDir) env.CANBANG_DATA_DIR = opts.dataDir;
  if (opts.port) env.PORT = opts.port;
  return loadConfig(env);
}

export function describeDatabase(config: Config): string {
  return config.databaseUrl ? 'máy chủ PostgreSQL (DATABASE_URL)' : `PGlite tại ${config.dataDir}`;
}

/** Runs `fn` on the command's database (migrated, reference units loaded) and always closes it. */
export async function withDatabase<T>(cmd: Command, fn: (db: Db) => Promise<T>): Promise<T> {
  const { database } = await prepareDatabase(configFrom(cmd.optsWithGlobals<GlobalOptions>()));
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}
