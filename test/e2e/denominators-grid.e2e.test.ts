import { describe, expect, it } from 'vitest';
import type { DenominatorGridRow } from '../../src/shared/contracts/denominators-grid.ts';
import type { MonthlyBirthsGridRow } from '../../src/shared/contracts/srb.ts';
import { DESKTOP } from '../helpers/browser.ts';
import { demoAppInBrowser, docsPicture, readJson, sendJson } from '../helpers/e2e-app.ts';

// The province officer fills three communes' population and women 15–49 by pasting a 3×2 block
// copied from Excel into the first commune's population cell, sees a wrongly typed cell refused
// on the cell itself, corrects it and saves everything in one go.

const app = demoAppInBrowser('denominators-grid');

describe('denominators grid in Chromium', () => {
  it('pastes a 3×2 block from Excel, shows a wrong cell on the cell and saves all rows together', async () => {
    const { context, page } = await app.signIn('chicuc', DESKTOP);
    const year = new Date().getFullYear();
    const url = `/api/population-denominators/grid?year=${year}`;
    const before = (await readJson<{ items: DenominatorGridRow[] }>(page, url)).items;
    const [a, b, c] = before;
    await page.goto(`${app.server.url}/activities/denominators`);
    const cell = (r: DenominatorGridRow, f: string) => page.getByTestId(`denominator-${r.unitCode}-${f}`);
    await cell(a, 'population').waitFor();

    // What Excel puts on the clipboard: tabs between cells, CRLF after every row.
    const block = '125.000\t31.000\r\n98000\t24 500\r\n76.000\t19.000\r\n';
    await cell(a, 'population').evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, block);
    expect(await cell(a, 'population').inputValue()).toBe('125.000');
    expect(await cell(b, 'women15to49').inputValue()).toBe('24 500');
    expect(await cell(c, 'population').inputValue()).toBe('76.000');
    // The block went down and right only: the third column is untouched.
    expect(await cell(a, 'couples').inputValue()).toBe(
      a.couples == null ? '' : a.couples.toLocaleString('vi-VN'),
    );

    await cell(a, 'couples').fill('3,5');
    await page.getByTestId(`denominator-${a.unitCode}-couples-error`).waitFor();
    expect(await page.getByTestId(`denominator-${a.unitCode}-couples-error`).innerText()).toContain(
      'chỉ gồm chữ số',
    );
    expect(await page.getByTestId('denominators-save').isDisabled()).toBe(true);
    await docsPicture(page, 'denominators-grid');

    await cell(a, 'couples').fill('3.000');
    await page.getByTestId(`denominator-${a.unitCode}-couples-error`).waitFor({ state: 'detached' });
    await page.getByTestId('denominators-save').click();
    await page.locator('.ant-message').getByText('Đã lưu số liệu của 3 xã, phường.').waitFor();

    const after = (await readJson<{ items: DenominatorGridRow[] }>(page, url)).items;
    const saved = after.slice(0, 3).map((r) => [r.unitCode, r.population, r.women15to49]);
    expect(saved).toEqual([
      [a.unitCode, 125000, 31000],
      [b.unitCode, 98000, 24500],
      [c.unitCode, 76000, 19000],
    ]);
    expect(after[0].couples).toBe(3000);
    expect(after.slice(3)).toEqual(before.slice(3));

    // Someone else saves the first commune while we edit it: our save is refused, nothing lost;
    // after reloading the latest figures our typed cell is still there and saves.
    await cell(a, 'pupils').fill('4.000');
    const other = await sendJson(page, 'PUT', '/api/population-denominators/bulk', {
      year,
      rows: [{ ...after[0], pupils: 10 }].map(
        ({ adminUnitId, version, population, women15to49, couples, pupils }) => ({
          adminUnitId,
          version,
          population,
          women15to49,
          couples,
          pupils,
        }),
      ),
    });
    expect(other.status).toBe(200);
    await page.getByTestId('denominators-save').click();
    await expect
      .poll(() => page.getByTestId('denominators-error').innerText())
      .toContain('người khác thay đổi');
    await page.getByTestId('denominators-reload').click();
    await expect.poll(() => cell(a, 'pupils').inputValue()).toBe('4.000');
    await page.getByTestId('denominators-save').click();
    await page.locator('.ant-message').getByText('Đã lưu số liệu của 1 xã, phường.').waitFor();
    const last = (await readJson<{ items: DenominatorGridRow[] }>(page, url)).items[0];
    expect([last.pupils, last.version]).toEqual([4000, after[0].version! + 2]);
    await context.close();
  });

  it("shows the province every station's monthly births of the year and opens a commune's form", async () => {
    const { context, page } = await app.signIn('chicuc', DESKTOP);
    const year = new Date().getFullYear();
    const { items } = await readJson<{ items: MonthlyBirthsGridRow[] }>(
      page,
      `/api/births/monthly/grid?year=${year}`,
    );
    await page.goto(`${app.server.url}/births-srb/monthly`);
    const grid = page.getByTestId('monthly-grid');
    await grid.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await grid.locator('tbody tr.ant-table-row').count()).toBe(items.length);
    const first = grid.locator('tbody tr.ant-table-row').first();
    expect(await first.innerText()).toContain(items[0].unitName);
    await docsPicture(page, 'births-monthly-grid');
    await first.getByRole('button', { name: items[0].unitName }).click();
    await expect.poll(() => page.getByTestId('monthly-months').innerText()).toContain(items[0].unitName);
    await context.close();
  });
});
