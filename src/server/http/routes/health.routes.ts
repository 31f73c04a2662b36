import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rows } from '../../db/tx.ts';
import { APP_VERSION } from '../../version.ts';
import { RETRY_AFTER_SECONDS } from '../errors.ts';

const healthBody = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['pglite', 'postgres']),
  /** A real round trip to the database answered within DATABASE_CHECK_MS. */
  databaseReachable: z.boolean(),
  /** Free bytes where the data folder is (null when it cannot be read, e.g. no folder on PostgreSQL). */
  dataDirFreeBytes: z.number().nullable(),
  /** False while writes are refused because that free space is below the reserve. */
  writable: z.boolean(),
  version: z.string(),
});

const DATABASE_CHECK_MS = 3000;

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Tình trạng máy chủ và cơ sở dữ liệu (503 khi không kết nối được cơ sở dữ liệu)',
        response: { 200: healthBody, 503: healthBody },
      },
    },
    async (_req, reply) => {
      // A real round trip: a health check that does not touch the database proves nothing.
      const databaseReachable = await reachable(rows(app.deps.database.db, sql`select 1`), DATABASE_CHECK_MS);
      const free = await app.disk.free(true);
      if (!databaseReachable) reply.code(503).header('retry-after', String(RETRY_AFTER_SECONDS));
      return {
        status: databaseReachable ? ('ok' as const) : ('unavailable' as const),
        database: app.deps.database.kind,
        databaseReachable,
        dataDirFreeBytes: free,
        writable: free === null || free >= app.disk.opts.reserveBytes,
        version: APP_VERSION,
      };
    },
  );
};

async function reachable(check: Promise<unknown>, withinMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), withinMs);
  });
  try {
    // A check still running when the time is up must not end as an unhandled rejection later.
    return await Promise.race([
      check.then(
        () => true,
        () => false,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
