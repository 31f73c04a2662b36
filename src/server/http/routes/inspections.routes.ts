import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  inspectionInput,
  inspectionPlanInput,
  inspectionPlanUpdate,
  inspectionUpdate,
  sanctionInput,
} from '../../../shared/contracts/facilities.ts';
import { facilityFiguresToXlsx } from '../../documents/facility-figures-xlsx.ts';
import {
  INSPECTION_WRITERS,
  PLANNERS,
  PROVINCE_READERS,
} from '../../modules/facilities/facilities.policy.ts';
import {
  commitmentCoverage,
  facilityFigures,
  inspectionPriorities,
} from '../../modules/facilities/facility-figures.service.ts';
import {
  createInspection,
  createInspectionPlan,
  getInspection,
  getInspectionPlan,
  listInspectionPlans,
  listInspections,
  updateInspection,
  updateInspectionPlan,
  updateViolation,
} from '../../modules/facilities/inspections.service.ts';
import { principalOf } from '../auth.ts';
import { sendDownload } from '../download.ts';

const idParams = z.object({ id: z.string().uuid('Mã không hợp lệ') });
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const inspectionRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const tags = ['inspections'];

  app.get(
    '/api/inspection-plans',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Kế hoạch kiểm tra (đoàn, đối tượng, thời gian)' },
    },
    async (req) => ({ items: await listInspectionPlans(db(), principalOf(req)) }),
  );
  app.get(
    '/api/inspection-plans/:id',
    { config: { access: 'authenticated' }, schema: { tags, params: idParams } },
    async (req) => getInspectionPlan(db(), principalOf(req), req.params.id),
  );
  app.post(
    '/api/inspection-plans',
    { config: { access: PLANNERS }, schema: { tags, body: inspectionPlanInput } },
    async (req, reply) =>
      reply.status(201).send(await createInspectionPlan(db(), principalOf(req), req.body)),
  );
  app.put(
    '/api/inspection-plans/:id',
    { config: { access: PLANNERS }, schema: { tags, params: idParams, body: inspectionPlanUpdate } },
    async (req) => updateInspectionPlan(db(), principalOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/inspections',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Biên bản kiểm tra (theo cơ sở, kế hoạch hoặc năm)',
        querystring: z.object({
          facilityId: z.string().uuid().optional(),
          workerId: z.string().uuid().optional(),
          planId: z.string().uuid().optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
      },
    },
    async (req) => ({ items: await listInspections(db(), principalOf(req), req.query) }),
  );
  app.get(
    '/api/inspections/priorities',
    {
      config: { access: [...PROVINCE_READERS, 'inspector'] },
      schema: { tags, summary: 'Nên kiểm tra ở đâu tiếp theo: xếp hạng kèm lý do' },
    },
    async (req) => ({ items: await inspectionPriorities(db(), principalOf(req)) }),
  );
  app.get(
    '/api/inspections/:id',
    { config: { access: 'authenticated' }, schema: { tags, params: idParams } },
    async (req) => getInspection(db(), principalOf(req), req.params.id),
  );
  app.post(
    '/api/inspections',
    {
      config: { access: INSPECTION_WRITERS },
      schema: {
        tags,
        summary: 'Ghi một cuộc kiểm tra (danh mục, phát hiện, vi phạm)',
        body: inspectionInput,
      },
    },
    async (req, reply) => reply.status(201).send(await createInspection(db(), principalOf(req), req.body)),
  );
  app.patch(
    '/api/inspections/:id',
    { config: { access: INSPECTION_WRITERS }, schema: { tags, params: idParams, body: inspectionUpdate } },
    async (req) => updateInspection(db(), principalOf(req), req.params.id, req.body),
  );
  app.patch(
    '/api/violations/:id',
    {
      config: { access: INSPECTION_WRITERS },
      schema: {
        tags,
        summary: 'Quyết định xử phạt và theo dõi khắc phục một vi phạm (cảnh báo khi mức phạt ngoài khung)',
        params: idParams,
        body: sanctionInput,
      },
    },
    async (req) => updateViolation(db(), principalOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/facility-figures',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Số liệu cam kết, kiểm tra, vi phạm, tiền phạt của một năm',
        querystring: yearQuery,
      },
    },
    async (req) => facilityFigures(db(), principalOf(req), req.query.year),
  );
  app.get(
    '/api/facility-figures.xlsx',
    { config: { access: 'authenticated' }, schema: { tags, querystring: yearQuery } },
    async (req, reply) => {
      const p = principalOf(req);
      const figures = await facilityFigures(db(), p, req.query.year);
      const coverage = await commitmentCoverage(db(), p, figures.coverageDate);
      return sendDownload(reply, {
        data: await facilityFiguresToXlsx(figures, coverage),
        fileName: `co-so-cam-ket-kiem-tra-${req.query.year}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    },
  );
};
