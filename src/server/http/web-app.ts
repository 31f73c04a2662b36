import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { RoutePreload } from '../../../scripts/vite/route-preloads.ts';
import { AppError } from '../../shared/errors.ts';

// The built single-page app. Static files go out as the build compressed them (.br/.gz beside each
// file, scripts/vite/precompress.ts); fingerprinted assets are cached for good, everything else
// (index.html, the service worker, the manifest) is checked on every use so a release reaches
// phones at once. index.html, sent for every client route, names the chunks of that route's page
// (scripts/vite/route-preloads.ts) and /api/me, so that a first visit on a slow link downloads all
// it needs in one wave instead of discovering the page's code after the shell has run.

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Does a client route pattern (`/plans/:id`) match this path? */
export function routeMatches(pattern: string, pathname: string): boolean {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  return want.length === have.length && want.every((w, i) => w.startsWith(':') || w === have[i]);
}

/**
 * The reads a page starts with, asked for with the page instead of after /api/me has come back:
 * the station's "Tháng này" reads its plans, plan, month's records and the form's lists in one
 * answer (GET /api/me/bundle, src/web/app/start-bundle.ts).
 */
export function dataPreloads(pathname: string): string[] {
  if (pathname === '/activities') return ['/api/me/bundle'];
  return [];
}

/** index.html with `<link>`s asking for the route's chunks and the session's first reads at once. */
export function indexFor(html: string, routes: RoutePreload[], pathname: string): string {
  const files = routes.find((r) => routeMatches(r.path, pathname))?.files ?? [];
  const links = [
    ...['/api/me', ...dataPreloads(pathname)].map(
      (u) => `<link rel="preload" as="fetch" crossorigin href="${u}">`,
    ),
    ...files.map((f) =>
      f.endsWith('.css')
        ? `<link rel="stylesheet" href="${f}">`
        : `<link rel="modulepreload" crossorigin href="${f}">`,
    ),
  ];
  return html.replace('</head>', `${links.join('')}</head>`);
}

export function registerWebApp(app: FastifyInstance, webDist: string): void {
  const indexFile = path.join(webDist, 'index.html');
  const hasWeb = fs.existsSync(indexFile);
  let html = '';
  let routes: RoutePreload[] = [];
  if (hasWeb) {
    html = fs.readFileSync(indexFile, 'utf8');
    const preloads = path.join(webDist, 'route-preloads.json');
    if (fs.existsSync(preloads)) routes = JSON.parse(fs.readFileSync(preloads, 'utf8'));
    app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders(res, filePath) {
        // Vite fingerprints asset names: they can be cached for good; the rest never without asking.
        res.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`) ? IMMUTABLE : 'no-cache',
        );
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
    return reply.type('text/html; charset=utf-8').send(indexFor(html, routes, req.url.split('?')[0]));
  });
}
