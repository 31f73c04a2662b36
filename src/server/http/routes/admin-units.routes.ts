import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOf } from '../../../shared/contracts/common.ts';
import {
  adminUnitDetailDto,
  adminUnitDto,
  adminUnitListQuery,
  createVillageInput,
  updateVillageInput,
} from '../../../shared/contracts/org-units.ts';
import { MANAGER_ROLES } from '../../../shared/roles.ts';
import {
  createVillage,
  getAdminUnit,
  listAdminUnits,
  updateVillage,
} from '../../modules/org-units/admin-units.service.ts';
import { principalOf } from '../auth.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });

export const adminUnitRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/admin-units',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['admin-units'],
        summary: 'Đơn vị hành chính (lọc theo cấp trên, cấp, tên không dấu)',
        querystring: adminUnitListQuery,
        response: { 200: listOf(adminUnitDto) },
      },
    },
    async (req) => ({ items: await listAdminUnits(db(), principalOf(req), req.query) }),
  );

  app.get(
    '/api/admin-units/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['admin-units'],
        summary: 'Một đơn vị hành chính, cấp trên và đơn vị kế thừa',
        params: idParams,
        response: { 200: adminUnitDetailDto },
      },
    },
    async (req) => getAdminUnit(db(), principalOf(req), req.params.id),
  );

  app.post(
    '/api/admin-units',
    {
      config: { access: MANAGER_ROLES },
      schema: {
        tags: ['admin-units'],
        summary: 'Thêm bản, tổ dân phố vào một xã, phường',
        body: createVillageInput,
        response: { 201: adminUnitDetailDto },
      },
    },
    async (req, reply) => reply.status(201).send(await createVillage(db(), principalOf(req), req.body)),
  );

  app.patch(
    '/api/admin-units/:id',
    {
      config: { access: MANAGER_ROLES },
      schema: {
        tags: ['admin-units'],
        summary: 'Sửa bản, tổ dân phố',
        params: idParams,
        body: updateVillageInput,
        response: { 200: adminUnitDetailDto },
      },
    },
    async (req) => updateVillage(db(), principalOf(req), req.params.id, req.body),
  );
};
