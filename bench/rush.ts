// The year-end rush: 500 units open and submit their yearly report at the same moment, against
// PostgreSQL over real HTTP. Prints throughput, p50/p99 latency and a count proving that no report
// was lost or doubled (a tenth of the clients send their submission twice, as a retry would).
// Usage: npm run bench:rush [-- --clients N]. Last line: RESULT rush <submissions/s> submissions/s.
import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { loadConfig } from '../src/server/config.ts';
import { adminUnits, organisations, plans, users } from '../src/server/db/schema/index.ts';
import { rows } from '../src/server/db/tx.ts';
import { startServer } from '../src/server/main.ts';
import { createSession } from '../src/server/modules/users/sessions.ts';
import type { PlanContent } from '../src/shared/contracts/plans.ts';
import { result, summarise, withFreshPostgres } from './lib.ts';

const clients = Number(process.argv[process.argv.indexOf('--clients') + 1]) || 500;

await withFreshPostgres('canbang_bench_rush', async (url) => {
  const config = loadConfig({ ...process.env, DATABASE_URL: url, PORT: '0', LOG_LEVEL: 'error' });
  const server = await startServer(config, { demo: true });
  try {
    const db = server.database.db;
    const [province] = await db.select().from(adminUnits).where(eq(adminUnits.code, '14'));
    const [base] = await db.select().from(plans).where(eq(plans.provinceCode, '14')).limit(1);
    const [ccds] = await db.select().from(organisations).where(eq(organisations.kind, 'population_office'));
    // 500 reporting bodies named on one activity of a plan due 05/12, each with a signed-in user.
    const orgs = await db
      .insert(organisations)
      .values(
        Array.from({ length: clients }, (_, i) => ({
          name: `Đơn vị thử ${i + 1}`,
          kind: 'other' as const,
          adminUnitId: province.id,
          provinceCode: '14',
          sortKey: `don vi thu ${String(i).padStart(4, '0')}`,
          searchText: `don vi thu ${i + 1}`,
        })),
      )
      .returning({ id: organisations.id });
    const content = base.content as PlanContent;
    const activity = {
      ...content.activities[0],
      id: crypto.randomUUID(),
      coordinatingOrganisationIds: orgs.map((o) => o.id),
      children: [],
    };
    const [plan] = await db
      .insert(plans)
      .values({
        ...base,
        id: undefined,
        number: null,
        status: 'issued',
        previousRevisionId: null,
        content: {
          ...content,
          activities: [activity],
          reporting: { deadline: '2026-12-05', period: 'year', throughOrganisationId: ccds.id },
        },
      })
      .returning({ id: plans.id });
    const people = await db
      .insert(users)
      .values(
        orgs.map((o, i) => ({
          username: `rush-${i}`,
          displayName: `Thử ${i}`,
          passwordHash: 'không đăng nhập',
          role: 'reporter' as const,
          organisationId: o.id,
        })),
      )
      .returning({ id: users.id });
    const sessions = await Promise.all(people.map((u) => createSession(db, u.id, {}, config)));
    console.log(`${clients} units, each signed in; plan ${plan.id}`);

    const call = async (s: (typeof sessions)[number], path: string, body: unknown) => {
      const res = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: `cb_sid=${s.token}`,
          'x-csrf-token': s.csrfToken,
        },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { id: string; version: number; status: string; message?: string };
      if (!res.ok) throw new Error(`${path}: ${res.status} ${json.message}`);
      return json;
    };
    // Units open their drafts during the last days; the rush is the submissions of the last hours.
    const opened: number[] = [];
    const tOpen = performance.now();
    const drafts = await Promise.all(
      sessions.map(async (s) => {
        const start = performance.now();
        const report = await call(s, '/api/reports', { planId: plan.id });
        opened.push(performance.now() - start);
        return report;
      }),
    );
    summarise(
      `${clients} units opening their drafts at once (${((performance.now() - tOpen) / 1000).toFixed(1)} s)`,
      opened,
    );
    const latencies: number[] = [];
    const t0 = performance.now();
    await Promise.all(
      sessions.map(async (s, i) => {
        const report = drafts[i];
        const start = performance.now();
        const sent = await call(s, `/api/reports/${report.id}/submit`, { version: report.version });
        latencies.push(performance.now() - start);
        if (i % 10 === 0) await call(s, `/api/reports/${report.id}/submit`, { version: report.version }); // a retry
        if (sent.status !== 'submitted') throw new Error(`report ${report.id} is ${sent.status}`);
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const s = summarise(`${clients} units submitting at once`, latencies);
    const [count] = await rows<{ reports: number; submitted: number; submissions: number }>(
      db,
      sql`select count(*)::int as reports, count(*) filter (where status = 'submitted')::int as submitted,
                 sum(submissions)::int as submissions from unit_reports where plan_id = ${plan.id}`,
    );
    console.log(
      `stored: ${count.reports} reports, ${count.submitted} submitted, ${count.submissions} submissions (expected ${clients} of each: ${
        count.reports === clients && count.submitted === clients && count.submissions === clients
          ? 'none lost, none doubled'
          : 'MISMATCH'
      })`,
    );
    console.log(
      `submissions: p50 ${s.p50.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, ${(clients / seconds).toFixed(0)} submissions/s`,
    );
    if (count.reports !== clients || count.submissions !== clients) process.exitCode = 1;
    result('rush', clients / seconds, 'submissions/s');
  } finally {
    await server.close();
  }
});
