import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { type RunningServer, startServer } from '../../src/server/main.ts';
import { launchBrowser, screenshot } from './browser.ts';
import { TEST_DEMO_PASSWORD } from './constants.ts';

// What every end-to-end file needs: a demo server on its own data folder, Chromium, a way to sign
// in as a demo account, and pictures for the docs. Registers its own beforeAll/afterAll.

const DOCS = path.resolve(import.meta.dirname, '../../docs/screenshots');

export interface DemoBrowserApp {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A new browser context signed in as `username`, on the home page. */
  signIn(
    username: string,
    viewport: { width: number; height: number },
    opts?: { acceptDownloads?: boolean },
  ): Promise<{ context: Awaited<ReturnType<Browser['newContext']>>; page: Page }>;
}

export function demoAppInBrowser(name: string): DemoBrowserApp {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `canbang-e2e-${name}-`));
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(
      loadConfig({
        CANBANG_DATA_DIR: path.join(dir, 'data'),
        PORT: '0',
        CANBANG_DEMO_PASSWORD: TEST_DEMO_PASSWORD,
      }),
      { demo: true },
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    async signIn(username, viewport, opts = {}) {
      const context = await browser!.newContext({ viewport, locale: 'vi-VN', ...opts });
      const page = await context.newPage();
      await page.goto(server!.url);
      await page.getByTestId('login-username').fill(username);
      await page.getByTestId('login-password').fill(TEST_DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('home-deadlines').waitFor();
      return { context, page };
    },
  };
}

/** A GET through the signed-in page's session. */
export const readJson = <T>(page: Page, url: string) =>
  page.evaluate((u) => fetch(u).then((r) => r.json()), url) as Promise<T>;

/** A write through the signed-in page's session, with its CSRF token, as the app sends it. */
export const sendJson = <T>(page: Page, method: string, url: string, body: unknown) =>
  page.evaluate(
    async ({ method, url, body }) => {
      const me = await fetch('/api/me').then((r) => r.json());
      const res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    },
    { method, url, body },
  ) as Promise<{ status: number; body: T }>;

/** Wider than the viewport means the page scrolls sideways. */
export const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** A picture for docs/screenshots (and the test's own folder); `whole` takes the full page height. */
export async function docsPicture(page: Page, name: string, whole = false) {
  await page.waitForLoadState('networkidle');
  const size = page.viewportSize()!;
  if (whole)
    await page.setViewportSize({
      width: size.width,
      height: await page.evaluate(() => document.documentElement.scrollHeight),
    });
  await page.waitForTimeout(400);
  fs.mkdirSync(DOCS, { recursive: true });
  await page.screenshot({ path: path.join(DOCS, `${name}.png`) });
  await screenshot(page, name);
  await page.setViewportSize(size);
}
