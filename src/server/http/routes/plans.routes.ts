import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOf, versionField } from '../../../shared/contracts/common.ts';
import {
  createPlanInput,
  planDto,
  planListQuery,
  planSummaryDto,
  updatePlanInput,
} from '../../../shared/contracts/plans.ts';
import { EXPORT_FORMATS, exportPlan } from '../../modules/plans/plan-export.service.ts';
import {
  createChildPlan,
  createPlan,
  getPlan,
  issuePlan,
  listPlans,
  planChildren,
  planHistory,
  planValidation,
  revisePlan,
  updatePlan,
} from '../../modules/plans/plans.service.ts';
import { principalOf } from '../auth.ts';
import { sendDownload } from '../download.ts';

const idParams = z.object({ id: z.string().uuid('Mã kế hoạch không hợp lệ') });
/** The national reader writes its own (national) plans only: plans.policy.ts keeps it there. */
const WRITERS = ['admin', 'province_officer', 'reporter', 'national_reader'] as const;
const issue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  messageEn: z.string().optional(),
});

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const tags = ['plans'];

  app.get(
    '/api/plans',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Kế hoạch (đã ban hành trong tỉnh; bản nháp trong phạm vi của bạn)',
        querystring: planListQuery,
        response: { 200: listOf(planSummaryDto) },
      },
    },
    async (req) => ({ items: await listPlans(db(), principalOf(req), req.query) }),
  );
  app.get(
    '/api/plans/:id',
    { config: { access: 'authenticated' }, schema: { tags, params: idParams, response: { 200: planDto } } },
    async (req) => getPlan(db(), principalOf(req), req.params.id),
  );
  app.post(
    '/api/plans',
    {
      config: { access: WRITERS },
      schema: { tags, summary: 'Tạo kế hoạch (bản nháp)', body: createPlanInput, response: { 201: planDto } },
    },
    async (req, reply) => reply.status(201).send(await createPlan(db(), principalOf(req), req.body)),
  );
  app.put(
    '/api/plans/:id',
    {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Lưu bản nháp (409 nếu người khác đã lưu trước)',
        params: idParams,
        body: updatePlanInput,
        response: { 200: planDto },
      },
    },
    async (req) => updatePlan(db(), principalOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/plans/:id/validation',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Những điểm cần sửa trước khi ban hành',
        params: idParams,
        response: { 200: z.object({ issues: z.array(issue) }) },
      },
    },
    async (req) => ({ issues: await planValidation(db(), principalOf(req), req.params.id) }),
  );
  app.post(
    '/api/plans/:id/issue',
    {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Ban hành',
        params: idParams,
        body: z.object({ version: versionField }),
        response: { 200: planDto },
      },
    },
    async (req) => issuePlan(db(), principalOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/plans/:id/revise',
    {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Tạo bản điều chỉnh (phiên bản mới)',
        params: idParams,
        response: { 201: planDto },
      },
    },
    async (req, reply) => reply.status(201).send(await revisePlan(db(), principalOf(req), req.params.id)),
  );
  app.get(
    '/api/plans/:id/history',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Các phiên bản', params: idParams, response: { 200: listOf(planSummaryDto) } },
    },
    async (req) => ({ items: await planHistory(db(), principalOf(req), req.params.id) }),
  );
  app.get(
    '/api/plans/:id/children',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Kế hoạch cấp dưới và các xã, phường chưa có',
        params: idParams,
        response: {
          200: z.object({
            children: z.array(planSummaryDto),
            withoutPlan: z.array(z.object({ id: z.number(), code: z.string().nullable(), name: z.string() })),
          }),
        },
      },
    },
    async (req) => planChildren(db(), principalOf(req), req.params.id),
  );
  app.post(
    '/api/plans/:id/children',
    {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Lập kế hoạch cấp dưới từ kế hoạch đã ban hành',
        params: idParams,
        body: z.object({ organisationId: z.string().uuid() }),
        response: { 201: planDto },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createChildPlan(db(), principalOf(req), req.params.id, req.body)),
  );

  app.get(
    '/api/plans/:id/export',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Xuất kế hoạch: DOCX theo Nghị định 30, PDF (khi máy chủ có LibreOffice), XLSX bảng hoạt động và kinh phí',
        params: idParams,
        querystring: z.object({ format: z.enum(EXPORT_FORMATS).default('docx') }),
      },
    },
    async (req, reply) =>
      sendDownload(reply, await exportPlan(db(), principalOf(req), req.params.id, req.query.format)),
  );
};
