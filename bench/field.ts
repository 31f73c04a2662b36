// The commune station on a mountain connection (issue 16): Chromium at 390×844 on a weak 3G link
// (300 ms latency, 400 kbit/s each way) with the CPU slowed ×4, as `tyt-03646` opening "Tháng này"
// until the record form shows. Measures the first visit (a new browser profile), a later visit (the
// same profile, reloaded) and whether the page opens again with no connection at all. Throttling
// goes through the Chrome DevTools Protocol on the page and on the service worker, so that what the
// worker fetches in the background pays the same link. Bytes are what crossed the wire
// (Network.loadingFinished encodedDataLength) on both.
// Usage: npm run bench:field [-- --runs N] [--waterfall]. Last line: RESULT field <first visit seconds> s.
// --waterfall prints, for each visit, every request the page made: when it started and ended (seconds
// from the navigation) and its bytes, so that one sees which waves and chains the time goes to.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { buildWebIfStale } from '../src/cli/web-build.ts';
import { loadConfig } from '../src/server/config.ts';
import { startServer } from '../src/server/main.ts';
import { launchBrowser, PHONE } from '../test/helpers/browser.ts';
import { result } from './lib.ts';

const USERNAME = 'tyt-03646';
const PROFILE = { latency: 300, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const CPU_SLOWDOWN = 4;
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 1;
const waterfall = process.argv.includes('--waterfall');

interface Traffic {
  bytes: number;
  requests: number;
  byType: Map<string, number>;
  /** Each request of the page: its address, start and end (CDP monotonic seconds) and bytes. */
  rows: Map<string, { url: string; start: number; end?: number; bytes?: number }>;
}
const newTraffic = (): Traffic => ({ bytes: 0, requests: 0, byType: new Map(), rows: new Map() });
/** Where the listeners add what they see: replaced between the first and the later visit. */
interface Meter {
  now: Traffic;
}

function count(meter: Meter, type: string, bytes: number) {
  const t = meter.now;
  t.bytes += bytes;
  if (bytes > 0) t.requests++;
  t.byType.set(type, (t.byType.get(type) ?? 0) + bytes);
}

/** Throttles one CDP target and adds what it downloads to `traffic`. */
async function watch(cdp: CDPSession, meter: Meter, cpu: boolean): Promise<void> {
  const types = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) =>
    meter.now.rows.set(e.requestId, { url: e.request.url, start: e.timestamp }),
  );
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    count(meter, types.get(e.requestId) ?? 'Other', e.encodedDataLength);
    const row = meter.now.rows.get(e.requestId);
    if (row) Object.assign(row, { end: e.timestamp, bytes: e.encodedDataLength });
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PROFILE });
  if (cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/**
 * A service worker is a target of its own: DevTools throttling set on the page does not reach
 * its fetches. Playwright opens CDP sessions on pages only, so the worker is reached through the
 * browser session's Target domain (flat sessions are not exposed by Playwright; messages are
 * wrapped with Target.sendMessageToTarget).
 */
async function watchServiceWorkers(browserCdp: CDPSession, meter: Meter): Promise<void> {
  let id = 1000;
  const attached = new Set<string>();
  const types = new Map<string, string>();
  browserCdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as {
      method?: string;
      params?: { requestId: string; type?: string; encodedDataLength?: number };
    };
    if (m.method === 'Network.responseReceived') types.set(m.params!.requestId, m.params!.type ?? 'Other');
    if (m.method === 'Network.loadingFinished')
      count(meter, `worker ${types.get(m.params!.requestId) ?? 'Other'}`, m.params!.encodedDataLength ?? 0);
  });
  const attach = async (targetId: string) => {
    if (attached.has(targetId)) return;
    attached.add(targetId);
    const { sessionId } = await browserCdp.send('Target.attachToTarget', { targetId, flatten: false });
    const send = (method: string, params: object) =>
      browserCdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: id++, method, params }),
      });
    await send('Network.enable', {});
    await send('Network.emulateNetworkConditions', { offline: false, ...PROFILE });
  };
  browserCdp.on('Target.targetCreated', (e) => {
    if (e.targetInfo.type === 'service_worker') void attach(e.targetInfo.targetId).catch(() => {});
  });
  await browserCdp.send('Target.setDiscoverTargets', { discover: true });
}

const kb = (n: number) => `${Math.round(n / 1024)} KB`;

/** Opens "Tháng này" and taps the first activity; seconds until the record form is on screen. */
async function openRecordForm(page: Page, url: string, reload: boolean): Promise<number> {
  const t0 = performance.now();
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(`${url}/activities`, { waitUntil: 'commit' });
  await page.getByTestId('month-activity-1').click({ timeout: 120_000 });
  await page.getByTestId('record-form').waitFor({ timeout: 120_000 });
  return (performance.now() - t0) / 1000;
}

