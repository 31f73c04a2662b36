import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  FACILITY_KINDS,
  FACILITY_SERVICES,
  FACILITY_STATUSES,
  facilityInput,
  facilityUpdate,
  workerInput,
  workerUpdate,
} from '../../../shared/contracts/facilities.ts';
import { REGISTRY_WRITERS } from '../../modules/facilities/facilities.policy.ts';
import {
  createFacility,
  createWorker,
  getFacility,
  getWorker,
  listFacilities,
  listWorkers,
  updateFacility,
  updateWorker,
} from '../../modules/facilities/facilities.service.ts';
import { importFacilities } from '../../modules/facilities/facilities-import.ts';
import { principalOf } from '../auth.ts';

const idParams = z.object({ id: z.string().uuid('Mã không hợp lệ') });
const listQuery = z.object({
  q: z.string().max(100).optional(),
  kind: z.enum(FACILITY_KINDS).optional(),
  unit: z.coerce.number().int().positive().optional(),
  status: z.enum(FACILITY_STATUSES).optional(),
  service: z.enum(FACILITY_SERVICES).optional(),
});

/** The registry: facilities that could enable sex selection, and the people who provide such services. */
export const facilityRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const tags = ['facilities'];
  const filterOf = (q: z.infer<typeof listQuery>) => ({ ...q, adminUnitId: q.unit });

  app.get(
    '/api/facilities',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Cơ sở (trong phạm vi của người dùng), kèm tình trạng cam kết',
        querystring: listQuery,
      },
    },
    async (req) => ({ items: await listFacilities(db(), principalOf(req), filterOf(req.query)) }),
  );
  app.get(
    '/api/facilities/:id',
    { config: { access: 'authenticated' }, schema: { tags, params: idParams } },
    async (req) => getFacility(db(), principalOf(req), req.params.id),
  );
  app.post(
    '/api/facilities',
    { config: { access: REGISTRY_WRITERS }, schema: { tags, summary: 'Thêm cơ sở', body: facilityInput } },
    async (req, reply) => reply.status(201).send(await createFacility(db(), principalOf(req), req.body)),
  );
  app.patch(
    '/api/facilities/:id',
    {
      config: { access: REGISTRY_WRITERS },
      schema: {
        tags,
        summary: 'Sửa cơ sở (409 nếu người khác vừa sửa)',
        params: idParams,
        body: facilityUpdate,
      },
    },
    async (req) => updateFacility(db(), principalOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/facilities/import',
    {
      config: { access: REGISTRY_WRITERS },
      bodyLimit: 15 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Nhập danh sách cơ sở từ XLSX/CSV (base64): lỗi nêu dòng và cột, tất cả hoặc không; nhập lại cùng danh sách thì cập nhật, không nhân đôi',
        body: z.object({ fileName: z.string().min(1).max(200), contentBase64: z.string().min(1) }),
      },
    },
    async (req) =>
      importFacilities(db(), principalOf(req), {
        fileName: req.body.fileName,
        content: Buffer.from(req.body.contentBase64, 'base64'),
      }),
  );

  app.get(
    '/api/health-workers',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Cá nhân cung cấp dịch vụ (siêu âm, phá thai…)', querystring: listQuery },
    },
    async (req) => ({ items: await listWorkers(db(), principalOf(req), filterOf(req.query)) }),
  );
  app.get(
    '/api/health-workers/:id',
    { config: { access: 'authenticated' }, schema: { tags, params: idParams } },
    async (req) => getWorker(db(), principalOf(req), req.params.id),
  );
  app.post(
    '/api/health-workers',
    { config: { access: REGISTRY_WRITERS }, schema: { tags, body: workerInput } },
    async (req, reply) => reply.status(201).send(await createWorker(db(), principalOf(req), req.body)),
  );
  app.patch(
    '/api/health-workers/:id',
    { config: { access: REGISTRY_WRITERS }, schema: { tags, params: idParams, body: workerUpdate } },
    async (req) => updateWorker(db(), principalOf(req), req.params.id, req.body),
  );
};
