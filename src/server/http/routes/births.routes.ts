import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { birthsSourceInput, monthlyBirthsInput } from '../../../shared/contracts/srb.ts';
import { getBatch, importBirths, listBatches, withdrawBatch } from '../../modules/births/births.service.ts';
import { getMonthlyBirths, saveMonthlyBirths } from '../../modules/births/births-monthly.service.ts';
import { monthlyBirthsGrid } from '../../modules/births/births-monthly-grid.service.ts';
import { getBirthsSource, setBirthsSource } from '../../modules/births/births-source.ts';
import { principalOf } from '../auth.ts';

const IMPORTERS = ['admin', 'province_officer', 'reporter'] as const;
const idParams = z.object({ id: z.string().uuid('Mã lô số liệu không hợp lệ') });
const batchDto = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  rowCount: z.number(),
  births: z.number(),
  simulated: z.boolean(),
  status: z.string(),
  createdBy: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  withdrawnAt: z.string().nullable(),
  warnings: z.array(z.string()).optional(),
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
    '/api/births/monthly/grid',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Số trẻ sinh theo biểu hằng tháng của mọi xã, phường trong phạm vi, 12 tháng của một năm',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
      },
    },
    async (req) => ({ items: await monthlyBirthsGrid(db(), principalOf(req), req.query.year) }),
  );
  app.get(
    '/api/births/monthly',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Biểu sinh hằng tháng của một xã, phường trong một năm (trai, gái theo thứ tự sinh)',
        querystring: z.object({
          unit: z.string().regex(/^\d{5}$/, 'Mã xã, phường gồm 5 chữ số'),
          year: z.coerce.number().int().min(2000).max(2100),
        }),
      },
    },
    async (req) => getMonthlyBirths(db(), principalOf(req), req.query.unit, req.query.year),
  );
  app.put(
    '/api/births/monthly',
    {
      config: { access: IMPORTERS },
      schema: {
        tags,
        summary:
          'Lưu biểu sinh một tháng (thay biểu cũ của tháng đó; 409 nếu người khác vừa lưu; gửi lại cùng số thì không đổi gì)',
        body: monthlyBirthsInput,
      },
    },
    async (req) => saveMonthlyBirths(db(), principalOf(req), req.body),
  );
  app.get(
    '/api/births/source',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Nguồn số trẻ sinh được tính của một tỉnh: biểu hằng tháng của trạm, tệp do tỉnh nhập, hoặc nguồn lưu trước',
        querystring: z.object({
          province: z
            .string()
            .regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số')
            .optional(),
        }),
      },
    },
    async (req) => getBirthsSource(db(), principalOf(req), req.query.province),
  );
  app.put(
    '/api/births/source',
    {
      config: { access: ['admin', 'province_officer'] },
      schema: {
        tags,
        summary: 'Chọn nguồn số trẻ sinh được tính của tỉnh (cán bộ tỉnh, quản trị)',
        body: birthsSourceInput,
      },
    },
    async (req) => setBirthsSource(db(), principalOf(req), req.body),
  );
};
