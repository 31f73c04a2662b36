import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listOf } from '../../../shared/contracts/common.ts';
import {
  type ProvinceJobDto,
  provinceCodeParams,
  provinceJobDto,
  provinceStatusDto,
} from '../../../shared/contracts/provinces.ts';
import { AppError } from '../../../shared/errors.ts';
import { requireRole } from '../../access/scope.ts';
import { requireProvinceSet } from '../../modules/org-units/national-reference.ts';
import { addProvince, listProvinces } from '../../modules/org-units/province-onboarding.service.ts';
import { principalOf } from '../auth.ts';

/**
 * The page "Thêm tỉnh": the 34 provinces and their state; adding one runs in the background
 * (a large province takes some seconds) and the page polls its progress.
 */
export const provinceRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const access = { access: ['admin'] as const };
  const jobs = new Map<string, ProvinceJobDto>();

  app.get(
    '/api/admin/provinces',
    {
      config: access,
      schema: {
        tags: ['provinces'],
        summary: '34 tỉnh, thành phố và trạng thái đã bật hay chưa',
        response: { 200: listOf(provinceStatusDto) },
      },
    },
    async (req) => ({ items: await listProvinces(db(), principalOf(req)) }),
  );

  app.post(
    '/api/admin/provinces/:code',
    {
      config: access,
      schema: {
        tags: ['provinces'],
        summary: 'Thêm (bật) một tỉnh: xã, phường, đơn vị cũ, ranh giới và các cơ quan chuẩn',
        params: provinceCodeParams,
        response: { 202: provinceJobDto },
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      requireRole(p, ['admin']);
      const { code } = req.params;
      // An unknown code is refused at once rather than by a job that fails.
      requireProvinceSet(code);
      const running = jobs.get(code);
      if (running?.state === 'running') return reply.status(202).send(running);
      const job: ProvinceJobDto = { code, state: 'running', phase: 'units', step: 0, steps: 3 };
      jobs.set(code, job);
      addProvince(db(), p, code, (phase, step, steps) => Object.assign(job, { phase, step, steps }))
        .then((result) => Object.assign(job, { state: 'done', phase: 'done', result }))
        .catch((err: Error) => {
          req.log.error(err);
          Object.assign(job, { state: 'failed', error: err.message });
        });
      return reply.status(202).send(job);
    },
  );

  app.get(
    '/api/admin/provinces/:code/job',
    {
      config: access,
      schema: {
        tags: ['provinces'],
        summary: 'Tiến độ thêm một tỉnh',
        params: provinceCodeParams,
        response: { 200: provinceJobDto },
      },
    },
    async (req) => {
      requireRole(principalOf(req), ['admin']);
      const job = jobs.get(req.params.code);
      if (!job)
        throw new AppError('NOT_FOUND', {
          detail: `Chưa có lần thêm tỉnh mã ${req.params.code} nào đang chạy.`,
        });
      return job;
    },
  );
};
