// Export time of the Sơn La 2026 plan as DOCX (and XLSX), in process on a demo database.
// Usage: npm run bench:plan-export [-- --runs N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemPrincipal } from '../src/server/access/principal.ts';
import { loadConfig } from '../src/server/config.ts';
import { exportPlan } from '../src/server/modules/plans/plan-export.service.ts';
import { listPlans } from '../src/server/modules/plans/plans.service.ts';
import { prepareDatabase } from '../src/server/startup.ts';
import { result, summarise } from './lib.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 30;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-bench-export-'));
const { database } = await prepareDatabase(
  loadConfig({ ...process.env, CANBANG_DATA_DIR: path.join(dir, 'data') }),
  { demo: true },
);
try {
  const p = systemPrincipal();
  const plan = (await listPlans(database.db, p, { year: 2026 })).find(
    (x) => x.organisationName === 'Sở Y tế tỉnh Sơn La' && x.status === 'issued',
  )!;
  for (const format of ['xlsx', 'docx'] as const) {
    await exportPlan(database.db, p, plan.id, format); // warm-up
    const samples: number[] = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      size = (await exportPlan(database.db, p, plan.id, format)).data.length;
      samples.push(performance.now() - t0);
    }
    const s = summarise(`Sơn La 2026 plan → ${format} (${size} bytes)`, samples);
    if (format === 'docx') result('plan-export', s.p50, 'ms');
  }
} finally {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
