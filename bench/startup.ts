// Start-up time of `canbang serve --demo` as a user sees it: from launching the process to the
// first successful /api/health, on a new data folder (create, migrate, reference units, demo)
// and on an existing one. Usage: npm run bench:startup [-- --runs N]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { result, summarise } from './lib.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;

async function startOnce(dataDir: string): Promise<number> {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin/canbang.js'), 'serve', '--demo', '--data-dir', dataDir, '--port', '0'],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let log = '';
    const onData = (d: Buffer) => {
      log += d;
      const m = log.match(/đang chạy tại (http:\/\/\S+)/);
      if (m) resolve(m[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exit ${code}: ${log}`)));
  });
  const res = await fetch(`${url}/api/health`);
  if (!res.ok) throw new Error(`health ${res.status}`);
  const ms = performance.now() - t0;
  child.removeAllListeners('exit');
  await new Promise((r) => {
    child.once('exit', r);
    child.kill('SIGTERM');
  });
  return ms;
}

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-bench-startup-'));
try {
  const fresh: number[] = [];
  const existing: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = path.join(base, `d${i}`);
    fresh.push(await startOnce(dir));
    existing.push(await startOnce(dir));
  }
  const n = summarise('start-up, new data folder', fresh);
  const e = summarise('start-up, existing data folder', existing);
  result('startup-new', n.p50, 'ms');
  result('startup', e.p50, 'ms');
} finally {
  fs.rmSync(base, { recursive: true, force: true });
}
