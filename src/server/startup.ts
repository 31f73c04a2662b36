import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { type DemoSeedResult, seedDemo } from './db/seed/demo.ts';
import { ensureDefaultChecklists, ensureLegalCatalogue } from './modules/facilities/legal-catalogue.ts';
import { ensureNationalLevel } from './modules/national/national-level.ts';
import { ensureReferenceData } from './modules/org-units/reference-loader.ts';

export interface PreparedDatabase {
  database: Database;
  applied: number;
  referenceLoaded: string[];
  demo?: DemoSeedResult;
}

/**
 * One path for every entry point (server, CLI, tests, benchmarks): open PGlite or PostgreSQL,
 * apply the migrations, load the shipped reference units, and the demo data when asked.
 */
export async function prepareDatabase(
  config: Config,
  opts: { demo?: boolean } = {},
): Promise<PreparedDatabase> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const { applied } = await migrateDatabase(database);
    const { loaded } = await ensureReferenceData(database.db);
    await ensureNationalLevel(database.db);
    await ensureLegalCatalogue(database.db);
    await ensureDefaultChecklists(database.db);
    const demo = opts.demo ? await seedDemo(database.db, config.demoPassword) : undefined;
    return { database, applied, referenceLoaded: loaded, demo };
  } catch (err) {
    await database.close();
    throw err;
  }
}
