import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { downloadAttachment, uploadAttachment } from '../../modules/attachments/attachments.service.ts';
import { principalOf } from '../auth.ts';
import { sendDownload } from '../download.ts';

const MB = 1024 * 1024;

export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const tags = ['attachments'];
  app.post(
    '/api/attachments',
    {
      config: { access: ['admin', 'province_officer', 'reporter', 'inspector'] },
      // 10 MB of file is about 13.4 MB of base64.
      bodyLimit: 14 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Tải lên bản quét hoặc ảnh (PDF, JPEG, PNG, WebP; tối đa 10 MB), gắn với một địa bàn',
        body: z.object({
          fileName: z.string().min(1).max(200),
          contentBase64: z.string().min(1),
          adminUnitId: z.number().int().positive(),
        }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(
        await uploadAttachment(
          db(),
          principalOf(req),
          {
            fileName: req.body.fileName,
            content: Buffer.from(req.body.contentBase64, 'base64'),
            adminUnitId: req.body.adminUnitId,
          },
          {
            disk: app.disk,
            quotaUserBytes: app.deps.config.attachmentQuotaUserMb * MB,
            quotaOrgBytes: app.deps.config.attachmentQuotaOrgMb * MB,
          },
        ),
      ),
  );
  app.get(
    '/api/attachments/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Tải về tệp đính kèm (luôn dạng tải về)',
        params: z.object({ id: z.string().uuid() }),
      },
    },
    async (req, reply) =>
      sendDownload(reply, await downloadAttachment(db(), principalOf(req), req.params.id)),
  );
};
