import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { type ControlChannel, openControlChannel } from './control-channel.ts';
import type { Database } from './db/client.ts';
import type { DemoSeedResult } from './db/seed/demo.ts';
import { createMailer } from './mail/mailer.ts';
import { sealAudit } from './modules/audit/audit-chain.ts';
import { sendReportReminders } from './modules/reports/report-reminders.ts';
import { LoginThrottle } from './modules/users/login-throttle.ts';
import { purgeExpiredSessions } from './modules/users/sessions.ts';
import { prepareDatabase } from './startup.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  demo?: DemoSeedResult;
  close(): Promise<void>;
}

export async function startServer(
  config: Config,
  opts: { demo?: boolean; logger?: boolean | object } = {},
): Promise<RunningServer> {
  const { database, demo } = await prepareDatabase(config, { demo: opts.demo });
  let app: FastifyInstance;
  let control: ControlChannel | undefined;
  try {
    app = await buildApp({ database, config, throttle: new LoginThrottle() }, { logger: opts.logger });
    await app.listen({ port: config.port, host: config.host });
    // PGlite allows one process: `canbang backup` / `audit verify` ask this one (control-channel.ts).
    if (database.kind === 'pglite' && !config.databaseUrl)
      control = await openControlChannel(database, config.dataDir);
  } catch (err) {
    await database.close();
    throw err;
  }
  // The audit log's hash chain: everything unsealed now (a first start seals the existing log),
  // then the last day's new rows every 30 seconds, and once more at shutdown.
  const seal = (recentOnly: boolean) =>
    sealAudit(database.db, { recentOnly }).catch((err) => app.log.warn({ err }, 'niêm phong nhật ký'));
  void seal(false);
  const sealer = setInterval(() => void seal(true), 30_000);
  sealer.unref();
  const purge = setInterval(() => purgeExpiredSessions(database.db).catch(() => {}), 60 * 60 * 1000);
  purge.unref();
  // E-mail reminders of reports due, when an SMTP server is configured; hourly, at most one a day each.
  const mailer = createMailer(config);
  const remind = mailer
    ? setInterval(
        () => sendReportReminders(database.db, mailer).catch((err) => app.log.error(err, 'nhắc hạn báo cáo')),
        60 * 60 * 1000,
      )
    : undefined;
  remind?.unref();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let closing: Promise<void> | undefined;
  return {
    app,
    database,
    demo,
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host === '127.0.0.1' ? 'localhost' : config.host}:${port}`,
    close() {
      // Stop taking requests, let the running ones finish, then close the database (PGlite
      // flushes its files and the data-folder lock is released).
      closing ??= (async () => {
        clearInterval(purge);
        clearInterval(remind);
        clearInterval(sealer);
        try {
          await control?.close();
          await app.close();
          await seal(true);
        } finally {
          await database.close();
        }
      })();
      return closing;
    },
  };
}
