import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, screenshot } from '../helpers/browser.ts';
import { demoAppInBrowser } from '../helpers/e2e-app.ts';
import { rowsOfXlsx, xlsxOf } from '../helpers/xlsx.ts';

// Onboarding a province's people and bodies from the web app (issue 14): the administrator imports
// accounts and downloads their one-time passwords, a new user signs in with one and must change it,
// and the organisations page adds and edits a body.

const app = demoAppInBrowser('users-organisations');

async function pickIn(page: Page, field: string, text: string, option: string) {
  await page.locator(`.ant-modal ${field} .ant-select`).click();
  await page.keyboard.type(text);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
  // Wait for the list to close: while it fades out, its options would be counted as the next list's.
  await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' });
}

describe('users import and organisations in Chromium', () => {
  it('imports users, hands out one-time passwords, and forces the change at first sign-in', async () => {
    const { context, page } = await app.signIn('admin', DESKTOP, { acceptDownloads: true });
    await page.goto(`${app.server.url}/admin/users`);
    await page.getByTestId('users-import-open').click();
    const file = await xlsxOf([
      ['Tên đăng nhập', 'Họ tên', 'Vai trò', 'Cơ quan', 'Thư điện tử'],
      ['e2e.lan', 'Nguyễn Thị Lan', 'Cán bộ tỉnh', 'Chi cuc Dan so tinh Son La', ''],
      ['e2e.hung', 'Trần Văn Hùng', 'Lãnh đạo', 'Sở Y tế tỉnh Sơn La', 'hung@example.vn'],
    ]);
    await page.locator('.ant-modal input[type=file]').setInputFiles({
      name: 'tai-khoan.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await page.getByTestId('users-import-passwords').waitFor();
    expect(await page.locator('.ant-modal').innerText()).toContain('Đã tạo 2 tài khoản');
    await screenshot(page, 'users-import-result');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('users-import-passwords').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mat-khau-dung-mot-lan-.*\.xlsx$/);
    const rows = await rowsOfXlsx(fs.readFileSync((await download.path())!));
    const lan = rows.find((r) => r[0] === 'e2e.lan')!;
    expect(lan[5]).toMatch(/\S{10,}/);
    await context.close();

    const fresh = await app.browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
    const p2 = await fresh.newPage();
    await p2.goto(app.server.url);
    await p2.getByTestId('login-username').fill('e2e.lan');
    await p2.getByTestId('login-password').fill(lan[5]);
    await p2.getByTestId('login-submit').click();
    await p2.getByTestId('password-forced').waitFor();
    await screenshot(p2, 'users-one-time-password-change');
    await p2.getByLabel('Mật khẩu hiện tại').fill(lan[5]);
    await p2.getByLabel(/^Mật khẩu mới/).fill('Ban-Moi-Son-La-2026');
    await p2.getByLabel('Nhập lại mật khẩu mới').fill('Ban-Moi-Son-La-2026');
    await p2.getByRole('button', { name: /Lưu/ }).click();
    await p2.getByTestId('home-deadlines').waitFor();
    await fresh.close();
  });

  it('adds and edits an organisation, offering only the kinds of the unit’s level', async () => {
    const { context, page } = await app.signIn('quantri-sonla', DESKTOP);
    await page.goto(`${app.server.url}/admin/organisations`);
    await page.getByTestId('org-add').click();
    await page.getByTestId('org-name').fill('Sở Tài chính tỉnh Sơn La');
    await pickIn(page, '.org-unit', 'son la', 'Sơn La');
    await page.locator('.ant-modal .org-kind .ant-select:not(.ant-select-disabled)').click();
    // A province-level unit offers no Trạm Y tế (the same rule table as the API).
    await page.keyboard.type('Trạm');
    await page.locator('.ant-select-dropdown:visible .ant-empty').waitFor();
    expect(await page.locator('.ant-select-dropdown:visible .ant-select-item-option').count()).toBe(0);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('Sở Tài');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Sở Tài chính' })
      .click();
    await screenshot(page, 'organisations-add');
    await page.getByTestId('org-save').click();
    await page.getByTestId('org-search').locator('input').fill('so tai chinh');
    const row = page.locator('.ant-table-row').filter({ hasText: 'Sở Tài chính tỉnh Sơn La' });
    await row.waitFor();
    await row.getByRole('button', { name: 'Sửa cơ quan' }).click();
    await page.getByTestId('org-phone').fill('0212 3852 000');
    await page.getByTestId('org-save').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    await screenshot(page, 'organisations-list');
    const saved = await page.evaluate(() =>
      fetch('/api/organisations?q=so%20tai%20chinh').then((r) => r.json()),
    );
    expect(saved.items.find((o: { name: string }) => o.name === 'Sở Tài chính tỉnh Sơn La').phone).toBe(
      '0212 3852 000',
    );
    await context.close();
  });
});
