import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LeadersDashboardDto } from '../../src/shared/contracts/dashboard.ts';
import type { PlanSummaryDto } from '../../src/shared/contracts/plans.ts';
import type { SrbAreaDto } from '../../src/shared/contracts/srb.ts';
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
    // Each dial says how it was computed, from the figures catalogue (issue 13).
    await page.getByTestId('dashboard-progress').getByRole('button', { name: 'Cách tính' }).click();
    expect(await page.getByTestId('how-activities.doneRate').innerText()).toContain(
      'Số hoạt động có tình trạng "Hoàn thành" hoặc "Hoàn thành muộn"',
    );
    await page.keyboard.press('Escape');

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

  it('puts “Cần chú ý” first on a desktop and draws every chart label whole, narrowest to widest', async () => {
    const { page } = await app.signIn('lanhdao', { width: 1366, height: 900 });
    await page.goto(`${app.server.url}/dashboard`);
    await page.getByTestId('dashboard-srb').locator('canvas').first().waitFor();
    const top = (id: string) => page.getByTestId(id).evaluate((el) => el.getBoundingClientRect().top);
    // Above the fold and above every figure.
    expect(await top('dashboard-alerts')).toBeLessThan(900 - 100);
    expect(await top('dashboard-alerts')).toBeLessThan(await top('dashboard-progress'));
    await docsPicture(page, 'dashboard-1366');

    const area = await readJson<SrbAreaDto>(page, '/api/srb/areas/03646');
    const years = area.trend.map((p) => String(p.year));
    expect(years.length).toBeGreaterThan(5);
    for (const width of [390, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${app.server.url}/dashboard`);
      await page.getByTestId('dashboard-progress').locator('canvas').first().waitFor();
      const bars = ['progress', 'budget'].map((c) => `[data-testid="dashboard-${c}"] [_echarts_instance_]`);
      for (const chart of await drawnCharts(page, bars.join(', '))) {
        expect(chart.cut, `${width}px ${chart.label}`).toEqual([]);
        expect(chart.texts.length, `${width}px ${chart.label}`).toBeGreaterThan(0);
      }
      await page.goto(`${app.server.url}/births-srb/areas/03646`);
      await page.getByTestId('srb-trend-chart').locator('canvas').waitFor();
      const [trend] = await drawnCharts(page, '[data-testid="srb-trend-chart"]');
      // Every year under the axis, none hidden as overlapping, none cut at an edge.
      expect(trend.texts, `${width}px`).toEqual(expect.arrayContaining(years));
      expect(trend.cut, `${width}px`).toEqual([]);
    }
  });
});

/**
 * The texts each ECharts instance under `selector` drew (labels the chart hid as overlapping are not
 * drawn) and those reaching past its canvas — what a reader would see cut. Waits for the charts'
 * animation to end first.
 */
async function drawnCharts(page: Page, selector: string) {
  await page.waitForTimeout(1200);
  return page.evaluate((sel) => {
    type Rect = { x: number; y: number; width: number; height: number; applyTransform(m: unknown): void };
    type Displayable = {
      type: string;
      style: { text?: string };
      getBoundingRect(): { clone(): Rect };
      getComputedTransform(): unknown;
    };
    type Instance = {
      getZr(): {
        getWidth(): number;
        getHeight(): number;
        storage: { getDisplayList(update: boolean): Displayable[] };
      };
    };
    return [...document.querySelectorAll(sel)].map((el) => {
      const zr = (el as Element & { echarts: Instance }).echarts.getZr();
      const texts: string[] = [];
      const cut: string[] = [];
      for (const d of zr.storage.getDisplayList(true)) {
        if ((d.type !== 'text' && d.type !== 'tspan') || !d.style.text) continue;
        const r = d.getBoundingRect().clone();
        r.applyTransform(d.getComputedTransform());
        texts.push(String(d.style.text));
        if (
          r.x < -0.5 ||
          r.y < -0.5 ||
          r.x + r.width > zr.getWidth() + 0.5 ||
          r.y + r.height > zr.getHeight() + 0.5
        )
          cut.push(String(d.style.text));
      }
      return { label: el.getAttribute('aria-label') ?? '', texts, cut };
    });
  }, selector);
}
