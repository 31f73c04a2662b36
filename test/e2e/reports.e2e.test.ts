import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlanSummaryDto } from '../../src/shared/contracts/plans.ts';
import type { ReportCompletenessDto } from '../../src/shared/contracts/reports.ts';
import { DESKTOP, PHONE, SCREENSHOTS } from '../helpers/browser.ts';
import { demoAppInBrowser, docsPicture, readJson, scrollWidth } from '../helpers/e2e-app.ts';

// The year's report on the province plan in a real browser: the Trạm Y tế of phường Tô Hiệu opens,
// writes and sends it on a phone; the province officer sees the reporting rate move, returns it
// with a comment; the commune reads the comment, corrects and sends again; the province accepts and
// the report is locked and counted.

const app = demoAppInBrowser('reports');
const UNIT = 'Trạm Y tế phường Tô Hiệu';

async function confirm(page: Page) {
  await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
}

async function statusIs(page: Page, text: string) {
  await expect.poll(() => page.getByTestId('report-status').innerText()).toBe(text);
}

/**
 * Reports received as three pages show them — the completeness card, the leaders' dashboard and
 * the consolidated report's preview — which must agree; returns the count.
 */
async function receivedEverywhere(page: Page, planId: string, expected: number): Promise<number> {
  const list = `${app.server.url}/reports?plan=${planId}&period=1`;
  await page.goto(list);
  const count = page.getByTestId('reporting-rate-count');
  await count.waitFor();
  const completeness = (await count.innerText()).match(/^(\d+)\/(\d+)/)!;
  expect(Number(completeness[2])).toBe(expected);
  await expect
    .poll(() => page.getByTestId('consolidated-received').innerText())
    .toBe(`${completeness[1]}/${expected} đơn vị đã gửi`);
  await page.goto(`${app.server.url}/dashboard?plan=${planId}&period=1`);
  await expect
    .poll(() => page.getByTestId('dashboard-reports').innerText())
    .toContain(`${completeness[1]}/${expected} đơn vị đã gửi`);
  return Number(completeness[1]);
}

