import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorBody } from '../../shared/errors.ts';
import { isDatabaseUnavailable } from '../db/client.ts';
import { insufficientStorage, isDiskFull } from '../files/disk-space.ts';
import { recordEvent } from '../modules/audit/audit-events.ts';

/** Fastify's own errors that the user can fix, mapped to our stable codes. */
const FASTIFY_CODES: Record<string, () => AppError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => new AppError('PAYLOAD_TOO_LARGE'),
  FST_REQ_FILE_TOO_LARGE: () => new AppError('PAYLOAD_TOO_LARGE'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new AppError('UNSUPPORTED_MEDIA_TYPE'),
  FST_ERR_CTP_INVALID_JSON_BODY: () =>
    new AppError('VALIDATION', { detail: 'Nội dung gửi lên không phải JSON hợp lệ.' }),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new AppError('VALIDATION', { detail: 'Nội dung gửi lên đang trống.' }),
  FST_INVALID_MULTIPART_CONTENT_TYPE: () =>
    new AppError('UNSUPPORTED_MEDIA_TYPE', { detail: 'Yêu cầu phải gửi tệp dạng multipart/form-data.' }),
};

export const RETRY_AFTER_SECONDS = 15;

/** One handler turns every error into { code, message, issues? }; internals never reach the client. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (err: FastifyError, req, reply) => {
    let appError: AppError;
    if (err instanceof AppError) {
      // Validation errors too: the validator compiler (validation.ts) words them as AppErrors.
      appError = err;
    } else if (isDiskFull(err)) {
      appError = insufficientStorage();
    } else if (isDatabaseUnavailable(err)) {
      appError = new AppError('DATABASE_UNAVAILABLE', { cause: err });
    } else if (err.code && FASTIFY_CODES[err.code]) {
      appError = FASTIFY_CODES[err.code]();
    } else if (err.statusCode === 429) {
      appError = new AppError('RATE_LIMITED', { detail: 'Quá nhiều yêu cầu. Hãy thử lại sau ít phút.' });
    } else if (
      err.statusCode &&
      err.statusCode >= 400 &&
      err.statusCode < 500 &&
      !isResponseSerializationError(err as any)
    ) {
      appError = new AppError(err.statusCode === 404 ? 'NOT_FOUND' : 'VALIDATION');
    } else {
      req.log.error({ err }, 'unhandled error');
      appError = new AppError('INTERNAL');
    }
    if (appError.status >= 500 && appError.code !== 'INTERNAL') req.log.warn({ err }, appError.message);
    // Clients (and proxies) may retry by themselves; the connection comes back without a restart.
    if (appError.code === 'DATABASE_UNAVAILABLE') reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    if (appError.status === 403) await recordRefusal(app, req, appError);
    const body: ErrorBody = appError.toBody();
    return reply.status(appError.status).type('application/json; charset=utf-8').send(body);
  });
}

/**
 * A refused attempt (a role without the right, a write without its CSRF token) is an audit row
 * ('refused'): someone tried something they may not. Never fails the answer itself.
 */
async function recordRefusal(app: FastifyInstance, req: FastifyRequest, error: AppError): Promise<void> {
  try {
    await recordEvent(app.deps.database.db, {
      action: 'refused',
      entity: req.routeOptions.url ?? req.url,
      entityId: (req.params as { id?: string } | undefined)?.id ?? null,
      actorId: req.principal?.userId,
      actorUsername: req.principal?.username,
      ip: req.ip,
      detail: { code: error.code, method: req.method, url: req.url },
    });
  } catch (err) {
    req.log.warn({ err }, 'ghi nhật ký từ chối');
  }
}
