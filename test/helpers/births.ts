import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

/** Withdraws every active birth batch: figures in a test start from no births (the demo holds simulated ones). */
export async function withdrawAllBirths(t: TestApp): Promise<void> {
  const admin = await t.as('admin');
  for (const b of (await admin.get('/api/births/imports')).json().items)
    if (b.status === 'active') await admin.post(`/api/births/imports/${b.id}/withdraw`);
}

/** POST /api/births/imports as `user`. */
export async function uploadBirths(t: TestApp, user: string, fileName: string, content: string | Buffer) {
  return (await t.as(user)).post('/api/births/imports', {
    fileName,
    contentBase64: Buffer.from(content).toString('base64'),
  });
}

/** A test app for the file's tests, starting from no births, with an upload helper. */
export function birthsTestApp() {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await createTestApp();
    await withdrawAllBirths(app);
  });
  afterAll(() => app?.close());
  return {
    get t(): TestApp {
      return app!;
    },
    upload: (user: string, fileName: string, content: string | Buffer) =>
      uploadBirths(app!, user, fileName, content),
  };
}
