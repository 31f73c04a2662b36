import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyRoutes } from '../../scripts/vite/route-preloads.ts';
import { indexFor, routeMatches } from '../../src/server/http/web-app.ts';

const APP = fs.readFileSync(path.resolve(import.meta.dirname, '../../src/web/app/App.tsx'), 'utf8');

describe('route preloads', () => {
  it('finds every page route of App.tsx with the module it loads', () => {
    const routes = lazyRoutes(APP);
    // Every <Route> but the catch-all redirect names a lazily loaded page.
    const declared = [...APP.matchAll(/<Route path="([^"]+)"/g)].map((m) => m[1]).filter((p) => p !== '*');
    expect(routes.map((r) => r.path)).toEqual(declared);
    expect(routes.find((r) => r.path === '/activities')?.module).toBe('../features/activities/MonthPage.tsx');
  });

  it('matches client routes with parameters, segment by segment', () => {
    expect(routeMatches('/plans/:id', '/plans/abc')).toBe(true);
    expect(routeMatches('/plans/:id', '/plans/abc/edit')).toBe(false);
    expect(routeMatches('/activities', '/activities/progress')).toBe(false);
  });

  it('adds the links before </head>, only for the matching route', () => {
    const html = '<html><head><title>x</title></head><body></body></html>';
    const routes = [{ path: '/plans/:id', files: ['/assets/PlanPage-1.js'] }];
    expect(indexFor(html, routes, '/plans/7')).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/PlanPage-1.js"></head>',
    );
    expect(indexFor(html, routes, '/units')).not.toContain('PlanPage-1.js');
  });

  it('asks for the station\'s start with "Tháng này": /api/me and its bundle at once, nothing else', () => {
    const html = '<html><head></head></html>';
    const links = (p: string) =>
      [...indexFor(html, [], p).matchAll(/rel="preload" as="fetch" crossorigin href="([^"]+)"/g)].map(
        (m) => m[1],
      );
    expect(links('/activities')).toEqual(['/api/me', '/api/me/bundle']);
    expect(links('/plans')).toEqual(['/api/me']);
  });
});

/** Every module a page loads with it: static imports (not `import type`, not lazy ones), followed. */
function staticGraph(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const src = fs.readFileSync(file, 'utf8');
    const specs = [
      ...src.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gms),
    ].map((m) => m[1]);
    seen.set(file, specs);
    for (const s of specs) if (s.startsWith('.')) visit(path.resolve(path.dirname(file), s));
  };
  visit(entry);
  return seen;
}

describe("the station's pages", () => {
  it('load no zod: the schemas stay on the pages that validate forms with them', async () => {
    const { STATION_ROUTES } = await import('../../scripts/vite/station-shell.ts');
    const web = path.resolve(import.meta.dirname, '../../src/web/app');
    const routes = lazyRoutes(APP).filter((r) => STATION_ROUTES.includes(r.path));
    expect(routes.map((r) => r.path).sort()).toEqual([...STATION_ROUTES].sort());
    for (const r of routes) {
      const graph = staticGraph(path.resolve(web, r.module));
      const withZod = [...graph].filter(([, specs]) => specs.includes('zod')).map(([f]) => path.basename(f));
      expect(withZod, r.path).toEqual([]);
      // The walk does see the page's own imports (a broken walk would pass vacuously).
      expect(graph.size, r.path).toBeGreaterThan(3);
    }
  });

  it('draw "Tháng này" and its record form for a commune station without antd (Root.tsx, issue 16)', () => {
    const web = path.resolve(import.meta.dirname, '../../src/web');
    // What a station's first visit to /activities loads: the entry, and the page Root.tsx draws.
    const graphs = [
      staticGraph(path.join(web, 'main.tsx')),
      staticGraph(path.join(web, 'features/activities/MonthPage.tsx')),
    ];
    const antd = (specs: string[]) =>
      specs.some((s) => s === 'antd' || s.startsWith('antd/') || s.startsWith('@ant-design/'));
    const withAntd = graphs.flatMap((g) =>
      [...g].filter(([, specs]) => antd(specs)).map(([f]) => path.relative(web, f)),
    );
    expect(withAntd).toEqual([]);
    const files = new Set(graphs.flatMap((g) => [...g.keys()].map((f) => path.relative(web, f))));
    for (const f of [
      'app/Root.tsx',
      'app/StationShell.tsx',
      'features/activities/RecordForm.tsx',
      'features/activities/MeasuresFields.tsx',
    ])
      expect(files, f).toContain(f);
    // …and the rest of the app does use antd: the walk would see it.
    expect(antd(staticGraph(path.join(web, 'app/App.tsx')).get(path.join(web, 'app/App.tsx'))!)).toBe(true);
  });
});