describe('unit reports in Chromium', () => {
  it('goes from draft to submitted, returned, resubmitted and accepted, and counts in the rates', async () => {
    const province = await app.signIn('chicuc', DESKTOP);
    const commune = await app.signIn('tyt-03646', PHONE);
    const { items } = await readJson<{ items: PlanSummaryDto[] }>(
      province.page,
      '/api/plans?year=2026&status=issued',
    );
    const plan = items.find((p) => p.organisationName === 'Sở Y tế tỉnh Sơn La' && !p.parentPlanId)!;
    expect(plan).toBeDefined();
    const list = `${app.server.url}/reports?plan=${plan.id}&period=1`;

    const before = await readJson<ReportCompletenessDto>(
      province.page,
      `/api/plans/${plan.id}/reports?period=1`,
    );
    expect(await receivedEverywhere(province.page, plan.id, before.expected)).toBe(before.received);
    // Before: the province notes the reporting rate.
    await province.page.goto(list);
    const rate = province.page.getByTestId('reporting-rate-rate');
    await rate.waitFor();
    const rateBefore = await rate.innerText();
    expect(rateBefore).toMatch(/^\d+(,\d)?%$/);
    expect(await province.page.getByTestId('report-duty').innerText()).toBe(
      'Nhiệm vụ báo cáo: báo cáo năm gửi Sở Y tế, qua Chi cục Dân số; hạn kỳ cuối 05/12/2026.',
    );

    // The commune opens its report (drafted from its records), writes the results and sends it.
    const c = commune.page;
    await c.goto(`${app.server.url}/reports`);
    await expect.poll(() => c.getByTestId('my-report-status').innerText()).toBe('Chưa lập');
    await c.getByTestId('my-report-open').click();
    await c.getByTestId('report-figures').waitFor();
    await statusIs(c, 'Đang soạn');
    await c.getByTestId('report-results').fill('Tổ chức 12 buổi truyền thông tại các tổ dân phố.');
    await c.getByTestId('report-difficulties').fill('Kinh phí cấp chậm.');
    await c.getByTestId('report-submit').click();
    await confirm(c);
    await statusIs(c, 'Đã gửi, chờ duyệt');
    expect(await c.getByTestId('report-narrative').count()).toBe(1);
    expect(await c.getByTestId('report-results').count()).toBe(0);
    expect(await scrollWidth(c)).toBeLessThanOrEqual(PHONE.width);

    // The province's home lists the report waiting for it, with its due date and a link.
    const p = province.page;
    await p.goto(app.server.url);
    const queue = p.getByTestId('home-review-queue');
    await queue.waitFor();
    expect(await queue.innerText()).toContain(`${UNIT} — Năm 2026`);
    expect(await queue.innerText()).toContain('hạn 05/12/2026');
    expect(await p.getByTestId('home-deadlines').innerText()).not.toContain(
      'Không có hạn báo cáo nào sắp tới',
    );
    await docsPicture(p, 'home-review-queue');
    expect(await receivedEverywhere(p, plan.id, before.expected)).toBe(before.received + 1);

    // The province sees the rate move and returns the report with a comment.
    await p.goto(list);
    await expect.poll(() => p.getByTestId('reporting-rate-rate').innerText()).not.toBe(rateBefore);
    await p.getByRole('link', { name: UNIT }).click();
    await statusIs(p, 'Đã gửi, chờ duyệt');
    const reportUrl = p.url();
    await p.getByTestId('report-return').click();
    await p.locator('#report-return-ok').click();
    await p.getByText('Hãy ghi lý do trả lại').waitFor();
    const comment = 'Ghi rõ số người tham dự từng buổi truyền thông.';
    await p.getByTestId('report-return-comment').fill(comment);
    await p.locator('#report-return-ok').click();
    await statusIs(p, 'Bị trả lại');
    // The reviewer too reads who returned it by name, not "chicuc · …".
    await expect
      .poll(() => p.getByTestId('report-review-comment').innerText())
      .toContain('Cán bộ Chi cục Dân số Sơn La ·');
    // Returned is not submitted: the completeness, the dashboard and the consolidated report all
    // stop counting it, and its difficulties are not quoted; the queue is empty again.
    expect(await receivedEverywhere(p, plan.id, before.expected)).toBe(before.received);
    await p.goto(list);
    await p.getByTestId('consolidated-quotes').waitFor();
    expect(await p.getByTestId('consolidated-quotes').innerText()).not.toContain('Kinh phí cấp chậm.');
    await p.goto(app.server.url);
    await p.getByTestId('home-deadlines').waitFor();
    expect(await p.getByTestId('home-review-queue').count()).toBe(0);

    // The commune follows its home page's deadline link, reads the comment, corrects and resends.
    await c.goto(app.server.url);
    await c.getByTestId('home-deadlines').getByRole('link').first().click();
    await expect.poll(() => c.getByTestId('my-report-status').innerText()).toBe('Bị trả lại');
    await c.getByTestId('my-report-open').click();
    await expect.poll(() => c.getByTestId('report-review-comment').innerText()).toContain(comment);
    // Who returned it, by name.
    expect(await c.getByTestId('report-review-comment').innerText()).toContain(
      'Cán bộ Chi cục Dân số Sơn La ·',
    );
    expect(await scrollWidth(c)).toBeLessThanOrEqual(PHONE.width);
    await docsPicture(c, 'report-returned');
    await c.screenshot({ path: path.join(SCREENSHOTS, 'report-returned-phone-full.png'), fullPage: true });
    await c
      .getByTestId('report-results')
      .fill('Tổ chức 12 buổi truyền thông tại các tổ dân phố, mỗi buổi 25–40 người, tổng 380 người.');
    await c.getByTestId('report-submit').click();
    await confirm(c);
    await statusIs(c, 'Đã gửi, chờ duyệt');

    // The province accepts: locked, counted.
    await p.goto(reportUrl);
    await statusIs(p, 'Đã gửi, chờ duyệt');
    expect(await p.getByTestId('report-results-text').innerText()).toContain('tổng 380 người');
    await p.getByTestId('report-accept').click();
    await confirm(p);
    await statusIs(p, 'Đã chấp nhận');
    await p.getByTestId('report-locked').waitFor();
    expect(await p.getByTestId('report-accept').count()).toBe(0);

    expect(await receivedEverywhere(p, plan.id, before.expected)).toBe(before.received + 1);
    const after = await readJson<ReportCompletenessDto>(p, `/api/plans/${plan.id}/reports?period=1`);
    const row = after.rows.find((r) => r.organisationName === UNIT)!;
    expect(row.status).toBe('accepted');
    await p.goto(list);
    await expect
      .poll(() => p.getByTestId('reporting-rate-count').innerText())
      .toContain(`${after.received}/${after.expected}`);
    expect(after.received).toBeGreaterThan(0);
    expect(await p.getByTestId('reporting-rate-rate').innerText()).not.toBe(rateBefore);
    const unitRow = p.locator('tr', { has: p.getByRole('link', { name: UNIT }) });
    expect(await unitRow.innerText()).toContain('Đã chấp nhận');
    await docsPicture(p, 'reports-completeness');
    // Accepted: its difficulties are quoted in the consolidated report, addressed above the issuer.
    await expect
      .poll(() => p.getByTestId('consolidated-quotes').innerText())
      .toContain(`${UNIT}: Kinh phí cấp chậm.`);
    expect(await p.getByTestId('consolidated-to').innerText()).toBe('Ủy ban nhân dân tỉnh Sơn La');
    await p.getByTestId('consolidated-report').scrollIntoViewIfNeeded();
    // Below the sticky header, the card's title in view.
    await p.evaluate(() => window.scrollBy(0, -80));
    await docsPicture(p, 'consolidated-report');
    // The province's consolidated report downloads from the same card.
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByTestId('consolidated-docx').click(),
    ]);
    expect(download.suggestedFilename()).toBe('bao-cao-ket-qua-2026-ky-1.docx');

    // The audit log tells the story in the officials' words: the kind chosen by its label, the
    // acceptance read as "Trạng thái: Đã gửi, chờ duyệt → Đã chấp nhận".
    await p.goto(`${app.server.url}/admin/audit`);
    const kind = p.getByLabel('Loại dữ liệu');
    await kind.click();
    await kind.fill('Báo cáo của đơn vị');
    await p.keyboard.press('Enter');
    const first = p.locator('.ant-table-row').first();
    await expect.poll(() => first.innerText()).toContain('Báo cáo của đơn vị');
    expect(await first.innerText()).not.toContain('unit_reports');
    await first.locator('.ant-table-row-expand-icon').click();
    const change = p.locator('.ant-table-expanded-row').first();
    await expect.poll(() => change.innerText()).toContain('Trạng thái');
    expect(await change.innerText()).toMatch(/Đã gửi, chờ duyệt\s+Đã chấp nhận/);
    expect(await change.innerText()).not.toMatch(/\bstatus\b|accepted/);
    await docsPicture(p, 'audit-labels');

    // Locked for the commune too, and its own report downloads as a Nghị định 30 document.
    await c.reload();
    await c.getByTestId('report-locked').waitFor();
    expect(await c.getByTestId('report-results').count()).toBe(0);
    const [own] = await Promise.all([c.waitForEvent('download'), c.getByTestId('report-docx').click()]);
    expect(own.suggestedFilename()).toMatch(/^bao-cao-don-vi-2026-ky-1-[0-9a-f]{8}\.docx$/);
    await province.context.close();
    await commune.context.close();
  });
});
