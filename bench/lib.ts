/** Small helpers shared by the benchmarks: percentiles and the RESULT line. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function summarise(
  label: string,
  samplesMs: number[],
): { p50: number; p95: number; p99: number; mean: number } {
  const s = [...samplesMs].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const r = { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), mean };
  console.log(
    `${label}: n=${s.length} mean=${mean.toFixed(1)} ms p50=${r.p50.toFixed(1)} ms p95=${r.p95.toFixed(1)} ms p99=${r.p99.toFixed(1)} ms max=${s.at(-1)!.toFixed(1)} ms`,
  );
  return r;
}

export function result(name: string, value: number, unit: string): void {
  console.log(`RESULT ${name} ${Number(value.toFixed(2))} ${unit}`);
}

/**
 * Runs `fn` against a new PostgreSQL database (DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/<fallbackName>), dropped again afterwards.
 */
export async function withFreshPostgres<T>(
  fallbackName: string,
  fn: (url: string) => Promise<T>,
): Promise<T> {
  const { default: pg } = await import('pg');
  const serverUrl = new URL(process.env.DATABASE_URL || `postgres://postgres@127.0.0.1:5432/${fallbackName}`);
  const dbName = serverUrl.pathname.slice(1);
  const adminUrl = new URL(serverUrl);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.query(`create database ${dbName}`);
    try {
      return await fn(serverUrl.toString());
    } finally {
      await admin.query(`drop database if exists ${dbName} with (force)`);
    }
  } finally {
    await admin.end();
  }
}
