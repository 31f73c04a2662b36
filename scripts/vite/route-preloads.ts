import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** One client route and the files its page needs beyond what index.html already loads. */
export interface RoutePreload {
  path: string;
  files: string[];
}

export const ROUTE_PRELOADS_FILE = 'route-preloads.json';

/**
 * The routes of App.tsx and the module each one loads lazily, read from its source: `const X =
 * lazy(() => import('…'))` and `<Route path="…" element={<X />} />`. Kept to these two idioms so
 * that App.tsx stays the one place that lists the pages (test/integration/route-preloads.test.ts checks that every
 * page is found).
 */
export function lazyRoutes(appSource: string): { path: string; module: string }[] {
  const modules = new Map<string, string>();
  for (const m of appSource.matchAll(/const (\w+) = lazy\(\(\) => import\('([^']+)'\)\)/g))
    modules.set(m[1], m[2]);
  const routes: { path: string; module: string }[] = [];
  for (const m of appSource.matchAll(/<Route path="([^"]+)" element=\{<(\w+) \/>\}/g)) {
    const module = modules.get(m[2]);
    if (module) routes.push({ path: m[1], module });
  }
  return routes;
}

/**
 * Without help a page's code arrives in two waves on a slow link: index.html names the shell's
 * scripts; only once they have run does React.lazy ask for the page's own chunks (the form, the
 * date picker, the select…). This writes, per route, the chunks its page needs, so that the server
 * names them in the index.html it sends for that address (`<link rel="modulepreload">`) and both
 * waves start together. `lightRoutes` are drawn without App.tsx (Root.tsx): their list leaves it,
 * and antd, out.
 */
export function routePreloads(appFile: string, lightRoutes: readonly string[] = []): Plugin {
  return {
    name: 'canbang-route-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (start: string[], seen = new Set<string>()) => {
        for (const name of start) {
          if (seen.has(name)) continue;
          seen.add(name);
          const c = byName.get(name);
          if (c) closure(c.imports, seen);
        }
        return seen;
      };
      const entry = chunks.find((c) => c.isEntry);
      const initial = closure(entry ? [entry.fileName] : []);
      const dir = path.dirname(appFile);
      // App.tsx itself is loaded lazily (Root.tsx): every page but the light ones needs it and antd.
      const app = chunks.find((c) => c.facadeModuleId === path.resolve(appFile));
      const appFiles = app ? closure([app.fileName]) : new Set<string>();
      const routes: RoutePreload[] = [];
      for (const r of lazyRoutes(fs.readFileSync(appFile, 'utf8'))) {
        const file = path.resolve(dir, r.module);
        const chunk = chunks.find((c) => c.facadeModuleId === file);
        if (!chunk) continue;
        const needed = closure([chunk.fileName]);
        if (!lightRoutes.includes(r.path)) for (const f of appFiles) needed.add(f);
        const files = [...needed].filter((f) => !initial.has(f));
        routes.push({ path: r.path, files: files.map((f) => `/${f}`) });
      }
      this.emitFile({ type: 'asset', fileName: ROUTE_PRELOADS_FILE, source: JSON.stringify(routes) });
    },
  };
}
