import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rows } from '../../db/tx.ts';
import { APP_VERSION } from '../../version.ts';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Tình trạng máy chủ và cơ sở dữ liệu',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgres']),
            version: z.string(),
          }),
        },
      },
    },
    async () => {
      // A real round trip: a health check that does not touch the database proves nothing.
      await rows(app.deps.database.db, sql`select 1`);
      return { status: 'ok' as const, database: app.deps.database.kind, version: APP_VERSION };
    },
  );
};
