import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlanSummaryDto } from '../../src/shared/contracts/plans.ts';
import type { ReportingSummaryDto, UnitReportDto } from '../../src/shared/contracts/reports.ts';
import { DESKTOP } from '../helpers/browser.ts';
import { demoAppInBrowser, readJson, sendJson } from '../helpers/e2e-app.ts';

// The reporting-rate summary on the reports page in Chromium: Sơn La's 2026 plan made quarterly,
// two Trạm Y tế send reports that the province accepts or returns; the province reads the table,
// its period rate agrees with the completeness card above, the filter keeps the units with an
// accepted report, and the export follows the filter.

const app = demoAppInBrowser('reporting-summary');
const DOCS = path.resolve(import.meta.dirname, '../../docs/screenshots');

/** A station's report for a period, sent; returns it as sent. */
async function send(page: Page, planId: string, periodNo: number) {
  const opened = await sendJson<UnitReportDto>(page, 'POST', '/api/reports', { planId, periodNo });
  expect(opened.status).toBe(200);
  const sent = await sendJson<UnitReportDto>(page, 'POST', `/api/reports/${opened.body.id}/submit`, {
    version: opened.body.version,
  });
  expect(sent.status).toBe(200);
  return sent.body;
}

describe('the reporting-rate summary in Chromium', () => {
  it('shows units × quarters with their status, rates that agree with the card, a filter and the export', async () => {
    const province = await app.signIn('chicuc', DESKTOP);
    const p = province.page;
    const { items } = await readJson<{ items: PlanSummaryDto[] }>(p, '/api/plans?year=2026&status=issued');
    const plan = items.find((x) => x.organisationName === 'Sở Y tế tỉnh Sơn La' && !x.parentPlanId)!;
    await app.server.database.db.execute(
      sql`update plans set content = jsonb_set(content, '{reporting,period}', '"quarter"') where id = ${plan.id}`,
    );
    const review = async (r: UnitReportDto, decision: 'accept' | 'return') =>
      expect(
        (
          await sendJson(p, 'POST', `/api/reports/${r.id}/${decision}`, {
            version: r.version,
            comment: decision === 'return' ? 'Bổ sung số người tham dự.' : undefined,
          })
        ).status,
      ).toBe(200);
    const toHieu = (await app.signIn('tyt-03646', DESKTOP)).page;
    await review(await send(toHieu, plan.id, 1), 'accept');
    await send(toHieu, plan.id, 2);
    await review(await send(toHieu, plan.id, 3), 'return');
    const chiengSinh = (await app.signIn('tyt-03679', DESKTOP)).page;
    await review(await send(chiengSinh, plan.id, 1), 'accept');
    await review(await send(chiengSinh, plan.id, 2), 'return');

    await p.goto(`${app.server.url}/reports?plan=${plan.id}&period=1`);
    const card = p.getByTestId('reporting-summary');
    await card.waitFor();
    const cell = (unit: string, no: number) => p.getByTestId(`summary-cell-${unit}-${no}`);
    await cell('Trạm Y tế phường Tô Hiệu', 1).waitFor();
    expect(await cell('Trạm Y tế phường Tô Hiệu', 1).getAttribute('data-status')).toBe('accepted');
    expect(await cell('Trạm Y tế phường Tô Hiệu', 2).getAttribute('data-status')).toBe('submitted');
    expect(await cell('Trạm Y tế phường Tô Hiệu', 3).getAttribute('data-status')).toBe('returned');
    expect(await cell('Trạm Y tế phường Tô Hiệu', 1).innerText()).toContain('Đã chấp nhận');
    // Sent now, long after 05/04: late.
    expect(await cell('Trạm Y tế phường Tô Hiệu', 1).innerText()).toContain('muộn');
    const header = await card.locator('thead').innerText();
    for (const q of ['Quý I/2026', 'Quý II/2026', 'Quý III/2026', 'Quý IV/2026']) expect(header).toContain(q);

    // The figures agree: the summary's rate of Quý I is the completeness card's reporting rate.
    const cardRate = await p.getByTestId('reporting-rate-rate').innerText();
    const cardCount = (await p.getByTestId('reporting-rate-count').innerText()).match(/^(\d+\/\d+)/)![1];
    const q1 = await p.getByTestId('summary-period-rate-1').innerText();
    expect(q1).toContain(cardRate);
    expect(q1).toContain(cardCount);
    expect(cardCount.startsWith('2/')).toBe(true);

    // The filter keeps the units with an accepted report, and the export follows it.
    await p.getByTestId('summary-status').click();
    await p.locator('.ant-select-item-option').filter({ hasText: 'Đã chấp nhận' }).click();
    await expect.poll(() => card.locator('tbody tr[data-testid^="summary-row-"]').count()).toBe(2);
    expect(await p.getByTestId('summary-period-rate-1').innerText()).toBe(q1);
    const href = (await p.getByTestId('summary-xlsx').getAttribute('href'))!;
    expect(href).toContain('status=accepted');
    expect(href).toContain('format=xlsx');
    const download = await p.evaluate(async (u) => {
      const r = await fetch(u);
      return {
        status: r.status,
        type: r.headers.get('content-type'),
        size: (await r.arrayBuffer()).byteLength,
      };
    }, href);
    expect(download.status).toBe(200);
    expect(download.type).toContain('spreadsheetml');
    expect(download.size).toBeGreaterThan(1000);
    const filtered = await readJson<ReportingSummaryDto>(p, href.replace('format=xlsx', 'format=json'));
    expect(filtered.rows.map((r) => r.organisationName).sort()).toEqual([
      'Trạm Y tế phường Chiềng Sinh',
      'Trạm Y tế phường Tô Hiệu',
    ]);

    await p.waitForLoadState('networkidle');
    // The card's top below the app's fixed header, then the picture clipped to the card.
    await card.evaluate((el) => {
      el.scrollIntoView();
      window.scrollBy(0, -96);
    });
    const box = (await card.boundingBox())!;
    await p.screenshot({ path: path.join(DOCS, 'reporting-summary.png'), clip: box });

    // In English: the title, the cells and the rows read in English.
    await p.getByTestId('lang-switch').getByText('EN').click();
    await expect
      .poll(() => card.locator('.ant-card-head-title').innerText())
      .toBe('Reporting rate summary by period');
    expect(await cell('Trạm Y tế phường Tô Hiệu', 1).innerText()).toMatch(/^Accepted\s+late$/);
    expect(await cell('Trạm Y tế phường Tô Hiệu', 3).innerText()).toBe('Returned');
    expect(await p.getByTestId('summary-period-rates').innerText()).toContain("Period's rate");
  });
});
