// Latency of GET /api/admin-units over real HTTP, as the unit tree and pickers call it: the 75
// communes of Sơn La, and an accent-insensitive search. PGlite by default; a PostgreSQL server
// when DATABASE_URL is set. Usage: npm run bench:admin-units [-- --requests N --concurrency C]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/server/config.ts';
import { startServer } from '../src/server/main.ts';
import { result, summarise } from './lib.ts';

const arg = (name: string, d: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || d;
const requests = arg('--requests', 1000);
const concurrency = arg('--concurrency', 8);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-bench-units-'));
const config = loadConfig({
  ...process.env,
  CANBANG_DATA_DIR: path.join(dir, 'data'),
  PORT: '0',
  LOG_LEVEL: 'error',
});
const server = await startServer(config, { demo: true });
try {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'chicuc', password: config.demoPassword }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  console.log(`database: ${server.database.kind}; ${requests} requests per measurement`);

  async function measure(label: string, url: string, concurrency: number) {
    for (let i = 0; i < 20; i++) await (await fetch(url, { headers: { cookie } })).arrayBuffer(); // warm-up
    const samples: number[] = [];
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests) {
          next++;
          const s = performance.now();
          const res = await fetch(url, { headers: { cookie } });
          await res.arrayBuffer();
          if (!res.ok) throw new Error(`${res.status}`);
          samples.push(performance.now() - s);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const s = summarise(label, samples);
    console.log(`${label}: ${(samples.length / seconds).toFixed(0)} requests/s`);
    return s;
  }

  await measure(
    `search "chieng", ${concurrency} clients`,
    `${server.url}/api/admin-units?q=chieng&level=commune`,
    concurrency,
  );
  await measure(
    `75 communes of Sơn La, ${concurrency} clients`,
    `${server.url}/api/admin-units?parent=14`,
    concurrency,
  );
  const single = await measure(
    '75 communes of Sơn La, 1 client',
    `${server.url}/api/admin-units?parent=14`,
    1,
  );
  result('admin-units', single.p50, 'ms');
} finally {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
