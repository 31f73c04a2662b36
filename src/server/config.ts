import path from 'node:path';

/** Everything the server reads from the environment, in one place (documented in the README). */
export interface Config {
  /** PostgreSQL server URL; when empty, the embedded PGlite database in `dataDir` is used. */
  databaseUrl?: string;
  dataDir: string;
  port: number;
  host: string;
  /** Session lifetime; a session idle longer than `sessionIdleMinutes` ends too. */
  sessionHours: number;
  sessionIdleMinutes: number;
  /** Send cookies with `Secure` (set when the app is served over HTTPS, e.g. behind a proxy). */
  secureCookies: boolean;
  trustProxy: boolean;
  demoPassword: string;
  /** smtp://user:pass@host:port — e-mail reminders are sent only when set. */
  smtpUrl?: string;
  mailFrom: string;
  logLevel: string;
  /** Folder with the built web app (vite build). */
  webDist: string;
}

export const DEFAULT_DEMO_PASSWORD = 'CanBang@2026';

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const num = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) ? Number(v) : d);
  const bool = (v: string | undefined, d: boolean) =>
    v === undefined || v === '' ? d : /^(1|true|yes|on)$/i.test(v);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.CANBANG_DATA_DIR || './data'),
    port: num(env.PORT, 3000),
    host: env.HOST || '127.0.0.1',
    sessionHours: num(env.CANBANG_SESSION_HOURS, 12),
    sessionIdleMinutes: num(env.CANBANG_SESSION_IDLE_MINUTES, 240),
    secureCookies: bool(env.CANBANG_SECURE_COOKIES, false),
    trustProxy: bool(env.CANBANG_TRUST_PROXY, false),
    demoPassword: env.CANBANG_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Cân Bằng <canbang@localhost>',
    logLevel: env.LOG_LEVEL || 'warn',
    webDist: path.resolve(env.CANBANG_WEB_DIST || new URL('../../dist/web', import.meta.url).pathname),
    ...overrides,
  };
}
