import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deadlineDto } from '../../../shared/contracts/deadlines.ts';
import { deadlinesFor } from '../../modules/deadlines/deadlines.service.ts';
import { principalOf } from '../auth.ts';

export const meDeadlinesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/me/deadlines',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Các hạn báo cáo của người dùng',
        response: { 200: z.object({ items: z.array(deadlineDto) }) },
      },
    },
    async (req) => ({ items: await deadlinesFor(app.deps.database.db, principalOf(req)) }),
  );
};
