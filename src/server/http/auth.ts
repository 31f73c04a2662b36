import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../shared/errors.ts';
import type { Role } from '../../shared/roles.ts';
import type { Principal } from '../access/principal.ts';
import { resolveSession } from '../modules/users/sessions.ts';

export const SESSION_COOKIE = 'cb_sid';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Every /api route declares who may call it: 'public', 'authenticated' (any signed-in role) or
 * a list of roles. A route without a declaration refuses to register, so none can be forgotten.
 * Finer checks (scope: which commune, which organisation) are made by the services.
 */
export type RouteAccess = 'public' | 'authenticated' | readonly Role[];

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** Every /api route with its declared access: the access-matrix test walks this list. */
    apiRoutes: { method: string; url: string; access: RouteAccess }[];
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** All a user signed in with a one-time password may do before changing it. */
const OPEN_BEFORE_PASSWORD_CHANGE = new Set([
  'GET /api/me',
  'POST /api/me/password',
  'POST /api/auth/logout',
]);

export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('principal', null);
  app.decorate('apiRoutes', []);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    route.config ??= {};
    if (route.url.startsWith('/api/docs')) {
      (route.config as { access?: RouteAccess }).access ??= 'public';
      return;
    }
    const access = (route.config as { access?: RouteAccess }).access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access (config.access)`);
    for (const method of [route.method].flat())
      if (method !== 'HEAD') app.apiRoutes.push({ method, url: route.url, access });
  });

  // onRequest, not preHandler: a signed-out request must get 401 before its body is validated.
  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    if (!req.url.startsWith('/api')) return;
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) {
      const { database, config } = app.deps;
      const principal = await resolveSession(database.db, token, config);
      if (principal) principal.ip = req.ip;
      req.principal = principal;
    }
    const access = req.routeOptions.config?.access;
    if (!access || access === 'public') return;
    if (!req.principal) throw new AppError('UNAUTHENTICATED');
    if (
      req.principal.mustChangePassword &&
      !OPEN_BEFORE_PASSWORD_CHANGE.has(`${req.method} ${req.routeOptions.url}`)
    )
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (access !== 'authenticated' && !access.includes(req.principal.role)) throw new AppError('FORBIDDEN');
    if (!SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== req.principal.csrfToken) {
      throw new AppError('CSRF');
    }
  });
}

/** The signed-in user of a request whose route is not public. */
export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new AppError('UNAUTHENTICATED');
  return req.principal;
}
