import { describe, expect, it } from 'vitest';
import type { LeadersDashboardDto } from '../../src/shared/contracts/dashboard.ts';
import type { PlanSummaryDto } from '../../src/shared/contracts/plans.ts';
import { DESKTOP, PHONE } from '../helpers/browser.ts';
import { demoAppInBrowser, docsPicture, readJson, scrollWidth, sendJson } from '../helpers/e2e-app.ts';

// The leader (lãnh đạo Sở) opens the dashboard from the home page: alerts, progress, reports,
// budget, inspections and the communes' map; a commune's report arriving moves the reporting rate.

const app = demoAppInBrowser('dashboard');

describe('leaders’ dashboard in Chromium', () => {
  it('shows the plan at a glance and follows the reports as they arrive', async () => {
    const { page } = await app.signIn('lanhdao', DESKTOP);
    await page.getByRole('link', { name: /bảng điều hành/i }).click();
    await page.getByTestId('dashboard-page').waitFor();
    const rate = page.getByTestId('dashboard-reporting-rate');
    await rate.waitFor();
    const before = await rate.innerText();
    expect(before).toMatch(/\d+(,\d)?%/);
    // The map is drawn (a canvas inside the SRB card) and the alerts name flagged communes.
    await page.getByTestId('dashboard-srb').locator('canvas').first().waitFor();
    const planId = new URL(page.url()).searchParams.get('plan') ?? '';
    const { items } = await readJson<{ items: PlanSummaryDto[] }>(page, '/api/plans?year=2026&status=issued');
    const plan = items.find((p) => p.id === planId) ?? items[0];
    const d = await readJson<LeadersDashboardDto>(page, `/api/plans/${plan.id}/dashboard`);
    const alerts = page.getByTestId('dashboard-alerts');
    if (d.alerts.length) await expect.poll(() => alerts.innerText()).toContain(d.alerts[0].text.slice(0, 40));
    await expect
      .poll(() => page.getByTestId('dashboard-progress').innerText())
      .toContain(`${d.progress.done}/${d.progress.activities}`);
    await docsPicture(page, 'dashboard', true);

    // A commune sends its report; the leader's reporting rate moves.
    const commune = await app.signIn('tyt-03646', PHONE);
    const report = (
      await sendJson<{ id: string; version: number }>(commune.page, 'POST', '/api/reports', {
        planId: plan.id,
      })
    ).body;
    const sent = await sendJson<{ status: string }>(
      commune.page,
      'POST',
      `/api/reports/${report.id}/submit`,
      {
        version: report.version,
      },
    );
    expect(sent.body.status).toBe('submitted');
    await page.reload();
    await expect.poll(() => rate.innerText()).not.toBe(before);
    await expect
      .poll(() => page.getByTestId('dashboard-alerts').innerText())
      .toContain('báo cáo đã gửi đang chờ xem xét');

    // On a phone: alerts first, nothing wider than the screen.
    const phone = await app.signIn('lanhdao', PHONE);
    await phone.page.goto(`${app.server.url}/dashboard?plan=${plan.id}`);
    await phone.page.getByTestId('dashboard-srb').locator('canvas').first().waitFor();
    expect(await scrollWidth(phone.page)).toBeLessThanOrEqual(PHONE.width);
    const top = (id: string) => phone.page.getByTestId(id).evaluate((el) => el.getBoundingClientRect().top);
    expect(await top('dashboard-alerts')).toBeLessThan(await top('dashboard-progress'));
    await docsPicture(phone.page, 'dashboard-phone');
  });
});
