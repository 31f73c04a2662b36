import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../shared/errors.ts';
import { REFERENCE_DIR } from '../../modules/org-units/reference-data.ts';

/**
 * Province outlines (scripts/province-boundaries.ts) and commune boundaries for the maps, simplified for the browser (reference/geo, made by
 * scripts/simplify-boundaries.ts). Public reference data: any signed-in user may draw them.
 */
export const geoRoutes: FastifyPluginAsyncZod = async (app) => {
  const cache = new Map<string, Buffer>();
  app.get(
    '/api/geo/provinces',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['geo'],
        summary: 'Ranh giới 34 tỉnh, thành phố (GeoJSON đã đơn giản hóa, cho bản đồ toàn quốc)',
      },
    },
    async (_req, reply) => {
      let data = cache.get('provinces');
      if (!data) {
        data = await fs.readFile(path.join(REFERENCE_DIR, 'geo', 'provinces.json'));
        cache.set('provinces', data);
      }
      return reply.type('application/geo+json').header('cache-control', 'private, max-age=86400').send(data);
    },
  );
  app.get(
    '/api/geo/:province/communes',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['geo'],
        summary: 'Ranh giới xã, phường của một tỉnh (GeoJSON đã đơn giản hóa, để vẽ bản đồ)',
        params: z.object({ province: z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số') }),
      },
    },
    async (req, reply) => {
      const { province } = req.params;
      let data = cache.get(province);
      if (!data) {
        data = await fs.readFile(path.join(REFERENCE_DIR, 'geo', `${province}-communes.json`)).catch(() => {
          throw new AppError('NOT_FOUND', {
            detail: `Chưa có bản đồ ranh giới xã, phường của tỉnh mã ${province}.`,
          });
        });
        cache.set(province, data);
      }
      return reply.type('application/geo+json').header('cache-control', 'private, max-age=86400').send(data);
    },
  );
};
