import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ActivityRecordDto } from '../../src/shared/contracts/activity-records.ts';
import type { PlanSummaryDto } from '../../src/shared/contracts/plans.ts';
import type { UnitReportDto } from '../../src/shared/contracts/reports.ts';
import type { MonthlyBirthsMonth } from '../../src/shared/contracts/srb.ts';
import { todayInVietnam } from '../../src/shared/format/index.ts';
import { PHONE } from '../helpers/browser.ts';
import { TEST_DEMO_PASSWORD } from '../helpers/constants.ts';
import { demoAppInBrowser, docsPicture, sendJson } from '../helpers/e2e-app.ts';

// The commune station on a mountain connection (issue 16): Cân Bằng opens with no connection at all
// (the service worker serves the shell and the station's last data), records an activity and the
// month's births offline, and sends each once when the connection returns; a record the server
// refuses comes back with its reason. Each waiting entry shows its state (chưa gửi, đang gửi, đã gửi,
// bị từ chối). Sign-out leaves nothing of the station readable offline, nor in its IndexedDB outbox.

const app = demoAppInBrowser('offline');
const MONTH = Number(todayInVietnam().slice(5, 7));

/** What the server holds, asked outside the page (no service worker in the way). */
async function serverJson<T>(context: BrowserContext, url: string): Promise<T> {
  const res = await context.request.get(`${app.server.url}${url}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as T;
}

/** Waits until the service worker controls the page, then visits what the station works with. */
async function visitOnline(page: Page) {
  await page.goto(`${app.server.url}/activities`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) =>
        navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
      );
  });
  // Once more under the worker, so that it keeps the answers these pages read.
  await page.reload();
  await page.getByTestId('month-activity-1').click();
  await page.getByTestId('record-form').waitFor();
  await page.getByTestId('record-villages').waitFor();
  await page.waitForLoadState('networkidle');
  await page.goto(`${app.server.url}/births-srb`);
  await page.waitForURL(/\/births-srb\/monthly$/);
  await page.getByTestId(`month-${MONTH}`).waitFor();
  await page.waitForLoadState('networkidle');
}

async function recordOffline(page: Page, total: number, men: number, women: number, note: string) {
  await page.getByTestId('month-activity-1').click();
  await page.getByTestId('record-form').waitFor();
  const measures = page.getByTestId('m-item-0-count');
  if (await measures.count()) await measures.fill('1');
  await page.getByTestId('record-total').fill(String(total));
  await page.getByTestId('record-men').fill(String(men));
  await page.getByTestId('record-women').fill(String(women));
  await page.getByTestId('record-notes').fill(note);
  await page.getByTestId('record-save').click();
  await page.getByTestId('record-form').waitFor({ state: 'detached' });
}

describe('the station offline', () => {
  it('opens with no connection, records an activity and the month’s births, and sends each once', async () => {
    const { context, page } = await app.signIn('tyt-03646', PHONE);
    const { items } = await serverJson<{ items: PlanSummaryDto[] }>(context, '/api/plans?status=issued');
    const plan = items.find((p) => p.organisationName === 'Trạm Y tế phường Tô Hiệu')!;
    await visitOnline(page);

    await context.setOffline(true);
    await page.goto(`${app.server.url}/activities`);
    await page.getByTestId('activities-month').waitFor();
    const stamp = Date.now();
    const good = `Ghi khi mất mạng ${stamp}`;
    const bad = `Tổng sai khi mất mạng ${stamp}`;
    await recordOffline(page, 12, 5, 7, good);
    await recordOffline(page, 10, 3, 3, bad);
    await page.getByTestId('outbox-waiting').waitFor();
    expect(await page.getByTestId('outbox-count').innerText()).toContain('2');
    // Each entry says it has not gone yet.
    expect(await page.getByTestId('outbox-state').allInnerTexts()).toEqual(['Chưa gửi', 'Chưa gửi']);
    await docsPicture(page, 'offline-outbox-phone');

    // The month's births, offline too, from the shell the worker keeps.
    await page.goto(`${app.server.url}/births-srb/monthly`);
    await page.getByTestId(`month-open-${MONTH}`).click();
    const figures = { '1-boys': 3, '1-girls': 2, '2-boys': 1, '2-girls': 1, '3+-boys': 1, '3+-girls': 0 };
    for (const [cell, n] of Object.entries(figures)) await page.getByTestId(`month-${cell}`).fill(String(n));
    expect(await page.getByTestId('month-save').innerText()).toBe(
      `Lưu tháng ${String(MONTH).padStart(2, '0')}/${todayInVietnam().slice(0, 4)}`,
    );
    expect(await page.getByTestId('month-replaces').innerText()).toContain('không cộng dồn');
    await docsPicture(page, 'offline-births-phone');
    await page.getByTestId('month-save').click();
    await page.getByTestId('outbox-waiting').waitFor();

    // Back online: each is sent once; while the month's form is on its way it says "Đang gửi" (the
    // server's answer is held back until the page has shown it), then "Đã gửi".
    let answer = () => {};
    const held = new Promise<void>((r) => {
      answer = r;
    });
    await context.route('**/api/births/monthly', async (route) => {
      if (route.request().method() === 'PUT') await held;
      await route.fallback();
    });
    await context.setOffline(false);
    await page.locator('[data-testid="outbox-state"][data-state="sending"]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('outbox-state').innerText()).toBe('Đang gửi');
    await page.evaluate(() => window.scrollTo(0, 0));
    await docsPicture(page, 'offline-sending-phone');
    answer();
    await page.getByTestId('outbox-waiting').waitFor({ state: 'detached', timeout: 60_000 });
    await context.unroute('**/api/births/monthly');
    expect(await page.getByTestId('outbox-sent').innerText()).toContain('Đã gửi');
    const births = await serverJson<{ months: MonthlyBirthsMonth[] }>(
      context,
      `/api/births/monthly?unit=03646&year=${todayInVietnam().slice(0, 4)}`,
    );
    const month = births.months.find((m) => m.month === MONTH)!;
    expect(month.counts.reduce((s, c) => s + c.boys + c.girls, 0)).toBe(8);

    await page.goto(`${app.server.url}/activities`);
    const returned = page.getByTestId('outbox-returned');
    await returned.waitFor();
    expect(await returned.innerText()).toContain('Tổng số người (10) phải bằng nam (3) cộng nữ (3).');
    expect(await returned.innerText()).toContain('Bị từ chối');
    await docsPicture(page, 'offline-returned-phone');
    const records = await serverJson<{ items: ActivityRecordDto[] }>(
      context,
      `/api/activity-records?planId=${plan.id}`,
    );
    expect(records.items.filter((r) => r.notes === good)).toHaveLength(1);
    expect(records.items.filter((r) => r.notes === bad)).toHaveLength(0);

    // A reload sends nothing twice.
    await page.reload();
    await page.getByTestId('activities-month').waitFor();
    await page.waitForLoadState('networkidle');
    const again = await serverJson<{ items: ActivityRecordDto[] }>(
      context,
      `/api/activity-records?planId=${plan.id}`,
    );
    expect(again.items.filter((r) => r.notes === good)).toHaveLength(1);
    await context.close();
  });

  it('keeps nothing of a station readable offline after it signs out', async () => {
    const { context, page } = await app.signIn('tyt-03646', PHONE);
    await visitOnline(page);
    const kept = () =>
      page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys())
          for (const req of await (await caches.open(name)).keys())
            if (new URL(req.url).pathname.startsWith('/api/')) urls.push(req.url);
        return urls;
      });
    expect((await kept()).length).toBeGreaterThan(0);

    // A record saved with no connection waits in the station's IndexedDB outbox.
    const first = await serverJson<{ id: string }>(context, '/api/me');
    await context.setOffline(true);
    await page.goto(`${app.server.url}/activities`);
    await page.getByTestId('month-activity-1').click();
    await page.getByTestId('record-form').waitFor();
    const measures = page.getByTestId('m-item-0-count');
    if (await measures.count()) await measures.fill('1');
    await page.getByTestId('record-total').fill('4');
    await page.getByTestId('record-men').fill('2');
    await page.getByTestId('record-women').fill('2');
    await page.getByTestId('record-notes').fill('Chưa gửi khi đăng xuất');
    await page.getByTestId('record-save').click();
    await page.getByTestId('outbox-waiting').waitFor();
    const outboxDbs = () =>
      page.evaluate(async () =>
        (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('canbang-outbox-')),
      );
    /** What the user's outbox database holds, read as the app does (idb-keyval's one store). */
    const held = (userId: string) =>
      page.evaluate(async (name) => {
        if (!(await indexedDB.databases()).some((d) => d.name === name)) return null;
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const req = indexedDB.open(name);
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        const all = await new Promise<unknown[]>((ok, fail) => {
          const req = db.transaction('entries').objectStore('entries').getAll();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        db.close();
        return JSON.stringify(all);
      }, `canbang-outbox-${userId}`);
    expect(await outboxDbs()).toEqual([`canbang-outbox-${first.id}`]);
    expect(await held(first.id)).toContain('Chưa gửi khi đăng xuất');

    // Back online but the record still cannot get through (the server out of reach for it): signing
    // out warns that it goes, then deletes it with the database. (Online, so that the sign-out
    // also ends the session on the server.)
    await context.route('**/api/activity-records', (route) =>
      route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback(),
    );
    await context.setOffline(false);
    await page.getByTestId('logout').click();
    expect(await page.getByTestId('logout-unsent').innerText()).toBe('Còn 1 mục chưa gửi sẽ bị xóa.');
    await docsPicture(page, 'offline-signout-phone');
    await page.getByTestId('logout-confirm').click();
    await page.getByTestId('login-username').waitFor();
    expect(await kept()).toEqual([]);
    expect(await outboxDbs()).toEqual([]);
    expect(await held(first.id)).toBeNull();
    await context.unroute('**/api/activity-records');

    // Another station signs in on the same phone and works, then the connection drops.
    await page.goto(app.server.url);
    await page.getByTestId('login-username').fill('tyt-03679');
    await page.getByTestId('login-password').fill(TEST_DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home-deadlines').waitFor();
    await visitOnline(page);
    const bodies = await page.evaluate(async () => {
      const texts: string[] = [];
      for (const name of await caches.keys())
        for (const req of await (await caches.open(name)).keys())
          if (new URL(req.url).pathname.startsWith('/api/'))
            texts.push(await (await caches.open(name)).match(req).then((r) => r!.text()));
      return texts.join('\n');
    });
    expect(bodies).toContain('tyt-03679');
    expect(bodies).not.toContain('tyt-03646');

    await context.setOffline(true);
    await page.goto(`${app.server.url}/activities`);
    await page.getByTestId('activities-month').waitFor();
    await page.getByTestId('month-activity-1').click();
    await page.getByTestId('record-form').waitFor();
    expect(await page.getByTestId('record-commune').innerText()).not.toBe('Phường Tô Hiệu');
    // Nothing of the first station in this one's outbox either, and its own database only.
    expect(await page.getByTestId('outbox-waiting').count()).toBe(0);
    expect(await outboxDbs()).not.toContain(`canbang-outbox-${first.id}`);
    expect(await held(first.id)).toBeNull();
    await context.close();
  });

  it('writes a report draft offline, sends it once, settles a conflict; an offline sign-out ends the session later', async () => {
    const { context, page } = await app.signIn('tyt-03646', PHONE);
    const { items } = await serverJson<{ items: PlanSummaryDto[] }>(
      context,
      '/api/plans?year=2026&status=issued',
    );
    const plan = items.find((p) => p.organisationName === 'Sở Y tế tỉnh Sơn La' && !p.parentPlanId)!;
    const opened = await sendJson<UnitReportDto>(page, 'POST', '/api/reports', {
      planId: plan.id,
      periodNo: 1,
    });
    expect(opened.status).toBe(200);
    const id = opened.body.id;
    const reportUrl = `${app.server.url}/reports/${id}`;
    const onServer = () => serverJson<UnitReportDto>(context, `/api/reports/${id}`);
    // The station's session, as a second device would use it: outside the browser, offline or not.
    const cookie = (await context.cookies()).find((c) => c.name === 'cb_sid')!;
    const asStation = (path: string, init: RequestInit = {}) =>
      fetch(`${app.server.url}${path}`, {
        ...init,
        headers: { ...init.headers, cookie: `cb_sid=${cookie.value}`, 'content-type': 'application/json' },
      });

    await page.goto(reportUrl);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) =>
          navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
        );
    });
    await page.reload();
    await page.getByTestId('report-results').waitFor();
    await page.waitForLoadState('networkidle');

    const before = await onServer();
    // Offline, reloaded: the report opens from the worker's copy; the draft waits, "Chưa gửi".
    await context.setOffline(true);
    await page.reload();
    const draft = `Viết khi mất mạng ${Date.now()}`;
    await page.getByTestId('report-results').fill(draft);
    await page.getByTestId('report-save').click();
    await page.getByTestId('outbox-waiting').waitFor();
    expect(await page.getByTestId('outbox-state').allInnerTexts()).toEqual(['Chưa gửi']);
    await page.getByTestId('outbox-waiting').scrollIntoViewIfNeeded();
    await docsPicture(page, 'offline-report-draft-phone');

    // Back online: stored once, one new version.
    await context.setOffline(false);
    await page.getByTestId('outbox-waiting').waitFor({ state: 'detached', timeout: 60_000 });
    const stored = await onServer();
    expect(stored.results).toBe(draft);
    expect(stored.version).toBe(before.version + 1);
    await page.reload();
    await page.getByTestId('report-results').waitFor();
    await page.waitForLoadState('networkidle');
    expect((await onServer()).version).toBe(stored.version);

    // Offline again, a second draft; meanwhile the report is changed elsewhere (a newer version).
    await context.setOffline(true);
    const mine = `Bản trên điện thoại ${Date.now()}`;
    await page.getByTestId('report-results').fill(mine);
    await page.getByTestId('report-save').click();
    await page.getByTestId('outbox-waiting').waitFor();
    const me = (await (await asStation('/api/me')).json()) as { csrfToken: string };
    const elsewhere = await asStation(`/api/reports/${id}`, {
      method: 'PUT',
      headers: { 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({
        results: 'Sửa ở máy tính',
        difficulties: null,
        proposals: null,
        version: stored.version,
      }),
    });
    expect(elsewhere.status).toBe(200);
    await context.setOffline(false);
    const conflict = page.getByTestId('report-draft-conflict');
    await conflict.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('conflict-mine-results').innerText()).toContain(mine);
    expect(await page.getByTestId('conflict-server-results').innerText()).toContain('Sửa ở máy tính');
    await conflict.scrollIntoViewIfNeeded();
    await docsPicture(page, 'offline-report-conflict-phone');
    expect((await onServer()).results).toBe('Sửa ở máy tính');
    await page.getByTestId('conflict-use-mine').click();
    await conflict.waitFor({ state: 'detached' });
    expect(await page.getByTestId('report-results').inputValue()).toBe(mine);
    await page.getByTestId('report-save').click();
    await expect.poll(async () => (await onServer()).results, { timeout: 30_000 }).toBe(mine);

    // Signing out with no connection: signed out on the phone at once, nothing of the station kept;
    // the session the cookie still holds ends on the server once the connection returns.
    await context.setOffline(true);
    await page.getByTestId('logout').click();
    await page.getByTestId('login-username').waitFor();
    expect((await asStation('/api/me')).status).toBe(200);
    await context.setOffline(false);
    await expect.poll(async () => (await asStation('/api/me')).status, { timeout: 60_000 }).toBe(401);
    await page.reload();
    await page.getByTestId('login-username').waitFor();
    await context.close();
  });
});
