import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP } from '../helpers/browser.ts';
import { demoAppInBrowser } from '../helpers/e2e-app.ts';
import { planWithBudget } from '../helpers/e2e-budget.ts';

// ECharts puts a tooltip formatter's string into the page as HTML (issue 17, item 4). The
// user-editable names that reach a chart's tooltip — the plan's funding sources, shown by the
// leaders' budget card and the budget page — are planted with markup; hovering the charts must
// show it as text and add no element to the page. (Place names on the SRB charts come from the
// official catalogue, not from users; they go through the same escapeHtml.)

const app = demoAppInBrowser('chart-escaping');
const PAYLOAD = '<img src=x onerror="document.title=1"><b id="dam">Quỹ đậm</b>';

/** Hovers the middle of a chart's canvas until its tooltip shows the payload as text. */
async function hoverUntilTooltip(page: Page, testId: string) {
  const canvas = page.getByTestId(testId).locator('canvas').first();
  await canvas.waitFor();
  // The alerts come first on the leaders' page, so the budget chart may start below the fold.
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  await expect
    .poll(async () => {
      for (const f of [0.3, 0.5, 0.7]) {
        await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * f);
        if (await page.evaluate((text) => document.body.innerText.includes(text), '<img src=x')) return true;
      }
      return false;
    })
    .toBe(true);
}

const injected = (page: Page) =>
  page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    bold: document.querySelectorAll('#dam').length,
  }));

describe('chart tooltips in Chromium', () => {
  it('show planted names as text, never as markup', async () => {
    // The province officer names the funding sources in a revision of the plan, as in the editor.
    const officer = await app.signIn('chicuc', DESKTOP);
    const plan = await planWithBudget(officer.page, (_name, i) => `${PAYLOAD} ${i + 1}`);
    await officer.context.close();

    const { page } = await app.signIn('lanhdao', DESKTOP);
    await page.goto(`${app.server.url}/dashboard?plan=${plan.id}`);
    await page.getByTestId('dashboard-page').waitFor();
    await hoverUntilTooltip(page, 'dashboard-budget');
    expect(await page.evaluate(() => document.body.innerText)).toContain(PAYLOAD.slice(0, 30));
    expect(await injected(page)).toEqual({ images: 0, bold: 0 });

    // The budget page's chart of the same sources.
    await page.goto(`${app.server.url}/budget/${plan.id}`);
    await hoverUntilTooltip(page, 'budget-source-chart');
    expect(await injected(page)).toEqual({ images: 0, bold: 0 });
  });
});
