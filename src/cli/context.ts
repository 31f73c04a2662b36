import { type Config, loadConfig } from '../server/config.ts';

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
