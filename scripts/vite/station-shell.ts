import fs from 'node:fs';
import path from 'node:path';
import type { ManifestTransform } from 'workbox-build';
import { ROUTE_PRELOADS_FILE, type RoutePreload } from './route-preloads.ts';

/** The pages a commune station works in, offline too (its report drafts as well): precached with the shell. */
export const STATION_ROUTES = ['/', '/activities', '/births-srb/monthly', '/reports', '/reports/:id'];

/**
 * Keeps in the service worker's precache only the shell (index.html and what it loads) and the
 * chunks of the station's pages. Precaching every chunk would send a phone on 3G the maps,
 * charts and admin pages it never opens (ECharts alone is 600 KB); those are kept the first time
 * they are used instead (sw.ts).
 */
export function stationShell(outDir: string): ManifestTransform {
  return async (entries) => {
    const routes: RoutePreload[] = JSON.parse(
      fs.readFileSync(path.join(outDir, ROUTE_PRELOADS_FILE), 'utf8'),
    );
    const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const keep = new Set<string>([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]));
    for (const r of routes)
      if (STATION_ROUTES.includes(r.path)) for (const f of r.files) keep.add(f.slice(1));
    return { manifest: entries.filter((e) => !e.url.startsWith('assets/') || keep.has(e.url)), warnings: [] };
  };
}
