import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  activityRecordInput,
  activityRecordUpdate,
  clubInput,
  clubUpdate,
  denominatorInput,
} from '../../../shared/contracts/activity-records.ts';
import { isoDate } from '../../../shared/contracts/common.ts';
import { denominatorsBulkInput } from '../../../shared/contracts/denominators-grid.ts';
import {
  createActivityRecord,
  getActivityRecord,
  listActivityRecords,
  updateActivityRecord,
} from '../../modules/activities/activity-records.service.ts';
import {
  exportActivityRecords,
  importActivityRecords,
} from '../../modules/activities/activity-records-file.ts';
import { createClub, listClubs, updateClub } from '../../modules/activities/clubs.service.ts';
import {
  importDenominators,
  listDenominators,
  saveDenominator,
} from '../../modules/activities/denominators.service.ts';
import { denominatorGrid, saveDenominatorsBulk } from '../../modules/activities/denominators-grid.service.ts';
import { planProgress } from '../../modules/activities/plan-progress.service.ts';
import { principalOf } from '../auth.ts';
import { sendDownload } from '../download.ts';

const RECORDERS = ['admin', 'province_officer', 'reporter'] as const;
const idParams = z.object({ id: z.string().uuid('Mã không hợp lệ') });

export const activityRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const tags = ['activities'];
  app.get(
    '/api/activity-records',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Hoạt động đã thực hiện (của đơn vị mình và cấp dưới)',
        querystring: z.object({
          planId: z.string().uuid().optional(),
          activityId: z.string().uuid().optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
        }),
      },
    },
    async (req) => ({ items: await listActivityRecords(db(), principalOf(req), req.query) }),
  );
  app.get(
    '/api/activity-records/:id',
    { config: { access: 'authenticated' }, schema: { tags, params: idParams } },
    async (req) => getActivityRecord(db(), principalOf(req), req.params.id),
  );
  app.post(
    '/api/activity-records',
    {
      config: { access: RECORDERS },
      schema: {
        tags,
        summary:
          'Ghi nhận một hoạt động đã làm (201); gửi lại cùng clientKey thì trả bản đã lưu (200), không ghi hai lần',
        body: activityRecordInput,
      },
    },
    async (req, reply) => {
      const { record, created } = await createActivityRecord(db(), principalOf(req), req.body);
      return reply.status(created ? 201 : 200).send(record);
    },
  );
  app.patch(
    '/api/activity-records/:id',
    { config: { access: RECORDERS }, schema: { tags, params: idParams, body: activityRecordUpdate } },
    async (req) => updateActivityRecord(db(), principalOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/plans/:id/progress',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Tiến độ trong một năm của giai đoạn: kế hoạch so với thực hiện theo hoạt động và đơn vị, mức đạt chỉ tiêu',
        params: idParams,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
      },
    },
    async (req) => planProgress(db(), principalOf(req), req.params.id, req.query.year),
  );
  app.get(
    '/api/population-denominators',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Dân số, phụ nữ 15–49, cặp vợ chồng, học sinh theo xã và năm',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
      },
    },
    async (req) => ({ items: await listDenominators(db(), principalOf(req), req.query.year) }),
  );
  app.put(
    '/api/population-denominators',
    { config: { access: RECORDERS }, schema: { tags, body: denominatorInput } },
    async (req) => saveDenominator(db(), principalOf(req), req.body),
  );
  app.get(
    '/api/population-denominators/grid',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Mọi xã, phường trong phạm vi với mẫu số dân số của một năm (kể cả xã chưa có số)',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
      },
    },
    async (req) => ({ items: await denominatorGrid(db(), principalOf(req), req.query.year) }),
  );
  app.put(
    '/api/population-denominators/bulk',
    {
      config: { access: RECORDERS },
      schema: {
        tags,
        summary:
          'Lưu nhiều xã cùng lúc: tất cả hoặc không; mỗi dòng gửi kèm phiên bản đã đọc, 409 nếu đã bị người khác sửa',
        body: denominatorsBulkInput,
      },
    },
    async (req) => saveDenominatorsBulk(db(), principalOf(req), req.body),
  );
  app.post(
    '/api/population-denominators/import',
    {
      config: { access: RECORDERS },
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Nhập mẫu số dân số từ CSV/XLSX (base64): tất cả hoặc không; nhập lại thì thay, không cộng dồn',
        body: z.object({ fileName: z.string().min(1).max(200), contentBase64: z.string().min(1) }),
      },
    },
    async (req) =>
      importDenominators(db(), principalOf(req), {
        fileName: req.body.fileName,
        content: Buffer.from(req.body.contentBase64, 'base64'),
      }),
  );
  app.get(
    '/api/activity-records.xlsx',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Xuất hoạt động đã thực hiện của một kế hoạch (XLSX, nhập lại được)',
        querystring: z.object({ planId: z.string().uuid() }),
      },
    },
    async (req, reply) =>
      sendDownload(reply, await exportActivityRecords(db(), principalOf(req), req.query.planId)),
  );
  app.post(
    '/api/activity-records/import',
    {
      config: { access: RECORDERS },
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Nhập hoạt động đã thực hiện từ XLSX/CSV (base64): lỗi nêu dòng và cột, tất cả hoặc không; nhập lại cùng tệp không ghi hai lần',
        body: z.object({
          planId: z.string().uuid(),
          fileName: z.string().min(1).max(200),
          contentBase64: z.string().min(1),
        }),
      },
    },
    async (req) =>
      importActivityRecords(db(), principalOf(req), req.body.planId, {
        fileName: req.body.fileName,
        content: Buffer.from(req.body.contentBase64, 'base64'),
      }),
  );
  app.get(
    '/api/clubs',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Câu lạc bộ “Bạn gái tiêu biểu”' } },
    async (req) => ({ items: await listClubs(db(), principalOf(req)) }),
  );
  app.post(
    '/api/clubs',
    { config: { access: RECORDERS }, schema: { tags, body: clubInput } },
    async (req, reply) => reply.status(201).send(await createClub(db(), principalOf(req), req.body)),
  );
  app.patch(
    '/api/clubs/:id',
    { config: { access: RECORDERS }, schema: { tags, params: idParams, body: clubUpdate } },
    async (req) => updateClub(db(), principalOf(req), req.params.id, req.body),
  );
};
