import zlib from 'node:zlib';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DiskGuard, registerDiskGuard } from './files/disk-space.ts';
import { registerAuth } from './http/auth.ts';
import type { AppDeps } from './http/deps.ts';
import { registerErrorHandling } from './http/errors.ts';
import { registerInputGuard } from './http/input-guard.ts';
import { apiRoutes } from './http/routes/index.ts';
import { validatorCompiler } from './http/validation.ts';
import { registerWebApp } from './http/web-app.ts';
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
  // API answers (JSON, CSV) compressed on the fly: the plan and record lists shrink to a fifth on a
  // slow mobile link. Brotli at level 4 costs about what gzip does; static files come precompressed
  // (web-app.ts) and are left alone. Registered before the static files, as the plugin requires.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
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
