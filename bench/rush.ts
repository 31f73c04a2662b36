// The year-end rush: 500 units open and submit their yearly report at the same moment, against
// PostgreSQL over real HTTP. Prints throughput, p50/p99 latency and a count proving that no report
// was lost or doubled (a tenth of the clients send their submission twice, as a retry would) and
// that every submission is in the audit log under its unit's user. The server runs here; the 500
// clients run in a process of their own (bench/rush-clients.ts), as they would on 500 machines.
// Usage: npm run bench:rush [-- --clients N]. Last line: RESULT rush <submissions/s> submissions/s.
import { fork } from 'node:child_process';
import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { loadConfig } from '../src/server/config.ts';
import { adminUnits, organisations, plans, users } from '../src/server/db/schema/index.ts';
import { rows } from '../src/server/db/tx.ts';
import { startServer } from '../src/server/main.ts';
import { createSession } from '../src/server/modules/users/sessions.ts';
import type { PlanContent } from '../src/shared/contracts/plans.ts';
import { result, summarise, withFreshPostgres } from './lib.ts';
import type { RushJob, RushTimes } from './rush-clients.ts';

/** Runs the clients in a child process and waits for their latencies. */
function runClients(job: RushJob): Promise<RushTimes> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./rush-clients.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
    let answer: { times?: RushTimes; error?: string } | undefined;
    child.on('message', (m: typeof answer) => {
      answer = m;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer?.times) resolve(answer.times);
      else reject(new Error(answer?.error ?? `the clients stopped (exit code ${code})`));
    });
    child.send(job);
  });
}

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

    // The clients run in their own process (bench/rush-clients.ts) and talk to the server over HTTP.
    const times = await runClients({
      url: server.url,
      planId: plan.id,
      sessions: sessions.map((s) => ({ token: s.token, csrfToken: s.csrfToken })),
    });
    summarise(
      `${clients} units opening their drafts at once (${times.openSeconds.toFixed(1)} s)`,
      times.openedMs,
    );
    const seconds = times.submitSeconds;
    const s = summarise(`${clients} units submitting at once`, times.submitMs);
    const [count] = await rows<{ reports: number; submitted: number; submissions: number; audited: number }>(
      db,
      sql`select count(*)::int as reports, count(*) filter (where status = 'submitted')::int as submitted,
                 sum(submissions)::int as submissions,
                 (select count(*)::int from audit_log a
                    join unit_reports r on a.entity_id = r.id::text
                    join users u on u.id = a.actor_id and u.username = a.actor_username
                                and u.organisation_id = r.organisation_id
                   where a.entity = 'unit_reports' and a.action = 'update'
                     and a.after ->> 'status' = 'submitted' and r.plan_id = ${plan.id}) as audited
            from unit_reports where plan_id = ${plan.id}`,
    );
    const exact = [count.reports, count.submitted, count.submissions, count.audited].every(
      (n) => n === clients,
    );
    console.log(
      `stored: ${count.reports} reports, ${count.submitted} submitted, ${count.submissions} submissions, ${count.audited} submissions in the audit log under their unit's user (expected ${clients} of each: ${
        exact ? 'none lost, none doubled' : 'MISMATCH'
      })`,
    );
    console.log(
      `submissions: p50 ${s.p50.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, ${(clients / seconds).toFixed(0)} submissions/s`,
    );
    if (!exact) process.exitCode = 1;
    result('rush', clients / seconds, 'submissions/s');
  } finally {
    await server.close();
  }
});
