import type { FastifyReply } from 'fastify';

export interface Download {
  data: Buffer;
  /** ASCII only: the header cannot carry Vietnamese letters without RFC 5987 encoding. */
  fileName: string;
  contentType: string;
}

/** Sends a generated file as a download that the browser saves and never renders or runs. */
export function sendDownload(reply: FastifyReply, file: Download) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .send(file.data);
}
