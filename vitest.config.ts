import { defineConfig } from 'vitest/config';

// Three tiers (see test/README.md): pure unit tests beside the code; database tests
// (`*.db.test.ts`) that run once on PGlite and, when TEST_DATABASE_URL is set, again on a
// PostgreSQL server; end-to-end tests in Chromium. `npm test` runs them all.
const dbInclude = ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'];

const dbProject = (name: string, backend: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name,
    include: dbInclude,
    globalSetup: ['test/helpers/db-global-setup.ts'],
    env: { CANBANG_TEST_BACKEND: backend },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'], exclude: [...dbInclude, 'test/e2e/**', '**/node_modules/**'] },
      },
      dbProject('db-pglite', 'pglite'),
      ...(process.env.TEST_DATABASE_URL ? [dbProject('db-postgres', 'postgres')] : []),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/helpers/e2e-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
