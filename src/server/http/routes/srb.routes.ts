import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BIRTH_ORDERS } from '../../../shared/contracts/srb.ts';
import { asciiFileNamePart } from '../../../shared/text/file-name.ts';
import { srbWatchlistToXlsx } from '../../documents/srb-watchlist-xlsx.ts';
import { srbArea, srbEstimates } from '../../modules/births/srb-data.service.ts';
import { parseSrbCsv } from '../../stats/srb/csv-input.ts';
import { estimateSrb } from '../../stats/srb/estimate.ts';
import { principalOf } from '../auth.ts';
import { sendDownload } from '../download.ts';

const settingsFields = {
  window: z.number().int().min(1).max(20).optional(),
  threshold: z.number().min(90).max(150).optional(),
  reference: z.number().min(90).max(150).optional(),
};
const estimateInput = z.object({
  /** The same CSV as `canbang srb estimate --input`. */
  csv: z.string().min(1, 'Hãy gửi nội dung CSV').max(5_000_000),
  ...settingsFields,
});
const settingsQuery = {
  window: z.coerce.number().int().min(1).max(20).optional(),
  threshold: z.coerce.number().min(90).max(150).optional(),
  reference: z.coerce.number().min(90).max(150).optional(),
  province: z
    .string()
    .regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số')
    .optional(),
};
const estimatesQuery = z.object({
  ...settingsQuery,
  level: z.enum(['commune', 'district']).default('commune'),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  order: z.enum(BIRTH_ORDERS).optional(),
});

/** Only the settings the caller gave: the defaults live in one place (stats/srb/settings.ts). */
const given = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export const srbRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const tags = ['srb'];

  app.post(
    '/api/srb/estimate',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Ước lượng tỷ số giới tính khi sinh từ số liệu gửi lên (không lưu gì)',
        body: estimateInput,
      },
    },
    async (req) => {
      const { csv, ...settings } = req.body;
      return estimateSrb(parseSrbCsv(csv), given(settings));
    },
  );

  const estimatesFor = (
    req: { query: z.infer<typeof estimatesQuery> } & Parameters<typeof principalOf>[0],
  ) => {
    const { level, year, order, province, ...settings } = req.query;
    return srbEstimates(db(), principalOf(req), {
      level,
      year,
      birthOrder: order,
      province,
      settings: given(settings),
    });
  };
  app.get(
    '/api/srb/estimates',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Tỷ số giới tính khi sinh theo xã, phường hoặc huyện cũ từ số liệu đã nhập (cửa sổ nhiều năm, theo thứ tự sinh)',
        querystring: estimatesQuery,
      },
    },
    async (req) => estimatesFor(req),
  );
  app.get(
    '/api/srb/watchlist.xlsx',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Danh sách theo dõi (xếp theo khả năng mất cân bằng) dạng XLSX',
        querystring: estimatesQuery,
      },
    },
    async (req, reply) => {
      const e = await estimatesFor(req);
      const period = e.areas[0]?.period ?? 'trong';
      // Named as officials name their files: the province by name, not its code, and the level
      // in Vietnamese when it is not the communes (issue 18: "...-14-commune-2024-2026").
      const province = asciiFileNamePart(e.province.name.replace(/^(tỉnh|thành phố)\s+/i, ''));
      const level = e.level === 'district' ? '-theo-huyen-cu' : '';
      return sendDownload(reply, {
        data: await srbWatchlistToXlsx(e),
        fileName: `danh-sach-theo-doi-TSGTKS-${province}${level}-${period}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    },
  );
  app.get(
    '/api/srb/areas/:code',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Một xã, phường, huyện cũ hoặc cả tỉnh: xu hướng qua các năm và theo thứ tự sinh',
        params: z.object({ code: z.string().regex(/^\d{2,5}$/, 'Mã địa bàn gồm 2 đến 5 chữ số') }),
        querystring: z.object(settingsQuery),
      },
    },
    async (req) => {
      const { province, ...settings } = req.query;
      return srbArea(db(), principalOf(req), req.params.code, { province, settings: given(settings) });
    },
  );
};
