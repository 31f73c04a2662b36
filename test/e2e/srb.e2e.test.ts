import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/server/stats/srb/simulate.ts';
import type { AdminUnitDto } from '../../src/shared/contracts/org-units.ts';
import type { SrbEstimatesDto } from '../../src/shared/contracts/srb.ts';
import { todayInVietnam } from '../../src/shared/format/index.ts';
import { DESKTOP, PHONE, screenshot } from '../helpers/browser.ts';
import { TEST_DEMO_PASSWORD } from '../helpers/constants.ts';
import { demoAppInBrowser, scrollWidth } from '../helpers/e2e-app.ts';

// The births and SRB pages in a real browser: the map with its legend and tooltips, the ranked
// watch-list and its XLSX, a commune's trend, and the monthly form on a phone.

const app = demoAppInBrowser('srb');

/** A signed-in API session (cookie and CSRF token) for setting data up. */
async function apiSession(username: string) {
  const res = await fetch(`${app.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: TEST_DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const call = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${app.server.url}${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await r.text();
    if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${text}`);
    return JSON.parse(text) as T;
  };
  return call;
}

/**
 * Three years of birth counts for the communes: about 270 births per commune-year, spread over
 * months and birth orders; one commune in five skewed (true SRB 116–124), the rest natural (105).
 */
function birthCountsCsv(codes: string[]): string {
  const rand = seededRandom(20260101); // the same counts on every run
  const lines = ['commune_code,year,month,birth_order,boys,girls'];
  codes.forEach((code, i) => {
    const srb = i % 5 === 2 ? 116 + 8 * rand() : 105;
    for (const year of [2024, 2025, 2026]) {
      const births = Math.round(270 * (0.8 + 0.4 * rand()));
      for (const [order, share, shift] of [
        ['1', 0.45, -3],
        ['2', 0.35, 0],
        ['3+', 0.2, 8],
      ] as const) {
        const pBoy = (srb + shift) / (100 + srb + shift);
        const boys = new Array<number>(10).fill(0);
        const girls = new Array<number>(10).fill(0);
        for (let k = 0; k < Math.round(births * share); k++) {
          const m = Math.floor(rand() * 10);
          if (rand() < pBoy) boys[m]++;
          else girls[m]++;
        }
        for (let m = 0; m < 10; m++)
          if (boys[m] + girls[m]) lines.push(`${code},${year},${m + 1},${order},${boys[m]},${girls[m]}`);
      }
    }
  });
  return lines.join('\n');
}

