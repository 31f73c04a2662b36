// Import throughput of a de-identified records file (one row a child) through importBirths, as
// `canbang births import` runs it: 1,000,000 records of Sơn La, births before 01/07/2025 under the
// pre-2025 commune codes (rolled up on import) and later ones under the 2025 codes. Once into a
// new PGlite folder, once into a new PostgreSQL database at DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/canbang_bench, created and dropped here).
// Usage: npm run bench:births-import [-- --records N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { and, eq, isNotNull } from 'drizzle-orm';
import { systemPrincipal } from '../src/server/access/principal.ts';
import { loadConfig } from '../src/server/config.ts';
import type { Db } from '../src/server/db/client.ts';
import { adminUnits } from '../src/server/db/schema/index.ts';
import { LOCAL_FILE_LIMITS } from '../src/server/files/upload-limits.ts';
import { importBirths } from '../src/server/modules/births/births.service.ts';
import { prepareDatabase } from '../src/server/startup.ts';
import { seededRandom } from '../src/server/stats/srb/simulate.ts';
import { result, withFreshPostgres } from './lib.ts';

const arg = (name: string, d: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || d;
const records = arg('--records', 1_000_000);
const REFORM = '2025-07-01';
// A collection before each import, so that the memory figures are the import's own.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The records file: codes valid on each birth day, years 2022 to 2026, about 112 boys per 100 girls. */
async function recordsCsv(db: Db): Promise<Buffer> {
  const units = await db
    .select({ code: adminUnits.code, validTo: adminUnits.validTo })
    .from(adminUnits)
    .where(
      and(eq(adminUnits.provinceCode, '14'), eq(adminUnits.level, 'commune'), isNotNull(adminUnits.code)),
    );
  const current = units.filter((u) => !u.validTo).map((u) => u.code!);
  const former = units.filter((u) => u.validTo && u.validTo >= '2025-06-30').map((u) => u.code!);
  const rand = seededRandom(1_000_000);
  const lines = ['commune_code,date_of_birth,sex,birth_order,mother_birth_year'];
  for (let i = 0; i < records; i++) {
    const year = 2022 + Math.floor(rand() * 5);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const codes = iso < REFORM ? former : current;
    const code = codes[Math.floor(rand() * codes.length)];
    const sex = rand() < 112 / 212 ? 'Nam' : 'Nữ';
    const order = ['1', '2', '3', ''][Math.floor(rand() * 4)];
    const mother = 1975 + Math.floor(rand() * 30);
    lines.push(
      `${code},${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year},${sex},${order},${mother}`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

/**
 * Imports the file once. Memory is sampled at each progress call too: the parse and the
 * roll-up are synchronous, so a timer alone would miss their peak.
 */
async function measure(label: string, db: Db, content: Buffer): Promise<number> {
  gc();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  let progressCalls = 0;
  const stages: [string, number][] = [];
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const sampler = setInterval(sample, 20);
  const t0 = performance.now();
  const batch = await importBirths(
    db,
    systemPrincipal('bench'),
    { fileName: 'tre-sinh.csv', content },
    (stage) => {
      progressCalls++;
      if (stages.at(-1)?.[0] !== stage) stages.push([stage, performance.now()]);
      sample();
    },
    { limits: LOCAL_FILE_LIMITS },
  );
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  sample();
  if (batch.births !== records) throw new Error(`imported ${batch.births} births, expected ${records}`);
  const rate = records / seconds;
  console.log(
    `${label}: ${records.toLocaleString('en')} records in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} records/s (${progressCalls} progress calls)`,
  );
  console.log(
    `  memory: JS heap ${mb(before.heapUsed)} before, peak +${mb(peakHeap - before.heapUsed)}; RSS ${mb(before.rss)} before, peak ${mb(peakRss)} (+${mb(peakRss - before.rss)})`,
  );
  const ends = [...stages.slice(1).map(([, at]) => at), t0 + seconds * 1000];
  console.log(
    `  stages: ${stages.map(([stage, at], i) => `${stage} ${((ends[i] - at) / 1000).toFixed(2)} s`).join(', ')}`,
  );
  return rate;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-bench-births-'));
let pgRate = 0;
try {
  const lite = await prepareDatabase(
    loadConfig({}, { databaseUrl: undefined, dataDir: path.join(dir, 'data') }),
  );
  let content: Buffer;
  try {
    const t0 = performance.now();
    content = await recordsCsv(lite.database.db);
    console.log(
      `records file: ${records.toLocaleString('en')} rows, ${mb(content.length)}, made in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    await measure('PGlite', lite.database.db, content);
  } finally {
    await lite.database.close();
  }
  pgRate = await withFreshPostgres('canbang_bench', async (url) => {
    const server = await prepareDatabase(loadConfig({}, { databaseUrl: url }));
    try {
      return await measure(`PostgreSQL (${server.database.location})`, server.database.db, content);
    } finally {
      await server.database.close();
    }
  });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`process peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
result('births-import', pgRate, 'records/s');
