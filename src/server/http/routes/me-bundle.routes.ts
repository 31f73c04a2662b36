import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { meBundle } from '../../modules/users/me-bundle.service.ts';
import { principalOf } from '../auth.ts';

export const meBundleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/me/bundle',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary:
          'Những gì trang “Tháng này” cần lúc mở, trong một lần hỏi: kế hoạch, hoạt động trong tháng, thôn bản, câu lạc bộ',
      },
    },
    async (req) => meBundle(app.deps.database.db, principalOf(req)),
  );
};
