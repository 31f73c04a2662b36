import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../../../shared/contracts/common.ts';
import { commitmentInput, commitmentUpdate } from '../../../shared/contracts/facilities.ts';
import {
  createCommitment,
  listCommitments,
  updateCommitment,
} from '../../modules/facilities/commitments.service.ts';
import { REGISTRY_WRITERS } from '../../modules/facilities/facilities.policy.ts';
import { commitmentCoverage } from '../../modules/facilities/facility-figures.service.ts';
import { principalOf } from '../auth.ts';

export const commitmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const tags = ['commitments'];
  app.get(
    '/api/commitments',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Cam kết không lựa chọn giới tính thai nhi',
        querystring: z.object({
          facilityId: z.string().uuid().optional(),
          workerId: z.string().uuid().optional(),
        }),
      },
    },
    async (req) => ({ items: await listCommitments(db(), principalOf(req), req.query) }),
  );
  app.post(
    '/api/commitments',
    {
      config: { access: REGISTRY_WRITERS },
      schema: { tags, summary: 'Ghi một cam kết đã ký', body: commitmentInput },
    },
    async (req, reply) => reply.status(201).send(await createCommitment(db(), principalOf(req), req.body)),
  );
  app.patch(
    '/api/commitments/:id',
    {
      config: { access: REGISTRY_WRITERS },
      schema: {
        tags,
        summary: 'Sửa hoặc thu hồi cam kết (409 nếu người khác vừa sửa)',
        params: z.object({ id: z.string().uuid() }),
        body: commitmentUpdate,
      },
    },
    async (req) => updateCommitment(db(), principalOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/commitments/coverage',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Tỷ lệ cam kết theo xã và toàn tỉnh (mục tiêu 100%), danh sách chưa ký hoặc hết hiệu lực',
        querystring: z.object({ onDate: isoDate.optional() }),
      },
    },
    async (req) => commitmentCoverage(db(), principalOf(req), req.query.onDate),
  );
};
