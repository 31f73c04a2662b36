import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DESKTOP, screenshot } from '../helpers/browser.ts';
import { committeePlan } from '../helpers/committee-plan.ts';
import { docxText } from '../helpers/docx.ts';
import { demoAppInBrowser, readJson, sendJson } from '../helpers/e2e-app.ts';
import { rowsOfXlsx, xlsxOf } from '../helpers/xlsx.ts';

// The whole chain of issue 14 in one browser session: the system administrator adds Lạng Sơn and
// its people from the web app; the new officer signs in with a one-time password, issues the
// People's Committee's plan and sends the year's consolidated report; Cục Dân số sees both on the
// national page and opens the report.

const app = demoAppInBrowser('province-to-national');
const NEW_PASSWORD = 'Lang-Son-Moi-2026';

describe('from a new province to the national page', () => {
  it('onboards Lạng Sơn, issues its plan, sends its report, and Cục Dân số reads them', async () => {
    // 1. The administrator adds the province…
    const admin = await app.signIn('admin', DESKTOP, { acceptDownloads: true });
    await admin.page.goto(`${app.server.url}/admin/provinces`);
    const row = admin.page.getByTestId('province-20');
    await row.getByRole('button', { name: 'Thêm' }).click();
    await admin.page.locator('.ant-modal-confirm').getByRole('button', { name: 'Thêm' }).click();
    await expect.poll(() => row.innerText(), { timeout: 120_000 }).toContain('Đã bật');

    // …and its officer, from a file naming the body without accents.
    await admin.page.goto(`${app.server.url}/admin/users`);
    await admin.page.getByTestId('users-import-open').click();
    await admin.page.locator('.ant-modal input[type=file]').setInputFiles({
      name: 'tai-khoan-lang-son.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await xlsxOf([
        ['Tên đăng nhập', 'Họ tên', 'Vai trò', 'Cơ quan', 'Thư điện tử'],
        ['ls.mai', 'Hoàng Thị Mai', 'Cán bộ tỉnh', 'Chi cuc Dan so tinh Lang Son', 'mai@example.vn'],
      ]),
    });
    const [download] = await Promise.all([
      admin.page.waitForEvent('download'),
      admin.page.getByTestId('users-import-passwords').click(),
    ]);
    const oneTime = (await rowsOfXlsx(fs.readFileSync((await download.path())!))).find(
      (r) => r[0] === 'ls.mai',
    )![5];
    await admin.context.close();

    // 2. The officer's first sign-in asks for a password of her own.
    const context = await app.browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.getByTestId('login-username').fill('ls.mai');
    await page.getByTestId('login-password').fill(oneTime);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('password-forced').waitFor();
    await page.getByLabel('Mật khẩu hiện tại').fill(oneTime);
    await page.getByLabel(/^Mật khẩu mới/).fill(NEW_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: /Lưu/ }).click();
    await page.getByTestId('home-deadlines').waitFor();

    // 3. The People's Committee's plan over Lạng Sơn's communes, with the communes' yearly report
    // (prepared through the API: the editor has its own tests), issued in the app.
    const orgId = async (name: string) =>
      (
        await readJson<{ items: { id: string; name: string }[] }>(
          page,
          `/api/organisations?province=20&q=${encodeURIComponent(name)}`,
        )
      ).items.find((o) => o.name === name)!.id;
    const communes = await readJson<{ items: { id: number }[] }>(
      page,
      '/api/admin-units?parent=20&level=commune',
    );
    expect(communes.items).toHaveLength(65);
    const made = await sendJson<{ id: string }>(page, 'POST', '/api/plans', {
      organisationId: await orgId('Ủy ban nhân dân tỉnh Lạng Sơn'),
      content: {
        ...committeePlan(communes.items.map((u) => u.id)),
        reporting: {
          deadline: '2026-12-15',
          period: 'year',
          throughOrganisationId: await orgId('Chi cục Dân số tỉnh Lạng Sơn'),
          throughName: 'Chi cục Dân số',
          toOrganisationId: await orgId('Sở Y tế tỉnh Lạng Sơn'),
          toName: 'Sở Y tế',
          text: 'Các xã, phường báo cáo kết quả trước ngày 15/12/2026.',
        },
      },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);

    const reader = await app.signIn('cucdanso', DESKTOP, { acceptDownloads: true });
    await reader.page.goto(`${app.server.url}/national?year=2026`);
    const langSon = reader.page.getByTestId('national-provinces').locator('tr', { hasText: 'Lạng Sơn' });
    await langSon.getByText('Chưa ban hành').waitFor();

    await page.goto(`${app.server.url}/plans/${made.body.id}`);
    await page.getByText('Kế hoạch đã đủ điều kiện ban hành.').waitFor();
    await page.getByTestId('plan-issue').click();
    await page.getByTestId('plan-issue-confirm').click();
    await page.getByText('Đã ban hành kế hoạch').first().waitFor();

    // 4. The officer sends the year's consolidated report from the reports page.
    await page.goto(`${app.server.url}/reports?plan=${made.body.id}`);
    await page.getByTestId('consolidated-report').waitFor();
    await page.getByTestId('consolidated-send').click();
    await page.getByTestId('consolidated-send-confirm').click();
    await expect
      .poll(() => page.getByTestId('consolidated-sent').innerText())
      .toMatch(/^Đã gửi Cục Dân số ngày \d\d\/\d\d\/2026 \(Hoàng Thị Mai\)$/);
    await screenshot(page, 'consolidated-report-sent');

    // 5. Cục Dân số: Lạng Sơn has issued its plan and sent its report, which it opens.
    await reader.page.reload();
    await langSon.getByText('Đã ban hành').waitFor();
    expect(await langSon.locator(`a[href="/plans/${made.body.id}"]`).count()).toBe(1);
    await langSon.getByText(/^Đã gửi \d\d\/\d\d\/2026$/).waitFor();
    await screenshot(reader.page, 'national-page-lang-son');
    const [report] = await Promise.all([
      reader.page.waitForEvent('download'),
      reader.page.getByTestId('national-report-20').click(),
    ]);
    expect(report.suggestedFilename()).toBe('bao-cao-ket-qua-2026-ky-1.docx');
    const text = await docxText(fs.readFileSync((await report.path())!));
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN');
    expect(text).not.toContain('Sơn La');
    await reader.context.close();
    await context.close();
  });
});
