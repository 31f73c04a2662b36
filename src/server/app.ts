import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../shared/errors.ts';
import { DiskGuard, registerDiskGuard } from './files/disk-space.ts';
import { registerAuth } from './http/auth.ts';
import type { AppDeps } from './http/deps.ts';
import { registerErrorHandling } from './http/errors.ts';
import { registerInputGuard } from './http/input-guard.ts';
import { apiRoutes } from './http/routes/index.ts';
import { validatorCompiler } from './http/validation.ts';
import { APP_VERSION } from './version.ts';

// Vietnamese for zod's messages outside HTTP validation (the CLI, imports); the HTTP validator words
// its own, naming the field (http/validation.ts).
z.config(z.locales.vi());

export interface BuildOptions {
  logger?: boolean | object;
}

/** The HTTP application, without listening: tests drive it with app.inject(). */
export async function buildApp(deps: AppDeps, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // Only the configured proxies' X-Forwarded-For counts; proxy-addr takes the right-most
    // address that is not one of them (config.ts).
    trustProxy: deps.config.trustedProxies.length ? deps.config.trustedProxies : false,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  app.decorate(
    'disk',
    new DiskGuard({ dir: deps.config.dataDir, reserveBytes: deps.config.diskReserveMb * 1024 * 1024 }),
  );

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its styles at run time (CSS-in-JS): inline styles are needed, scripts are not.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: deps.config.secureCookies ? [] : null,
      },
    },
    // Served over plain HTTP on a LAN too: HSTS only when the deployment says it is HTTPS.
    hsts: deps.config.secureCookies,
  });
  await app.register(cookie);
  registerErrorHandling(app);
  registerAuth(app);
  registerInputGuard(app);
  registerDiskGuard(app, app.disk);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Cân Bằng API',
        version: APP_VERSION,
        description: 'API của Cân Bằng. Lỗi: {code, message, issues?}, thông báo tiếng Việt.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'cb_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  for (const routes of apiRoutes) await app.register(routes);
  registerWebApp(app, deps.config.webDist);
  return app;
}

/** The built single-page app, with index.html for every non-API path (client-side routing). */
function registerWebApp(app: FastifyInstance, webDist: string): void {
  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      setHeaders(res, filePath) {
        // Vite fingerprints asset names: they can be cached for good; index.html never.
        if (filePath.includes(`${path.sep}assets${path.sep}`))
          res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api') || req.method !== 'GET') {
      return reply.status(404).send(new AppError('NOT_FOUND').toBody());
    }
    if (!hasWeb) {
      return reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><meta charset="utf-8"><title>Cân Bằng</title><p>Giao diện web chưa được build. Hãy chạy <code>npm run build</code> rồi khởi động lại. API vẫn hoạt động tại <a href="/api/docs">/api/docs</a>.</p>',
        );
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', { cacheControl: false });
  });
}
