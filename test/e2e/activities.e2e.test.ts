import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ActivityRecordDto, PlanProgressDto } from '../../src/shared/contracts/activity-records.ts';
import type { PlanSummaryDto } from '../../src/shared/contracts/plans.ts';
import { DESKTOP, PHONE, screenshot } from '../helpers/browser.ts';
import { demoAppInBrowser, docsPicture, readJson, scrollWidth } from '../helpers/e2e-app.ts';

// The activity pages in a real browser: the Trạm Y tế of phường Tô Hiệu records a loudspeaker
// broadcast and a training on a 390 px phone and sees its progress move; a record saved with the
// connection cut waits in the outbox and is sent, once, when the connection returns; the province
// officer reads the province plan's progress with its timeline.

const app = demoAppInBrowser('activities');

/** The records count shown on the progress page for the activity numbered `n`. */
async function recordsShown(page: Page, planId: string, n: string) {
  await page.goto(`${app.server.url}/activities/progress/${planId}`);
  const cell = page.getByTestId(`progress-records-${n}`);
  await cell.waitFor();
  return Number((await cell.innerText()).replace(/\D/g, ''));
}

/** Opens the activity's form on the month page. */
async function openActivity(page: Page, n: string) {
  await page.getByTestId(`month-activity-${n}`).click();
  await page.getByTestId('record-form').waitFor();
}

async function save(page: Page) {
  await page.getByTestId('record-save').click();
  await page.getByTestId('record-form').waitFor({ state: 'detached' });
}

