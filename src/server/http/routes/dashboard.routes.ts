import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DASHBOARD_ROLES } from '../../../shared/contracts/dashboard.ts';
import { leadersDashboard } from '../../modules/dashboard/leaders-dashboard.service.ts';
import { principalOf } from '../auth.ts';

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/plans/:id/dashboard',
    {
      config: { access: DASHBOARD_ROLES },
      schema: {
        tags: ['dashboard'],
        summary:
          'Bảng điều hành của lãnh đạo: tiến độ, tình hình báo cáo, giải ngân, thanh tra, tỷ số giới tính khi sinh và các cảnh báo',
        params: z.object({ id: z.string().uuid('Mã kế hoạch không hợp lệ') }),
        querystring: z.object({ period: z.coerce.number().int().min(1).max(12).default(1) }),
      },
    },
    async (req) => leadersDashboard(app.deps.database.db, principalOf(req), req.params.id, req.query.period),
  );
};
