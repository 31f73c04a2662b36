import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { type Config, loadConfig } from '../../src/server/config.ts';
import type { Database } from '../../src/server/db/client.ts';
import { DEFAULT_THROTTLE, LoginThrottle } from '../../src/server/modules/users/login-throttle.ts';
import { TEST_DEMO_PASSWORD } from './constants.ts';
import { createTestDatabase } from './test-db.ts';

export interface Client {
  username: string;
  csrf: string;
  cookie: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** A signed-in client (demo accounts share TEST_DEMO_PASSWORD); `fresh` signs in anew. */
  as(username: string, password?: string, opts?: { fresh?: boolean }): Promise<Client>;
  anonymous(): Client;
  close(): Promise<void>;
}

export async function createTestApp(
  opts: { webDist?: string; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig(
    {},
    { demoPassword: TEST_DEMO_PASSWORD, webDist: opts.webDist ?? '/nonexistent', ...opts.config },
  );
  // Tests sign in often from one address: a lenient throttle, tested on its own elsewhere.
  const app = await buildApp(
    {
      database,
      config,
      throttle: new LoginThrottle({ ...DEFAULT_THROTTLE, freePerPair: 1000, freePerAccount: 1000 }),
    },
    { logger: process.env.TEST_LOG ? { level: 'error' } : false },
  );
  const clients = new Map<string, Client>();

  function client(username: string, cookie: string, csrf: string): Client {
    const request = (opts: InjectOptions) =>
      app.inject({
        ...opts,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(csrf ? { 'x-csrf-token': csrf } : {}),
          ...(opts.headers ?? {}),
        },
      });
    return {
      username,
      csrf,
      cookie,
      request,
      get: (url) => request({ method: 'GET', url }),
      post: (url, body) => request({ method: 'POST', url, payload: body as InjectOptions['payload'] }),
      patch: (url, body) => request({ method: 'PATCH', url, payload: body as InjectOptions['payload'] }),
      put: (url, body) => request({ method: 'PUT', url, payload: body as InjectOptions['payload'] }),
    };
  }

  return {
    app,
    database,
    async as(username, password = TEST_DEMO_PASSWORD, opts = {}) {
      const key = `${username}:${password}`;
      const cached = clients.get(key);
      if (cached && !opts.fresh) return cached;
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const setCookie = res.cookies.find((c) => c.name === 'cb_sid');
      const c = client(username, `cb_sid=${setCookie!.value}`, res.json().csrfToken);
      if (!opts.fresh) clients.set(key, c);
      return c;
    },
    anonymous: () => client('(anonymous)', '', ''),
    async close() {
      await app.close();
      await database.close();
    },
  };
}
