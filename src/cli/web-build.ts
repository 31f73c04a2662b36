import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * `npm start` builds the web app when it is missing or older than its sources, so that a fresh
 * clone needs no separate build step (and a `git pull` is picked up on the next start).
 */
export async function buildWebIfStale(webDist: string): Promise<boolean> {
  const index = path.join(webDist, 'index.html');
  // The build's own plugins (precompression, route preloads, the worker's precache list) count too.
  const sources = [
    path.join(ROOT, 'src/web'),
    path.join(ROOT, 'src/shared'),
    path.join(ROOT, 'scripts/vite'),
  ].filter((d) => fs.existsSync(d));
  const sourceTime = Math.max(
    ...sources.map(newestMtime),
    fs.statSync(path.join(ROOT, 'vite.config.ts')).mtimeMs,
  );
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sourceTime) return false;
  process.stderr.write(`${webBuildNotice(webDist, fs.existsSync(index))}\n`);
  const { build } = await import('vite');
  // Always the production build, even when called from a test run (NODE_ENV=test would make React
  // and ECharts ship their development code, and `npm start` would later serve that build).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return true;
}

/**
 * What `npm start` says while it builds: what it does and why, not how long — that depends on the
 * machine (about 10 s here, more on a small server), and a promise it breaks is worse than none.
 */
export function webBuildNotice(webDist: string, hadBuild: boolean): string {
  const where = path.relative(process.cwd(), webDist) || webDist;
  return `Đang build giao diện web vì ${hadBuild ? 'mã nguồn đã thay đổi' : 'chưa có bản build'} (vite build → ${where})…`;
}
