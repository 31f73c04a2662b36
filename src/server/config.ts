import net from 'node:net';
import path from 'node:path';
import { AppError } from '../shared/errors.ts';

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
  /**
   * Addresses or CIDR ranges of the reverse proxies in front of the server. X-Forwarded-For is
   * read only from these, right to left, and the client is its right-most address that is not a
   * trusted proxy (what a client writes further left is its own claim). Empty: the header is ignored.
   */
  trustedProxies: string[];
  demoPassword: string;
  /** smtp://user:pass@host:port — e-mail reminders are sent only when set. */
  smtpUrl?: string;
  mailFrom: string;
  logLevel: string;
  /** Folder with the built web app (vite build). */
  webDist: string;
  /** Writes are refused (507) while less than this is free where `dataDir` is. */
  diskReserveMb: number;
  /** Attachments stored by one user, and by the users of one organisation, in total. */
  attachmentQuotaUserMb: number;
  attachmentQuotaOrgMb: number;
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
    trustedProxies: parseTrustedProxies(env),
    demoPassword: env.CANBANG_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Cân Bằng <canbang@localhost>',
    logLevel: env.LOG_LEVEL || 'warn',
    diskReserveMb: num(env.CANBANG_DISK_RESERVE_MB, 200),
    attachmentQuotaUserMb: num(env.CANBANG_ATTACHMENT_QUOTA_USER_MB, 200),
    attachmentQuotaOrgMb: num(env.CANBANG_ATTACHMENT_QUOTA_ORG_MB, 1000),
    webDist: path.resolve(env.CANBANG_WEB_DIST || new URL('../../dist/web', import.meta.url).pathname),
    ...overrides,
  };
}

/** CANBANG_TRUSTED_PROXIES=10.0.0.1,10.0.0.0/8 (IPv4 or IPv6, single addresses or CIDR ranges). */
export function parseTrustedProxies(env: NodeJS.ProcessEnv): string[] {
  if (env.CANBANG_TRUST_PROXY !== undefined && env.CANBANG_TRUSTED_PROXIES === undefined) {
    // It trusted every sender, so any client could forge its address: refused rather than guessed.
    throw new AppError('VALIDATION', {
      detail:
        'CANBANG_TRUST_PROXY không còn được dùng vì nó tin mọi địa chỉ. Hãy ghi địa chỉ của proxy vào CANBANG_TRUSTED_PROXIES (ví dụ 10.0.0.1 hoặc 10.0.0.0/8) và bỏ CANBANG_TRUST_PROXY.',
    });
  }
  const entries = (env.CANBANG_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const family = net.isIP(address);
    const max = family === 6 ? 128 : 32;
    const okBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= max);
    if (!family || !okBits || extra !== undefined) {
      throw new AppError('VALIDATION', {
        detail: `CANBANG_TRUSTED_PROXIES: "${entry}" không phải địa chỉ IP hay dải CIDR (ví dụ 10.0.0.1, 10.0.0.0/8, ::1).`,
      });
    }
  }
  return entries;
}
