import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditEntryDto, auditQuery } from '../../../shared/contracts/audit.ts';
import { MANAGER_ROLES } from '../../../shared/roles.ts';
import { listAudit } from '../../modules/audit/audit.service.ts';
import { principalOf } from '../auth.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      config: { access: MANAGER_ROLES },
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký thay đổi (ai, khi nào, trước và sau)',
        querystring: auditQuery,
        response: { 200: z.object({ items: z.array(auditEntryDto), total: z.number().int() }) },
      },
    },
    async (req) => listAudit(app.deps.database.db, principalOf(req), req.query),
  );
};
