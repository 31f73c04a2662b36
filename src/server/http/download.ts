import type { FastifyReply } from 'fastify';
import { recordEvent } from '../modules/audit/audit-events.ts';

export interface Download {
  data: Buffer;
  /** ASCII only: the header cannot carry Vietnamese letters without RFC 5987 encoding. */
  fileName: string;
  contentType: string;
}

/**
 * Sends a generated file as a download that the browser saves and never renders or runs, and
 * records who took it: every download (plans, reports, registries, birth figures, attachments)
 * carries personal or report data out of the system, so each is an audit row ('download').
 */
export async function sendDownload(reply: FastifyReply, file: Download) {
  const req = reply.request;
  await recordEvent(reply.server.deps.database.db, {
    action: 'download',
    entity: req.routeOptions.url ?? req.url,
    entityId: (req.params as { id?: string } | undefined)?.id ?? null,
    actorId: req.principal?.userId,
    actorUsername: req.principal?.username,
    ip: req.ip,
    detail: { fileName: file.fileName, bytes: file.data.length, url: req.url },
  });
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .send(file.data);
}
