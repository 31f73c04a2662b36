import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checklistItemInput,
  checklistItemUpdate,
  legalProvisionUpdate,
} from '../../../shared/contracts/facilities.ts';
import {
  createChecklistItem,
  listChecklist,
  listProvisions,
  updateChecklistItem,
  updateProvision,
} from '../../modules/facilities/legal.service.ts';
import { principalOf } from '../auth.ts';

const idParams = z.object({ id: z.string().uuid('Mã không hợp lệ') });
const province = z
  .string()
  .regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số')
  .optional();

/** The legal catalogue of sanctions and the inspection checklist: everyone reads, admins edit. */
export const legalRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const tags = ['legal'];
  app.get(
    '/api/legal-provisions',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Điều khoản xử phạt (NĐ 117/2020), có đánh dấu mục chưa kiểm chứng' },
    },
    async () => ({ items: await listProvisions(db()) }),
  );
  app.patch(
    '/api/legal-provisions/:id',
    { config: { access: ['admin'] }, schema: { tags, params: idParams, body: legalProvisionUpdate } },
    async (req) => updateProvision(db(), principalOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/checklist-items',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Danh mục nội dung kiểm tra của tỉnh', querystring: z.object({ province }) },
    },
    async (req) => ({ items: await listChecklist(db(), principalOf(req), req.query.province) }),
  );
  app.post(
    '/api/checklist-items',
    { config: { access: ['admin'] }, schema: { tags, body: checklistItemInput.extend({ province }) } },
    async (req, reply) => reply.status(201).send(await createChecklistItem(db(), principalOf(req), req.body)),
  );
  app.patch(
    '/api/checklist-items/:id',
    { config: { access: ['admin'] }, schema: { tags, params: idParams, body: checklistItemUpdate } },
    async (req) => updateChecklistItem(db(), principalOf(req), req.params.id, req.body),
  );
};
