import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseSrbCsv } from '../../stats/srb/csv-input.ts';
import { estimateSrb } from '../../stats/srb/estimate.ts';

const estimateInput = z.object({
  /** The same CSV as `canbang srb estimate --input`. */
  csv: z.string().min(1, 'Hãy gửi nội dung CSV').max(5_000_000),
  window: z.number().int().min(1).max(20).optional(),
  threshold: z.number().min(90).max(150).optional(),
  reference: z.number().min(90).max(150).optional(),
});

export const srbRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/srb/estimate',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['srb'],
        summary: 'Ước lượng tỷ số giới tính khi sinh từ số liệu gửi lên (không lưu gì)',
        body: estimateInput,
      },
    },
    async (req) => {
      const { csv, ...settings } = req.body;
      return estimateSrb(
        parseSrbCsv(csv),
        Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)),
      );
    },
  );
};