/** The page's requests in the order they started, seconds from the first one. */
function printWaterfall(t: Traffic) {
  const rows = [...t.rows.values()].sort((a, b) => a.start - b.start);
  const t0 = rows[0]?.start ?? 0;
  for (const r of rows)
    console.log(
      `  ${(r.start - t0).toFixed(2).padStart(6)} → ${r.end === undefined ? '   …  ' : (r.end - t0).toFixed(2).padStart(6)}  ${kb(r.bytes ?? 0).padStart(7)}  ${new URL(r.url).pathname}${new URL(r.url).search}`,
    );
}

function describe(label: string, seconds: number, t: Traffic) {
  const types = [...t.byType].filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1]);
  console.log(
    `${label}: ${seconds.toFixed(1)} s, ${kb(t.bytes)} in ${t.requests} responses (${types
      .map(([k, b]) => `${k} ${kb(b)}`)
      .join(', ')})`,
  );
  if (waterfall) printWaterfall(t);
}

const webDist = loadConfig().webDist;
await buildWebIfStale(webDist);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-bench-field-'));
const server = await startServer(
  loadConfig({
    ...process.env,
    DATABASE_URL: '',
    CANBANG_DATA_DIR: path.join(dir, 'data'),
    PORT: '0',
    LOG_LEVEL: 'error',
  }),
  { demo: true },
);
const browser = await launchBrowser();
const colds: number[] = [];
const warms: number[] = [];
const coldBytes: number[] = [];
const warmBytes: number[] = [];
let offlineOk = 0;
try {
  const password = loadConfig().demoPassword;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({
      viewport: PHONE,
      locale: 'vi-VN',
      isMobile: true,
      hasTouch: true,
    });
    // The session cookie comes first, outside the measurement: the page measured is the one a
    // signed-in station opens (the sign-in page is the same bundle's first page).
    const login = await context.request.post(`${server.url}/api/auth/login`, {
      data: { username: USERNAME, password },
    });
    if (!login.ok()) throw new Error(`sign-in ${login.status()}: ${await login.text()}`);
    const page = await context.newPage();
    const meter: Meter = { now: newTraffic() };
    const pageCdp = await context.newCDPSession(page);
    await watch(pageCdp, meter, true);
    const browserCdp = await browser.newBrowserCDPSession();
    await watchServiceWorkers(browserCdp, meter);
    const cold = meter.now;

    const coldS = await openRecordForm(page, server.url, false);
    describe(`first visit #${i + 1}`, coldS, cold);
    colds.push(coldS);
    coldBytes.push(cold.bytes);
    // What the service worker still fetches after the form shows (its cache) is part of the first visit's cost.
    // A later visit comes later: the service worker (registered a few seconds after the load) has
    // installed and kept what the page reads. Its install is part of the first visit's cost.
    await page
      .evaluate(() =>
        'serviceWorker' in navigator
          ? Promise.race([
              navigator.serviceWorker.ready.then(async () => {
                if (!navigator.serviceWorker.controller)
                  await new Promise((r) =>
                    navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
                  );
              }),
              new Promise((r) => setTimeout(r, 60_000)),
            ])
          : null,
      )
      .catch(() => {});
    await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => {});
    await page.waitForTimeout(3000);
    console.log(`  …and once everything settled (the worker installed): ${kb(cold.bytes)}`);

    meter.now = newTraffic();
    const warmS = await openRecordForm(page, server.url, true);
    describe(`later visit #${i + 1}`, warmS, meter.now);
    warms.push(warmS);
    warmBytes.push(meter.now.bytes);

    await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => {});
    await context.setOffline(true);
    await pageCdp.send('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    let offline = false;
    try {
      await page.reload({ waitUntil: 'commit', timeout: 30_000 });
      await page.getByTestId('month-activity-1').click({ timeout: 60_000 });
      await page.getByTestId('record-form').waitFor({ timeout: 60_000 });
      offline = true;
    } catch {
      offline = false;
    }
    console.log(`offline reload #${i + 1}: ${offline ? 'the record form opens' : 'the app does not open'}`);
    if (offline) offlineOk++;
    await browserCdp.detach().catch(() => {});
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
console.log(
  `load average: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (${os.cpus().length} cores)`,
);
console.log(
  `first visit ${median(colds).toFixed(1)} s, ${kb(median(coldBytes))}; later visit ${median(warms).toFixed(1)} s, ${kb(median(warmBytes))}; offline reload ${offlineOk}/${runs}`,
);
result('field-warm', median(warms), 's');
result('field-kb', median(coldBytes) / 1024, 'KB');
result('field', median(colds), 's');
