import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { DiskGuard } from '../files/disk-space.ts';
import type { LoginThrottle } from '../modules/users/login-throttle.ts';

/** What route handlers need, decorated on the Fastify instance as `app.deps`. */
export interface AppDeps {
  database: Database;
  config: Config;
  throttle: LoginThrottle;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Refuses writes while the data folder's disk is nearly full (files/disk-space.ts). */
    disk: DiskGuard;
  }
}
