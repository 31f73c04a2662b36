import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  getBatch,
  importBirths,
  listBatches,
  srbEstimatesFromData,
  withdrawBatch,
} from '../../modules/births/births.service.ts';
import { principalOf } from '../auth.ts';

const IMPORTERS = ['admin', 'province_officer', 'reporter'] as const;
const idParams = z.object({ id: z.string().uuid('Mã lô số liệu không hợp lệ') });
const batchDto = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  rowCount: z.number(),
  births: z.number(),
  status: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  withdrawnAt: z.string().nullable(),
});

export const birthRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const tags = ['births'];

  app.post(
    '/api/births/imports',
    {
      config: { access: IMPORTERS },
      bodyLimit: 30 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Nhập tệp số liệu sinh (CSV hoặc XLSX, mã hóa base64): tất cả hoặc không; cùng một tệp không được tính hai lần',
        body: z.object({ fileName: z.string().min(1).max(200), contentBase64: z.string().min(1) }),
        response: { 201: batchDto },
      },
    },
    async (req, reply) =>
      reply.status(201).send(
        await importBirths(db(), principalOf(req), {
          fileName: req.body.fileName,
          content: Buffer.from(req.body.contentBase64, 'base64'),
        }),
      ),
  );
  app.get(
    '/api/births/imports',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Các lô số liệu sinh đã nhập',
        response: { 200: z.object({ items: z.array(batchDto) }) },
      },
    },
    async (req) => ({ items: await listBatches(db(), principalOf(req)) }),
  );
  app.get(
    '/api/births/imports/:id',
    { config: { access: 'authenticated' }, schema: { tags, params: idParams, response: { 200: batchDto } } },
    async (req) => getBatch(db(), principalOf(req), req.params.id),
  );
  app.post(
    '/api/births/imports/:id/withdraw',
    {
      config: { access: IMPORTERS },
      schema: {
        tags,
        summary: 'Rút một lô số liệu (không còn được tính)',
        params: idParams,
        response: { 200: batchDto },
      },
    },
    async (req) => withdrawBatch(db(), principalOf(req), req.params.id),
  );
  app.get(
    '/api/srb/estimates',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['srb'],
        summary: 'Tỷ số giới tính khi sinh theo xã, phường từ số liệu đã nhập',
        querystring: z.object({
          window: z.coerce.number().int().min(1).max(20).optional(),
          threshold: z.coerce.number().min(90).max(150).optional(),
          reference: z.coerce.number().min(90).max(150).optional(),
          province: z
            .string()
            .regex(/^\d{2}$/)
            .optional(),
        }),
      },
    },
    async (req) => {
      const { province, ...settings } = req.query;
      return srbEstimatesFromData(
        db(),
        principalOf(req),
        Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)),
        province,
      );
    },
  );
};
