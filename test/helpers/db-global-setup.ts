import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/server/config.ts';
import { prepareDatabase } from '../../src/server/startup.ts';
import { TEST_DEMO_PASSWORD } from './constants.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testBackend: 'pglite' | 'postgres';
    /** PGlite: a dump of the prepared database, loaded by each test file. */
    pgliteTemplate: string;
    /** PostgreSQL: a template database each test file copies. */
    pgTemplateUrl: string;
  }
}

/**
 * Prepares one database (migrated, reference units, demo organisations and accounts) once per
 * run; every test file then starts from its own copy, so files never see each other's writes.
 */
export default async function setup(project: TestProject) {
  const backend = (process.env.CANBANG_TEST_BACKEND ?? 'pglite') as 'pglite' | 'postgres';
  project.provide('testBackend', backend);
  if (backend === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-test-'));
    const config = loadConfig(
      { CANBANG_DEMO_PASSWORD: TEST_DEMO_PASSWORD },
      { databaseUrl: undefined, dataDir: path.join(dir, 'template') },
    );
    const { database } = await prepareDatabase(config, { demo: true });
    const dump = await database.pglite!.dumpDataDir('gzip');
    await database.close();
    const file = path.join(dir, 'template.tar.gz');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    fs.rmSync(path.join(dir, 'template'), { recursive: true, force: true });
    project.provide('pgliteTemplate', file);
    project.provide('pgTemplateUrl', '');
    return () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is required for the PostgreSQL test project');
  const templateName = `canbang_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${templateName}`);
  await admin.query(`create database ${templateName}`);
  const templateUrl = withDatabase(serverUrl, templateName);
  const config = loadConfig({ CANBANG_DEMO_PASSWORD: TEST_DEMO_PASSWORD }, { databaseUrl: templateUrl });
  const { database } = await prepareDatabase(config, { demo: true });
  await database.close();
  project.provide('pgTemplateUrl', templateUrl);
  project.provide('pgliteTemplate', '');
  return async () => {
    await admin.query(`drop database if exists ${templateName} with (force)`);
    await admin.end();
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
