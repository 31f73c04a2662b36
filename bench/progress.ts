// Roll-up time of plan progress for a province of 75 communes × 12 months × 30 activities
// (about 27,000 activity records): GET /api/plans/:id/progress's work, on PGlite and on PostgreSQL.
// Usage: npm run bench:progress [-- --runs N]. Last line: RESULT progress <ms> ms (PostgreSQL p50).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { systemPrincipal } from '../src/server/access/principal.ts';
import { loadConfig } from '../src/server/config.ts';
import type { Db } from '../src/server/db/client.ts';
import { activityRecords, adminUnits, organisations, plans } from '../src/server/db/schema/index.ts';
import { planProgress } from '../src/server/modules/activities/plan-progress.service.ts';
import { prepareDatabase } from '../src/server/startup.ts';
import type { PlanActivity, PlanContent } from '../src/shared/contracts/plans.ts';
import { result, summarise, withFreshPostgres } from './lib.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 30;
const ACTIVITIES = 30;
const MONTHS = 12;

/** A copy of the demo's Sơn La plan with 30 activities, and a record per commune, month and activity. */
async function fill(db: Db): Promise<string> {
  const [base] = await db.select().from(plans).where(eq(plans.provinceCode, '14')).limit(1);
  const activities: PlanActivity[] = Array.from({ length: ACTIVITIES }, (_, i) => ({
    id: crypto.randomUUID(),
    title: `Hoạt động ${i + 1}`,
    content: [],
    forms: [],
    audiences: [],
    kind: 'media',
    coordinatingOrganisationIds: [],
    coordinatingNames: [],
    placeUnitIds: [],
    start: '2026-01-01',
    end: '2026-12-31',
    outputs: [{ description: 'Lượt phát', quantity: 900, unit: 'lượt' }],
    budgetLines: [],
    children: [],
  }));
  const content = { ...(base.content as PlanContent), activities };
  const [plan] = await db
    .insert(plans)
    .values({ ...base, id: undefined, content, number: null, status: 'issued', previousRevisionId: null })
    .returning({ id: plans.id });
  const all = await db
    .select({ org: organisations.id, unit: organisations.adminUnitId })
    .from(organisations)
    .innerJoin(adminUnits, eq(adminUnits.id, organisations.adminUnitId))
    .where(
      and(eq(adminUnits.provinceCode, '14'), eq(adminUnits.level, 'commune'), isNull(adminUnits.validTo)),
    );
  // One recording body per commune (its Trạm Y tế or the first other one).
  const stations = [...new Map(all.map((s) => [s.unit, s])).values()];
  const rows = stations.flatMap((s) =>
    Array.from({ length: MONTHS }, (_, m) =>
      activities.map((a) => ({
        provinceCode: '14',
        planId: plan.id,
        activityId: a.id,
        rootActivityId: a.id,
        organisationId: s.org,
        adminUnitId: s.unit,
        kind: 'media' as const,
        startDate: `2026-${String(m + 1).padStart(2, '0')}-05`,
        endDate: `2026-${String(m + 1).padStart(2, '0')}-05`,
        participantsTotal: 20,
        outputs: [{ description: 'Lượt phát', quantity: 4, unit: 'Lượt' }],
        outputQuantity: 4,
        cost: 50_000,
        measures: { kind: 'media' as const, items: [{ channel: 'loudspeaker' as const, count: 4 }] },
        createdBy: 'bench',
      })),
    ).flat(),
  );
  for (let i = 0; i < rows.length; i += 2000)
    await db.insert(activityRecords).values(rows.slice(i, i + 2000));
  await db.execute(sql`analyze activity_records`);
  console.log(
    `${stations.length} communes × ${MONTHS} months × ${ACTIVITIES} activities = ${rows.length} records`,
  );
  return plan.id;
}

async function measure(label: string, db: Db): Promise<number> {
  const planId = await fill(db);
  const p = systemPrincipal('bench');
  const first = await planProgress(db, p, planId);
  const total = first.activities.reduce((s, a) => s + a.done.records, 0);
  if (total !== 75 * MONTHS * ACTIVITIES) throw new Error(`rolled up ${total} records`);
  for (let i = 0; i < 5; i++) await planProgress(db, p, planId);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await planProgress(db, p, planId);
    samples.push(performance.now() - t0);
  }
  return summarise(`${label}: progress of ${ACTIVITIES} activities over ${total} records`, samples).p50;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-bench-progress-'));
const lite = await prepareDatabase(
  loadConfig({}, { databaseUrl: undefined, dataDir: path.join(dir, 'data') }),
  {
    demo: true,
  },
);
try {
  await measure('PGlite', lite.database.db);
} finally {
  await lite.database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
const pgP50 = await withFreshPostgres('canbang_bench_progress', async (url) => {
  const server = await prepareDatabase(loadConfig({}, { databaseUrl: url }), { demo: true });
  try {
    return await measure('PostgreSQL', server.database.db);
  } finally {
    await server.database.close();
  }
});
result('progress', pgP50, 'ms');
