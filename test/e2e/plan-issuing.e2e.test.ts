import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findLibreOffice } from '../../src/server/documents/pdf.ts';
import { DESKTOP } from '../helpers/browser.ts';
import { demoAppInBrowser, docsPicture } from '../helpers/e2e-app.ts';

// A commune's plan from the editor to the issued document: a heading renamed, a table annex
// added, number, date and signer filled, "Ban hành" confirmed, the DOCX downloaded and read.

const app = demoAppInBrowser('plan-issuing');

const panel = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

async function documentText(file: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)]
    .map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''))
    .join('\n');
}

describe('issuing a plan from the editor', () => {
  it('edits a heading and an annex, issues after confirmation and exports the DOCX', async () => {
    const { page } = await app.signIn('tyt-03679', DESKTOP, { acceptDownloads: true });
    await page.goto(`${app.server.url}/plans`);
    await page.getByText('Trạm Y tế phường Chiềng Sinh', { exact: true }).first().click();
    // Not ready: the checks name what is missing, and "Ban hành" is disabled.
    await page.getByText('Chưa có số văn bản: hãy nhập số trước khi ban hành.').first().waitFor();
    expect(await page.getByTestId('plan-issue').isDisabled()).toBe(true);
    await page.getByTestId('plan-edit').click();
    await page.getByTestId('activities-editor').waitFor();

    await panel(page, 'Thông tin chung');
    await page.getByTestId('plan-number').fill('15');
    const date = page.getByTestId('plan-date');
    expect(await date.getAttribute('placeholder')).toBe('Chọn ngày');
    await date.click();
    await date.fill('20/03/2026');
    await date.press('Enter');

    await panel(page, 'Các mục của văn bản');
    await page.getByTestId('plan-heading-activities').fill('Nhiệm vụ trọng tâm của trạm');
    await page.getByTestId('plan-review').fill('Năm 2025 trạm tổ chức 12 buổi nói chuyện chuyên đề.');
    await page.getByTestId('plan-heading-review').scrollIntoViewIfNeeded();
    await docsPicture(page, 'plan-editor-headings');

    await panel(page, 'Phụ lục');
    await page.getByTestId('plan-annex-add').click();
    await page.getByTestId('plan-annex-0-title').fill('Chỉ tiêu theo tổ dân phố');
    await page.getByTestId('plan-annex-0-col-0').fill('Tổ dân phố');
    await page.getByTestId('plan-annex-0-col-1').fill('Số buổi truyền thông');
    await page.getByTestId('plan-annex-0-cell-0-0').fill('Tổ 1');
    await page.getByTestId('plan-annex-0-cell-0-1').fill('4');

    await panel(page, 'Nơi nhận, chữ ký');
    await page.getByTestId('plan-signer').fill('Lò Văn Thắng');
    await page.getByTestId('plan-save').click();
    await expect.poll(() => page.getByText('Đã lưu').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('plan-checks').count()).toBe(0);
    await page.getByTestId('plan-annex-0').scrollIntoViewIfNeeded();
    await docsPicture(page, 'plan-editor-headings-annex');

    // Issuing asks first, saying what cannot be undone.
    await page.goto(page.url().replace(/\/edit$/, ''));
    await page.getByText('Kế hoạch đã đủ điều kiện ban hành.').waitFor();
    await page.getByTestId('plan-issue').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/không hoàn tác được/).waitFor();
    expect(await dialog.innerText()).toContain('Kế hoạch số 15/');
    expect(await dialog.innerText()).toContain('20/03/2026');
    expect(await dialog.innerText()).toContain('Lò Văn Thắng');
    await docsPicture(page, 'plan-issue-confirm');
    await page.getByTestId('plan-issue-confirm').click();
    await page.getByText('Đã ban hành kế hoạch').first().waitFor();

    await page.getByTestId('plan-export').hover();
    const download = page.waitForEvent('download');
    await page.getByTestId('plan-export-docx').click();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-docx-')), 'plan.docx');
    await (await download).saveAs(file);
    const text = await documentText(file);
    expect(text).toContain('NHIỆM VỤ TRỌNG TÂM CỦA TRẠM');
    expect(text).toContain('Năm 2025 trạm tổ chức 12 buổi nói chuyện chuyên đề.');
    expect(text).toContain('CHỈ TIÊU THEO TỔ DÂN PHỐ');
    expect(text).toContain('Số buổi truyền thông');
    expect(text).toMatch(
      /Căn cứ Kế hoạch số 246\/KH-SYT ngày 5\/3\/2026 của Sở Y tế tỉnh Sơn La về việc triển khai/,
    );
    expect(text).not.toMatch(/^\.\/\.$/m);

    // The DOCX pages as LibreOffice renders them, to be looked at.
    const soffice = findLibreOffice();
    if (soffice) {
      execFileSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', path.dirname(file), file], {
        timeout: 120_000,
      });
      const docs = path.resolve(import.meta.dirname, '../../docs/screenshots');
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        file.replace(/\.docx$/, '.pdf'),
        path.join(docs, 'plan-child-docx'),
      ]);
      expect(fs.readdirSync(docs).some((f) => f.startsWith('plan-child-docx'))).toBe(true);
    }
  });

  it('offers PDF only when the server can make it, and shows a failed download in the page', async () => {
    const { page } = await app.signIn('chicuc', DESKTOP);
    // As a server without LibreOffice answers: /api/me says pdf: false, an export says 503.
    await page.route('**/api/me', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, json: { ...(await res.json()), pdf: false } });
    });
    await page.route('**/export?format=xlsx', (route) =>
      route.fulfill({
        status: 503,
        json: {
          code: 'FEATURE_UNAVAILABLE',
          message: 'Máy chủ đang bận, chưa xuất được tệp. Hãy thử lại sau.',
        },
      }),
    );
    await page.goto(`${app.server.url}/plans`);
    await page.getByText('Sở Y tế tỉnh Sơn La').first().click();
    await page.getByTestId('plan-view').waitFor();
    await page.getByTestId('plan-export').hover();
    const unavailable = page.getByTestId('plan-export-pdf-unavailable');
    await unavailable.waitFor();
    expect(await unavailable.innerText()).toContain('LibreOffice');
    await page.getByTestId('plan-export-xlsx').click();
    await page.getByText('Máy chủ đang bận, chưa xuất được tệp. Hãy thử lại sau.').waitFor();
    expect(page.url()).toMatch(/\/plans\/[0-9a-f-]+$/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await docsPicture(page, 'plan-export-error');
  });
});