describe('activity records in Chromium', () => {
  it('lets a commune record a broadcast and a training on a phone and see its progress move', async () => {
    const { context, page } = await app.signIn('tyt-03646', PHONE);
    const { items } = await readJson<{ items: PlanSummaryDto[] }>(page, '/api/plans?status=issued');
    const plan = items.find((p) => p.organisationName === 'Trạm Y tế phường Tô Hiệu')!;
    expect(plan).toBeDefined();
    const progress = await readJson<PlanProgressDto>(page, `/api/plans/${plan.id}/progress`);
    const media = progress.activities.find((a) => a.kind === 'media')!;
    const training = progress.activities.find((a) => a.kind === 'training')!;
    const mediaBefore = await recordsShown(page, plan.id, media.numberLabel);
    expect(mediaBefore).toBe(media.done.records);
    const trainingBefore = Number(
      (await page.getByTestId(`progress-records-${training.numberLabel}`).innerText()).replace(/\D/g, ''),
    );
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);

    // A loudspeaker broadcast: 4 times, 20 minutes.
    await page.goto(`${app.server.url}/activities`);
    await openActivity(page, media.numberLabel);
    expect(await page.getByTestId('record-commune').innerText()).toBe('Phường Tô Hiệu');
    await page.getByTestId('m-item-0-channel').selectOption({ label: 'Loa truyền thanh xã, bản' });
    await page.getByTestId('m-item-0-count').fill('4');
    await page.getByTestId('m-item-0-minutes').fill('20');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'activities-form-phone');
    await save(page);
    await expect
      .poll(() => page.getByTestId(`month-count-${media.numberLabel}`).innerText())
      .toContain('1 lần');

    // A one-day training of 25 people, 10 men and 15 women.
    await openActivity(page, training.numberLabel);
    await page.getByTestId('m-days').fill('1');
    await page.getByTestId('m-trainees').fill('25');
    await page.getByTestId('record-total').fill('25');
    await page.getByTestId('record-men').fill('10');
    await page.getByTestId('record-women').fill('15');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await save(page);
    await expect
      .poll(() => page.getByTestId(`month-count-${training.numberLabel}`).innerText())
      .toContain('1 lần');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.getByTestId('toast').first().waitFor({ state: 'detached' });
    await docsPicture(page, 'activities-month-phone');

    const mine = await readJson<{ items: ActivityRecordDto[] }>(
      page,
      `/api/activity-records?planId=${plan.id}`,
    );
    const broadcast = mine.items.find((r) => r.activityId === media.activityId)!;
    expect(broadcast.measures).toEqual({
      kind: 'media',
      items: [{ channel: 'loudspeaker', count: 4, minutes: 20 }],
    });
    const course = mine.items.find((r) => r.activityId === training.activityId)!;
    expect(course.measures).toEqual({ kind: 'training', days: 1, trainees: 25 });
    expect(course.participants).toMatchObject({ total: 25, men: 10, women: 15 });

    expect(await recordsShown(page, plan.id, media.numberLabel)).toBe(mediaBefore + 1);
    expect(
      Number(
        (await page.getByTestId(`progress-records-${training.numberLabel}`).innerText()).replace(/\D/g, ''),
      ),
    ).toBe(trainingBefore + 1);
    // The commune's plan holds its own share of the province's 900 broadcasts, with the rule (issue 13).
    const mediaRow = page.getByTestId(`progress-row-${media.numberLabel}`);
    expect(await mediaRow.getByTestId('output-share').first().innerText()).toBe(
      'Phần của đơn vị: chia đều 900 lượt cho 75 đơn vị',
    );
    expect(await mediaRow.innerText()).toContain('/ 12 lượt');
    await page.getByTestId('progress-timeline').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'activities-progress-phone');
    await context.close();
  });

  it('keeps a record saved offline in the outbox and sends it once when back online', async () => {
    const { context, page } = await app.signIn('tyt-03646', PHONE);
    const { items } = await readJson<{ items: PlanSummaryDto[] }>(page, '/api/plans?status=issued');
    const plan = items.find((p) => p.organisationName === 'Trạm Y tế phường Tô Hiệu')!;
    const progress = await readJson<PlanProgressDto>(page, `/api/plans/${plan.id}/progress`);
    const media = progress.activities.find((a) => a.kind === 'media')!;
    const note = `Phát loa khi mất mạng ${Date.now()}`;

    await page.goto(`${app.server.url}/activities`);
    await openActivity(page, media.numberLabel);
    await page.getByTestId('m-item-0-count').fill('2');
    await page.getByTestId('record-notes').fill(note);
    await context.setOffline(true);
    await save(page);
    const waiting = page.getByTestId('outbox-waiting');
    await waiting.waitFor();
    expect(await waiting.innerText()).toContain('Chưa gửi được — sẽ tự gửi khi có mạng');
    expect(await page.getByTestId('outbox-count').innerText()).toContain('1');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'activities-outbox-phone');

    await context.setOffline(false);
    await waiting.waitFor({ state: 'detached', timeout: 40_000 });
    const all = await readJson<{ items: ActivityRecordDto[] }>(
      page,
      `/api/activity-records?planId=${plan.id}`,
    );
    expect(all.items.filter((r) => r.notes === note)).toHaveLength(1);
    // A reload sends nothing more: the outbox is empty.
    await page.reload();
    await page.getByTestId('activities-month').waitFor();
    await page.waitForLoadState('networkidle');
    const again = await readJson<{ items: ActivityRecordDto[] }>(
      page,
      `/api/activity-records?planId=${plan.id}`,
    );
    expect(again.items.filter((r) => r.notes === note)).toHaveLength(1);
    await context.close();
  });

  it('shows the province officer the province plan’s progress, timeline and targets', async () => {
    const { context, page } = await app.signIn('chicuc', DESKTOP);
    await page.goto(`${app.server.url}/activities/progress`);
    await page.waitForURL(/\/activities\/progress\/[0-9a-f-]{36}$/);
    await page.getByTestId('progress-table').waitFor();
    await page.getByTestId('progress-timeline').waitFor();
    expect(await page.getByTestId('plan-select').locator('option:checked').innerText()).toContain(
      'Sở Y tế tỉnh Sơn La',
    );
    // Each planned output on its own line in its own unit, never "1.044 / 912" (issue 13).
    const planId = page.url().split('/').at(-1)!;
    const progress = await readJson<PlanProgressDto>(page, `/api/plans/${planId}/progress`);
    const media = progress.activities.find((a) => a.kind === 'media')!;
    const row = await page.getByTestId(`progress-row-${media.numberLabel}`).innerText();
    expect(row).toContain('/ 900 lượt');
    expect(row).toContain('/ 12 tin, bài');
    expect(row).toContain('Trung bình các đầu ra');
    expect(row).not.toMatch(/\/ 912\b/);
    // Money: vouchers with the records' costs beside them; no detailed budget, said so.
    expect(await page.getByTestId('no-detailed-budget').innerText()).toContain(
      'Kế hoạch chưa lập dự toán chi tiết',
    );
    expect(await page.getByTestId('money-by-records').innerText()).not.toBe('0 đồng');
    const text = await page.locator('.ant-layout-content').innerText();
    for (const word of ['undefined', 'NaN', 'activities.']) expect(text).not.toContain(word);
    await docsPicture(page, 'activities-progress', true);
    // "Cách tính" opens the catalogue's formula and what counts.
    await page.getByTestId('money-reconciliation').getByRole('button', { name: 'Cách tính' }).nth(1).click();
    expect(await page.getByTestId('how-money.recordCost').innerText()).toContain(
      'Tổng kinh phí ghi trong các bản ghi hoạt động',
    );
    await context.close();
  });
});
