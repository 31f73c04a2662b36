import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { type RunningServer, startServer } from '../../src/server/main.ts';
import { DESKTOP, launchBrowser, screenshot } from '../helpers/browser.ts';

// The plan editor in a real browser: a commune edits its draft, activities renumber as they
// move, and a second editor's stale save is refused without losing what was typed.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-e2e-plans-'));
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(
    loadConfig({
      CANBANG_DATA_DIR: path.join(dir, 'data'),
      PORT: '0',
      CANBANG_DEMO_PASSWORD: 'CanBang@2026',
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

async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('CanBang@2026');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('home-deadlines').waitFor();
  return page;
}

async function openOwnDraft(page: Page): Promise<string> {
  await page.goto(`${server.url}/plans`);
  await page.getByText('Trạm Y tế phường Chiềng Sinh', { exact: true }).first().click();
  await page.getByTestId('plan-edit').click();
  await page.getByTestId('activities-editor').waitFor();
  return page.url();
}

const numbers = (page: Page) => page.getByTestId('activity-number').allInnerTexts();
const titleOf = (page: Page, n: string) =>
  page.getByTestId(`activity-${n}`).getByTestId('activity-title').inputValue();

describe('plan editor in Chromium', () => {
  it('adds an activity, moves it up with renumbering, names its lead and saves', async () => {
    const page = await signIn('tyt-03679');
    await openOwnDraft(page);
    expect(await numbers(page)).toEqual(['1.', '2.', '3.']);
    const third = await titleOf(page, '3');
    await page.getByTestId('activity-add').click();
    expect(await numbers(page)).toEqual(['1.', '2.', '3.', '4.']);
    await page
      .getByTestId('activity-4')
      .getByTestId('activity-title')
      .fill('Phát thanh trên loa truyền thanh phường về hệ lụy của mất cân bằng giới tính khi sinh');
    await page.getByTestId('activity-4').getByTestId('activity-up').click();
    // The new activity is now 3 and the former 3 is 4.
    expect(await titleOf(page, '3')).toContain('loa truyền thanh');
    expect(await titleOf(page, '4')).toBe(third);
    await page.getByTestId('activity-3').getByTestId('activity-open').click();
    await page.getByTestId('activity-3').getByTestId('activity-lead').click();
    await page.keyboard.type('tram y te phuong chieng sinh');
    await page.keyboard.press('Enter');
    await page.getByTestId('plan-save').click();
    await expect.poll(() => page.getByText('Đã lưu').count()).toBeGreaterThan(0);
    // The server has it: reload and find the activity where it was put.
    await page.reload();
    await page.getByTestId('activities-editor').waitFor();
    expect(await titleOf(page, '3')).toContain('loa truyền thanh');
    await page.waitForTimeout(300);
    await screenshot(page, 'plan-editor');
  });

  it('refuses a stale save from a second editor and keeps what was typed', async () => {
    const first = await signIn('tyt-03679');
    const second = await signIn('tyt-03679');
    await openOwnDraft(first);
    await openOwnDraft(second);
    await first.getByTestId('activity-1').getByTestId('activity-title').fill('Bản của người thứ nhất');
    await first.getByTestId('plan-save').click();
    await expect.poll(() => first.getByText('Đã lưu').count()).toBeGreaterThan(0);
    await second.getByTestId('activity-1').getByTestId('activity-title').fill('Bản của người thứ hai');
    await second.getByTestId('plan-save').click();
    await second.getByTestId('plan-conflict').waitFor();
    expect(await titleOf(second, '1')).toBe('Bản của người thứ hai');
    await screenshot(second, 'plan-conflict');
  });

  it('shows the province plan with its child plans and the communes still without one', async () => {
    const page = await signIn('chicuc');
    await page.goto(`${server.url}/plans`);
    await page.getByText('Sở Y tế tỉnh Sơn La').first().click();
    await page.getByTestId('plan-view').waitFor();
    expect(await page.getByTestId('plan-view').innerText()).toContain('Truyền thông nâng cao nhận thức');
    await page.getByRole('tab', { name: /Kế hoạch cấp dưới/ }).click();
    await expect.poll(() => page.getByText('Xã, phường chưa có kế hoạch (72)').count()).toBe(1);
    await screenshot(page, 'plan-view');
  });
});
