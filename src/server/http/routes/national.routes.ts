import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { nationalTargetInput, nationalTargetPatch } from '../../../shared/contracts/national.ts';
import {
  NATIONAL_PAGE_ROLES,
  nationalOverview,
  sendConsolidatedReport,
} from '../../modules/national/national-overview.service.ts';
import {
  createNationalTarget,
  listNationalTargets,
  TARGET_WRITERS,
  updateNationalTarget,
} from '../../modules/national/national-targets.service.ts';
import { principalOf } from '../auth.ts';

const year = z.coerce
  .number()
  .int('Năm phải là số nguyên')
  .min(2000, 'Năm từ 2000')
  .max(2100, 'Năm đến 2100');

/** The national level (issue 14): Cục Dân số's targets and page, and the provinces' reports to it. */
export const nationalRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const tags = ['national'];

  app.get(
    '/api/national/overview',
    {
      config: { access: NATIONAL_PAGE_ROLES },
      schema: {
        tags,
        summary:
          'Toàn quốc: tỷ số giới tính khi sinh của từng tỉnh, tỉnh đã ban hành kế hoạch, đã gửi báo cáo',
        querystring: z.object({ year }),
      },
    },
    async (req) => nationalOverview(db(), principalOf(req), req.query.year),
  );
  app.get(
    '/api/national-targets',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Chỉ tiêu toàn quốc theo năm (Cục Dân số)',
        querystring: z.object({ year: year.optional() }),
      },
    },
    async (req) => ({ items: await listNationalTargets(db(), req.query) }),
  );
  app.post(
    '/api/national-targets',
    {
      config: { access: TARGET_WRITERS },
      schema: { tags, summary: 'Thêm chỉ tiêu toàn quốc', body: nationalTargetInput },
    },
    async (req, reply) => reply.code(201).send(await createNationalTarget(db(), principalOf(req), req.body)),
  );
  app.patch(
    '/api/national-targets/:id',
    {
      config: { access: TARGET_WRITERS },
      schema: {
        tags,
        summary: 'Sửa chỉ tiêu toàn quốc',
        params: z.object({ id: z.string().uuid('Mã chỉ tiêu không hợp lệ') }),
        body: nationalTargetPatch,
      },
    },
    async (req) => updateNationalTarget(db(), principalOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/plans/:id/consolidated-report/send',
    {
      config: { access: ['admin', 'province_officer'] },
      schema: {
        tags,
        summary: 'Gửi báo cáo tổng hợp của năm lên Cục Dân số',
        params: z.object({ id: z.string().uuid('Mã kế hoạch không hợp lệ') }),
        body: z.object({ year }),
      },
    },
    async (req) => sendConsolidatedReport(db(), principalOf(req), req.params.id, req.body.year),
  );
};
