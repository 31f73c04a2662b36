import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOf } from '../../../shared/contracts/common.ts';
import {
  createOrganisationInput,
  organisationDto,
  organisationListQuery,
  updateOrganisationInput,
} from '../../../shared/contracts/org-units.ts';
import { MANAGER_ROLES } from '../../../shared/roles.ts';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from '../../modules/org-units/organisations.service.ts';
import { importOrganisations } from '../../modules/org-units/organisations-import.ts';
import { principalOf } from '../auth.ts';

const idParams = z.object({ id: z.string().uuid('Mã cơ quan không hợp lệ') });

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/organisations',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['organisations'],
        summary: 'Cơ quan, đơn vị của tỉnh',
        querystring: organisationListQuery,
        response: { 200: listOf(organisationDto) },
      },
    },
    async (req) => ({ items: await listOrganisations(db(), principalOf(req), req.query) }),
  );

  app.get(
    '/api/organisations/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['organisations'], params: idParams, response: { 200: organisationDto } },
    },
    async (req) => getOrganisation(db(), principalOf(req), req.params.id),
  );

  app.post(
    '/api/organisations',
    {
      config: { access: MANAGER_ROLES },
      schema: {
        tags: ['organisations'],
        summary: 'Thêm cơ quan, đơn vị',
        body: createOrganisationInput,
        response: { 201: organisationDto },
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const id = await createOrganisation(db(), p, req.body);
      return reply.status(201).send(await getOrganisation(db(), p, id));
    },
  );

  app.patch(
    '/api/organisations/:id',
    {
      config: { access: MANAGER_ROLES },
      schema: {
        tags: ['organisations'],
        summary: 'Sửa, ngừng hoạt động cơ quan',
        params: idParams,
        body: updateOrganisationInput,
        response: { 200: organisationDto },
      },
    },
    async (req) => updateOrganisation(db(), principalOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/organisations/import',
    {
      config: { access: MANAGER_ROLES },
      bodyLimit: 15 * 1024 * 1024,
      schema: {
        tags: ['organisations'],
        summary:
          'Nhập danh sách cơ quan từ XLSX/CSV (base64; cột Tên cơ quan, Loại, Địa bàn, Cơ quan chủ quản…): tất cả hoặc không, lỗi nêu dòng và cột',
        body: z.object({ fileName: z.string().min(1).max(200), contentBase64: z.string().min(1) }),
        response: { 201: z.object({ created: z.number() }) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(
        await importOrganisations(db(), principalOf(req), {
          fileName: req.body.fileName,
          content: Buffer.from(req.body.contentBase64, 'base64'),
        }),
      ),
  );
};
