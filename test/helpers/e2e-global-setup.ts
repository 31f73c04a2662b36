import { buildWebIfStale } from '../../src/cli/web-build.ts';
import { loadConfig } from '../../src/server/config.ts';

/** End-to-end tests drive the built web app, as users get it: build it when stale. */
export default async function setup() {
  await buildWebIfStale(loadConfig().webDist);
}
