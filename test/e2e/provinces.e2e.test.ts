import { describe, expect, it } from 'vitest';
import { DESKTOP, screenshot } from '../helpers/browser.ts';
import { demoAppInBrowser, readJson } from '../helpers/e2e-app.ts';

// An administrator adds Lạng Sơn from the web app: the page shows the progress, the province
// is then enabled, its map opens, and the unit tree holds its 65 communes and wards.

const app = demoAppInBrowser('provinces');

describe('adding a province in Chromium', () => {
  it('adds Lạng Sơn, opens its map, and shows its communes in the unit tree', async () => {
    const { context, page } = await app.signIn('admin', DESKTOP);
    await page.goto(`${app.server.url}/admin/provinces`);
    const row = page.getByTestId('province-20');
    await expect.poll(() => row.innerText()).toContain('Chưa bật');
    await screenshot(page, 'provinces-before');
    await row.getByRole('button', { name: 'Thêm' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Thêm' }).click();
    const progress = page.getByTestId('province-progress');
    await expect.poll(() => progress.innerText()).toContain('Tỉnh Lạng Sơn');
    await expect.poll(() => row.innerText(), { timeout: 120_000 }).toContain('Đã bật');
    expect(await row.innerText()).toContain('65/65');
    await expect.poll(() => progress.innerText()).toContain('Xong');
    await screenshot(page, 'provinces-added');

    // Its map: the boundaries are fetched when the dialog opens, drawn by ECharts.
    await row.getByRole('button', { name: 'Bản đồ' }).click();
    const map = page.getByTestId('province-map');
    await map.locator('canvas').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(600); // the chart's entrance animation, before the picture
    await screenshot(page, 'provinces-map');
    await page.keyboard.press('Escape');

    // The unit tree: Lạng Sơn opens on its 65 communes and wards.
    const codes = (
      await readJson<{ items: { code: string }[] }>(page, '/api/admin-units?parent=20&level=commune')
    ).items.map((u) => u.code);
    expect(codes).toHaveLength(65);
    await page.goto(`${app.server.url}/units`);
    const province = page.locator('.ant-tree-treenode', { has: page.getByTestId('unit-20') });
    await province.locator('.ant-tree-switcher').click();
    await page.getByTestId(`unit-${codes[0]}`).waitFor();
    const shown = await page.evaluate(
      (list) => list.filter((c) => document.querySelector(`[data-testid="unit-${c}"]`)).length,
      codes,
    );
    expect(shown).toBe(65);
    await page.getByTestId(`unit-${codes[0]}`).click();
    await expect.poll(() => page.getByTestId('unit-organisations').innerText()).toContain('Trạm Y tế');
    await screenshot(page, 'provinces-unit-tree');
    await context.close();
  });
});
