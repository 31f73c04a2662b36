import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { figureDefinitionDto } from '../../../shared/contracts/figures.ts';
import { FIGURES } from '../../figures/catalogue.ts';

export const figureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/figures/definitions',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['figures'],
        summary: 'Danh mục số liệu: tên, cách tính, bản ghi được tính, cách phân tổ',
        response: { 200: z.object({ items: z.array(figureDefinitionDto) }) },
      },
    },
    async () => ({ items: [...FIGURES] }),
  );
};