beforeAll(async () => {
  // The demo may already hold simulated births; if it holds none, import a counts file.
  const api = await apiSession('chicuc');
  const e = await api<SrbEstimatesDto>('GET', '/api/srb/estimates');
  if (!e.areas.some((a) => a.level === 'area')) {
    const { items } = await api<{ items: AdminUnitDto[] }>('GET', '/api/admin-units?parent=14&level=commune');
    expect(items).toHaveLength(75);
    const csv = birthCountsCsv(items.map((u) => u.code!).sort());
    await api('POST', '/api/births/imports', {
      fileName: 'sinh-e2e-2024-2026.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
  }
});

/** An SRB as the pages write it: one decimal after a comma (112,6). */
const SRB = /\d{2,3},\d/;

describe('births and SRB in Chromium', () => {
  it('maps the communes, ranks the watch-list, downloads it and opens a commune’s trend', async () => {
    const { context, page } = await app.signIn('chicuc', DESKTOP, { acceptDownloads: true });
    // Tall enough for the whole map and the province card in the picture.
    await page.setViewportSize({ width: DESKTOP.width, height: 1160 });
    await page.goto(`${app.server.url}/births-srb`);
    const map = page.getByTestId('srb-map');
    await map.locator('canvas').first().waitFor();
    const legend = await page.getByTestId('srb-map-legend').innerText();
    expect(legend).toContain('Chưa đủ số liệu để kết luận');
    expect(legend).toContain('TSGTKS ước lượng');

    // Ranked: most probably imbalanced first.
    const rows = page.locator('[data-testid="srb-watchlist"] tbody tr[data-testid^="srb-watch-"]');
    await rows.first().waitFor();
    const p = await page.getByTestId('srb-p').evaluateAll((els) => els.map((e) => Number(e.dataset.value)));
    expect(p.length).toBeGreaterThan(1);
    expect(p[0]).toBeGreaterThanOrEqual(p[1]);
    const first = await rows.first().innerText();
    expect(first).toMatch(/(Xã|Phường) /);
    expect(first).toMatch(SRB);

    // Hovering a commune shows its name and figures.
    const spot = async () => {
      await map.scrollIntoViewIfNeeded();
      const box = (await map.boundingBox())!;
      return { x: box.x + box.width * 0.45, y: box.y + box.height * 0.45 };
    };
    const hover = await spot();
    await page.mouse.move(hover.x, hover.y);
    const tooltip = map.locator('div').filter({ hasText: 'TSGTKS ước lượng' }).last();
    await expect.poll(() => tooltip.count()).toBeGreaterThan(0);
    const tip = await tooltip.innerText();
    expect(tip).toMatch(/TSGTKS thô: \d{2,3},\d/);
    expect(tip).toContain('Khả năng mất cân bằng');
    expect(tip).toMatch(/khoảng 95%: \d{2,3},\d–\d{2,3},\d/);
    await page.waitForTimeout(300);
    await screenshot(page, 'srb-map');

    // Nothing English leaks into the Vietnamese page.
    const text = await page.locator('main, .ant-layout-content').first().innerText();
    for (const word of ['undefined', 'NaN', 'Estimated', 'Watch-list', 'births'])
      expect(text).not.toContain(word);

    // The watch-list as XLSX, for the same view.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('srb-watchlist-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(fs.statSync((await download.path())!).size).toBeGreaterThan(1000);

    // A click on the commune opens its page with its trend.
    const click = await spot();
    await page.mouse.click(click.x, click.y);
    await page.waitForURL(/\/births-srb\/areas\/\d{5}/);
    await page.getByTestId('srb-trend-chart').locator('canvas').first().waitFor();
    const name = await page.getByTestId('srb-area-name').innerText();
    expect(tip).toContain(name);
    expect(await page.getByTestId('srb-area-summary').innerText()).toMatch(
      /cứ 100 bé gái có \d{2,3},\d bé trai/,
    );
    expect(await page.getByTestId('srb-trend-key').innerText()).toContain('Mức tự nhiên 104–106');
    await page.waitForLoadState('networkidle');
    await page.setViewportSize({ width: DESKTOP.width, height: 1400 });
    await page.waitForTimeout(400);
    await screenshot(page, 'srb-area');
    await context.close();
  });

  it('lets a commune save a month’s births on a phone, without horizontal scrolling', async () => {
    const { context, page } = await app.signIn('tyt-03646', PHONE, { acceptDownloads: true });
    await page.goto(`${app.server.url}/births-srb/monthly`);
    await expect.poll(() => page.getByTestId('monthly-unit').innerText()).toBe('Phường Tô Hiệu');
    const month = Number(todayInVietnam().slice(5, 7));
    const row = page.getByTestId(`month-${month}`);
    await row.waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    // Which source counts for the province stands on the form (issue 17: one source, chosen per province).
    expect(await page.getByTestId('births-source').innerText()).toMatch(
      /Nguồn số trẻ sinh được tính của .*Sơn La:\s*Nguồn nào lưu trước thì tính/,
    );

    await page.getByTestId(`month-open-${month}`).click();
    const figures = { '1-boys': 7, '1-girls': 6, '2-boys': 5, '2-girls': 4, '3+-boys': 2, '3+-girls': 1 };
    for (const [cell, n] of Object.entries(figures)) await page.getByTestId(`month-${cell}`).fill(String(n));
    await expect.poll(() => page.getByTestId('month-total').innerText()).toBe('25');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.getByTestId('month-editor').scrollIntoViewIfNeeded();
    await screenshot(page, 'births-monthly-phone');

    await page.getByTestId('month-save').click();
    await expect.poll(() => row.getByTestId('month-saved-total').innerText()).toBe('25 trẻ');
    // Who saved it, by name (issue 18.4); the username on hover is for administrators only.
    expect(await row.innerText()).toMatch(
      /Cán bộ dân số Trạm Y tế phường Tô Hiệu nhập lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/,
    );
    expect(await row.getByTestId('month-entered-by').getAttribute('title')).toBeNull();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);

    // The commune sees itself and the province, nothing else (its map is one tab away: the
    // births pages open on its monthly form).
    await page.goto(`${app.server.url}/births-srb`);
    await page.waitForURL(/\/births-srb\/monthly$/);
    await page.goto(`${app.server.url}/births-srb?view=map`);
    const watch = page.locator('[data-testid="srb-watchlist"] tbody tr[data-testid^="srb-watch-"]');
    await watch.first().waitFor();
    expect(await watch.count()).toBe(1);
    expect(await watch.first().innerText()).toContain('Phường Tô Hiệu');
    await context.close();
  });

  it('refuses a faulty birth file with the server’s Vietnamese message and its lines', async () => {
    const { context, page } = await app.signIn('chicuc', DESKTOP, { acceptDownloads: true });
    await page.goto(`${app.server.url}/births-srb/imports`);
    await page.getByTestId('import-list').waitFor();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'sai.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('commune_code,year,boys,girls\n03646,2026,-1,3\n3646,2026,4,4\n'),
    });
    const error = page.getByTestId('import-error');
    await error.waitFor();
    const text = await error.innerText();
    expect(text).toContain('Dòng 2, cột boys');
    expect(text).toContain('Dòng 3, cột commune_code');
    await context.close();
  });

  it('lets the province choose its import as the counted source; the station’s form then says so, read-only', async () => {
    const officer = await app.signIn('chicuc', DESKTOP);
    await officer.page.goto(`${app.server.url}/births-srb/imports`);
    const line = officer.page.getByTestId('births-source');
    await line.waitFor();
    await officer.page.getByTestId('births-source-select').click();
    await officer.page.locator('.ant-select-item-option[title="Tệp số liệu sinh do tỉnh nhập"]').click();
    await expect.poll(() => line.innerText()).toMatch(/trạm y tế không nhập biểu tháng[\s\S]*chọn lúc/);
    await officer.context.close();

    const { context, page } = await app.signIn('tyt-03646', PHONE);
    await page.goto(`${app.server.url}/births-srb/monthly`);
    const source = page.getByTestId('births-source');
    await source.waitFor();
    expect(await source.innerText()).toContain('Tệp số liệu sinh do tỉnh nhập');
    await screenshot(page, 'births-source-phone');
    await page.getByTestId('month-open-1').click();
    await expect
      .poll(() => page.getByTestId('month-read-only').innerText())
      .toContain('biểu tháng chỉ để xem');
    expect(await page.getByTestId('month-save').count()).toBe(0);
    await context.close();
  });
});
