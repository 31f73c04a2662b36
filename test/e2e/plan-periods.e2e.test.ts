import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findLibreOffice } from '../../src/server/documents/pdf.ts';
import { DESKTOP, SCREENSHOTS, screenshot } from '../helpers/browser.ts';
import { docxParagraphs } from '../helpers/docx.ts';
import { demoAppInBrowser } from '../helpers/e2e-app.ts';

// The province officer enters a People's Committee plan for 2022–2025 as such plans are written,
// all from the editor: the period, the issuing body, an activity running across the years, a
// change target of "0,3 điểm mỗi năm so với năm 2021", a 2025 target, a table annex; then the
// number, date and signer, "Ban hành" confirmed, the DOCX downloaded, read and rendered to pages.

const app = demoAppInBrowser('plan-periods');

const panel = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

/** Types a date into an antd DatePicker as a user does (dd/mm/yyyy, Enter). */
async function typeDate(page: Page, testId: string, ddmmyyyy: string, within = page.locator('body')) {
  const input = within.getByTestId(testId);
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
  await page.keyboard.press('Escape');
}

/** Picks an option of an antd Select by its visible text (the open dropdown is the last one). */
async function choose(page: Page, select: ReturnType<Page['getByTestId']>, option: string) {
  await select.click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

describe('a 2022–2025 plan of the provincial People’s Committee, entered in the editor', () => {
  it('takes the period, a change target, an activity across the years and an annex; issues and prints', async () => {
    const { page } = await app.signIn('chicuc', DESKTOP, { acceptDownloads: true });
    await page.goto(`${app.server.url}/plans`);

    // A blank plan, for the provincial People's Committee.
    await page.getByTestId('plan-new').click();
    const modal = page.getByRole('dialog');
    await modal.getByText('Kế hoạch trống', { exact: true }).click();
    await modal.locator('.ant-select').first().click();
    await page.keyboard.type('uy ban nhan dan tinh son la');
    await page
      .locator('.ant-select-dropdown:visible')
      .getByTitle('Ủy ban nhân dân tỉnh Sơn La', { exact: true })
      .click();
    await modal.getByRole('button', { name: 'Lập kế hoạch mới' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]+\/edit$/);
    await page.getByTestId('activities-editor').waitFor();

    // The period and the heading of the document.
    await panel(page, 'Thông tin chung');
    const start = page.getByTestId('plan-period-start');
    await start.fill('2022');
    const end = page.getByTestId('plan-period-end');
    await end.fill('2025');
    await end.blur();
    // Headed by the body chosen, dated at the province's name (Nghị định 30), not the officer's office.
    expect(await page.getByTestId('plan-issuer-name').inputValue()).toBe('ỦY BAN NHÂN DÂN TỈNH SƠN LA');
    await page.getByTestId('plan-number').fill('112');
    await page.getByTestId('plan-symbol').fill('KH-UBND');
    await typeDate(page, 'plan-date', '15/04/2022');
    // The subject without its years: the document names the period itself.
    await page.getByTestId('plan-subject').fill('Thực hiện Đề án kiểm soát mất cân bằng giới tính khi sinh');
    await page.getByTestId('plan-period-start').scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-periods-editor-period');

    await panel(page, 'Cơ quan ban hành');
    expect(await page.getByTestId('plan-issuer-kind').innerText()).toBe('Ủy ban nhân dân tỉnh');
    await page.getByTestId('plan-issuer-defaults').click();

    // A change target "giảm ≥ 0,3 điểm mỗi năm so với năm 2021", and SRB ≤ 109 by 2025.
    await panel(page, 'Mục tiêu');
    await page.getByTestId('target-add').click();
    await page.getByTestId('target-indicator').nth(0).fill('Tỷ số giới tính khi sinh');
    await choose(page, page.getByTestId('target-kind').nth(0), 'Thay đổi so với năm gốc');
    await page.getByTestId('target-value').nth(0).fill('0,3');
    await page.getByTestId('target-unit').nth(0).fill('điểm');
    expect(await page.getByTestId('target-baseline-year').nth(0).inputValue()).toBe('2021');
    await page.getByTestId('target-add').click();
    await page.getByTestId('target-indicator').nth(1).fill('Tỷ số giới tính khi sinh');
    await choose(page, page.getByTestId('target-comparator').nth(1), '<');
    await page.getByTestId('target-value').nth(1).fill('109');
    await page.getByTestId('target-unit').nth(1).fill('bé trai/100 bé gái');
    await choose(page, page.getByTestId('target-year').nth(0), 'Vào năm 2025');
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await page.getByTestId('target-reads').nth(0).scrollIntoViewIfNeeded();
    expect(await page.getByTestId('target-reads').nth(0).innerText()).toContain('0,3');
    await screenshot(page, 'plan-periods-editor-targets');

    // One activity from May 2022 to the end of 2025, its lead written out.
    // (the activities panel is open from the start)
    await page.getByTestId('activity-add').click();
    const activity = page.getByTestId('activity-1');
    await activity
      .getByTestId('activity-title')
      .fill('Truyền thông nâng cao nhận thức về mất cân bằng giới tính khi sinh');
    await activity.getByTestId('activity-open').click();
    await activity.getByTestId('activity-lead-name').fill('Sở Y tế');
    await typeDate(page, 'activity-start', '01/05/2022', activity);
    await typeDate(page, 'activity-end', '31/12/2025', activity);

    // A table annex: the target per year.
    await panel(page, 'Phụ lục');
    await page.getByTestId('plan-annex-add').click();
    await page.getByTestId('plan-annex-0-title').fill('Chỉ tiêu tỷ số giới tính khi sinh theo năm');
    await page.getByTestId('plan-annex-0-col-0').fill('Năm');
    await page.getByTestId('plan-annex-0-col-1').fill('Tỷ số giới tính khi sinh');
    await page.getByTestId('plan-annex-0-cell-0-0').fill('2022');
    await page.getByTestId('plan-annex-0-cell-0-1').fill('≤ 111,2');
    await page.getByTestId('plan-annex-0-add-row').click();
    await page.getByTestId('plan-annex-0-cell-1-0').fill('2025');
    await page.getByTestId('plan-annex-0-cell-1-1').fill('< 109');

    await panel(page, 'Nơi nhận, chữ ký');
    const recipients = page.getByTestId('plan-recipients');
    await recipients.getByRole('button', { name: 'Thêm dòng' }).click();
    await recipients.locator('textarea').last().fill('Bộ Y tế (b/c)');
    await recipients.getByRole('button', { name: 'Thêm dòng' }).click();
    await recipients.locator('textarea').last().fill('Các sở, ban, ngành tỉnh');
    await page.getByTestId('plan-signer').fill('Đặng Ngọc Hậu');
    await page.getByTestId('plan-save').click();
    await expect.poll(() => page.getByText('Đã lưu').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('plan-checks').count()).toBe(0);
    await page.getByTestId('plan-annex-0').scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-periods-editor-annex');

    // Issuing asks first.
    await page.goto(page.url().replace(/\/edit$/, ''));
    await page.getByText('Kế hoạch đã đủ điều kiện ban hành.').waitFor();
    // The plan as officials read it on screen words its targets and period as the document does.
    const view = await page.getByTestId('plan-view').innerText();
    expect(view).toContain('Thực hiện Đề án kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2022–2025');
    expect(view).toContain('giảm ≥ 0,3 điểm mỗi năm so với năm 2021');
    expect(view).toContain('< 109 bé trai/100 bé gái vào năm 2025');
    // No funding typed: no empty "Kinh phí" heading (the activity table's column keeps its name).
    expect(await page.getByTestId('plan-view').getByRole('heading', { name: 'Kinh phí' }).count()).toBe(0);
    await page.waitForTimeout(300); // "Ban hành" fades in as enabled once the checks arrive
    await screenshot(page, 'plan-periods-view');
    await page.getByTestId('plan-issue').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/không hoàn tác được/).waitFor();
    expect(await dialog.innerText()).toContain('Kế hoạch số 112/KH-UBND');
    expect(await dialog.innerText()).toContain('15/04/2022');
    await page.waitForTimeout(400); // the dialog's opening animation
    await screenshot(page, 'plan-periods-issue-confirm');
    await page.getByTestId('plan-issue-confirm').click();
    await page.getByText('Đã ban hành kế hoạch').first().waitFor();
    const issuedId = /\/plans\/([0-9a-f-]+)/.exec(page.url())![1];

    await page.getByTestId('plan-export').hover();
    const download = page.waitForEvent('download');
    await page.getByTestId('plan-export-docx').click();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-periods-')), 'plan.docx');
    await (await download).saveAs(file);
    const paragraphs = await docxParagraphs(fs.readFileSync(file));
    const text = paragraphs.join('\n');
    expect(paragraphs).toContain('ỦY BAN NHÂN DÂN TỈNH SƠN LA');
    expect(paragraphs).toContain('Sơn La, ngày 15 tháng 4 năm 2022');
    expect(paragraphs).toContain(
      'Thực hiện Đề án kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2022–2025',
    );
    // The change target keeps its decimal and its meaning; the level target its year.
    expect(paragraphs).toContain('- Tỷ số giới tính khi sinh: giảm ≥ 0,3 điểm mỗi năm so với năm 2021.');
    expect(paragraphs).toContain('- Tỷ số giới tính khi sinh: < 109 bé trai/100 bé gái vào năm 2025.');
    expect(paragraphs).toContain('- Thời gian: Từ 01/05/2022 đến 31/12/2025./.');
    expect(paragraphs).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(paragraphs).toContain('- Bộ Y tế (b/c);');
    expect(paragraphs).toContain('CHỈ TIÊU TỶ SỐ GIỚI TÍNH KHI SINH THEO NĂM');
    expect(paragraphs).toContain('≤ 111,2');
    // No empty part: every numbered heading (I., II. …) is followed by its content, and parts
    // with nothing typed (funding, reporting) are not printed.
    const headings = paragraphs.flatMap((p, i) => (/^[IVX]+\. /.test(p) ? [i] : []));
    expect(headings.map((i) => paragraphs[i])).toEqual(['I. MỤC TIÊU, CHỈ TIÊU', 'II. NHIỆM VỤ TRỌNG TÂM']);
    for (const i of headings) expect(paragraphs[i + 1]).toMatch(/^\d+\. \S/);
    expect(text).not.toMatch(/^\.\/\.$/m);

    const soffice = findLibreOffice();
    expect(soffice).toBeTruthy();
    execFileSync(soffice!, ['--headless', '--convert-to', 'pdf', '--outdir', path.dirname(file), file], {
      timeout: 120_000,
    });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      file.replace(/\.docx$/, '.pdf'),
      path.join(SCREENSHOTS, 'plan-periods-docx'),
    ]);
    expect(fs.readdirSync(SCREENSHOTS).some((f) => f.startsWith('plan-periods-docx'))).toBe(true);

    // Its budget: the funds are the period's, the spending the chosen year's, and the labels say so.
    await page.goto(`${app.server.url}/budget/${issuedId}`);
    await expect
      .poll(() => page.getByTestId('budget-allocated').innerText())
      .toContain('Tổng phân bổ cả giai đoạn 2022–2025');
    expect(await page.getByTestId('budget-spent').innerText()).toMatch(/Đã chi năm 20\d\d \(theo chứng từ\)/);

    // The next period's plan made from this one: 2026–2029, its targets' years moved with it.
    await page.goto(`${app.server.url}/plans`);
    await page.getByTestId('plan-new').click();
    const next = page.getByRole('dialog');
    await next.locator('.ant-select').first().click();
    await page.keyboard.type('uy ban nhan dan tinh son la');
    await page
      .locator('.ant-select-dropdown:visible')
      .getByTitle('Ủy ban nhân dân tỉnh Sơn La', { exact: true })
      .click();
    await next.locator('.ant-select').nth(1).click();
    await page
      .locator('.ant-select-dropdown:visible')
      .getByText(/^2022–2025 — 112\/KH-UBND/)
      .click();
    await next.getByRole('button', { name: 'Lập kế hoạch mới' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]+\/edit$/);
    await page.getByTestId('activities-editor').waitFor();
    await panel(page, 'Thông tin chung');
    expect(await page.getByTestId('plan-period-start').inputValue()).toBe('2026');
    expect(await page.getByTestId('plan-period-end').inputValue()).toBe('2029');
    await panel(page, 'Mục tiêu');
    const reads = await page.getByTestId('target-reads').allInnerTexts();
    expect(reads[0]).toContain('giảm ≥ 0,3 điểm mỗi năm so với năm 2025');
    expect(reads[1]).toContain('vào năm 2029');
    // Only what a new plan lacks (number, date) is asked for: no year outside the period.
    await page.getByTestId('plan-checks').waitFor();
    expect(await page.getByTestId('plan-checks').innerText()).not.toMatch(/nằm ngoài|năm gốc/);
    await page.getByTestId('target-reads').nth(1).scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-periods-next-period');
  });
});
