import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { budgetAllocationInput, expenditureInput } from '../../../shared/contracts/budget.ts';
import { listExpenditures, planBudget, recordExpenditure } from '../../modules/budget/budget.service.ts';
import {
  listBudgetAllocations,
  setBudgetAllocation,
} from '../../modules/budget/budget-allocations.service.ts';
import { principalOf } from '../auth.ts';

const idParams = z.object({ id: z.string().uuid('Mã không hợp lệ') });

export const budgetRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const tags = ['budget'];
  app.get(
    '/api/plans/:id/budget',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Kinh phí: phân bổ, đã chi, tỷ lệ giải ngân theo nguồn, hoạt động, đơn vị; cảnh báo chi vượt (theo một năm của giai đoạn)',
        params: idParams,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
      },
    },
    async (req) => planBudget(db(), principalOf(req), req.params.id, req.query.year),
  );
  app.get(
    '/api/plans/:id/budget/allocations',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Các dòng kinh phí của kế hoạch (hoạt động × nguồn) và phần phân bổ cho từng đơn vị',
        params: idParams,
      },
    },
    async (req) => listBudgetAllocations(db(), principalOf(req), req.params.id),
  );
  app.put(
    '/api/plans/:id/budget/allocations',
    {
      config: { access: ['admin', 'province_officer'] },
      schema: {
        tags,
        summary:
          'Phân bổ một dòng kinh phí cho một đơn vị (0 là xóa); tổng các đơn vị không vượt dòng của kế hoạch',
        params: idParams,
        body: budgetAllocationInput,
      },
    },
    async (req) => setBudgetAllocation(db(), principalOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/plans/:id/expenditures',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Các khoản đã chi (theo chứng từ)', params: idParams },
    },
    async (req) => ({ items: await listExpenditures(db(), principalOf(req), req.params.id) }),
  );
  app.post(
    '/api/expenditures',
    {
      config: { access: ['admin', 'province_officer', 'reporter'] },
      schema: {
        tags,
        summary: 'Ghi một khoản chi (một chứng từ chỉ ghi một lần); trả về cảnh báo nếu vượt phân bổ',
        body: expenditureInput,
      },
    },
    async (req, reply) => reply.status(201).send(await recordExpenditure(db(), principalOf(req), req.body)),
  );
};
