import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BudgetDto } from '../../src/shared/contracts/budget.ts';
import type { PlanSummaryDto } from '../../src/shared/contracts/plans.ts';
import { DESKTOP, PHONE, SCREENSHOTS } from '../helpers/browser.ts';
import { demoAppInBrowser, docsPicture, readJson, scrollWidth } from '../helpers/e2e-app.ts';
import { planWithBudget } from '../helpers/e2e-budget.ts';

// The province's budget in a real browser. Sơn La's 2026 plan states no amounts, so the province
// officer first issues a revision with budget lines (through the API, as the plan editor would);
// then on the budget page records a voucher and sees the spent total move, divides an activity's
// money between two units (one share refused for passing the line), and sees its own unit's
// over-spending flagged. The same page on a 390 px phone never scrolls sideways.

const app = demoAppInBrowser('budget');

async function chooseOption(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
}

async function addShare(page: Page, search: string, name: string, amount: string) {
  const drawer = page.getByTestId('allocation-drawer');
  const picker = drawer.getByTestId('allocation-unit');
  await picker.locator('.ant-select').click();
  // The server searches after a pause in typing: an option clicked before its answer may be
  // replaced under the pointer, so wait for the answer to this search.
  const answered = page.waitForResponse(
    (r) => r.url().includes('/api/organisations?') && new URL(r.url()).searchParams.get('q') === search,
  );
  await page.keyboard.type(search);
  await answered;
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: name })
    .first()
    .click();
  await expect.poll(() => picker.innerText()).toContain(name);
  await drawer.getByTestId('allocation-amount').fill(amount);
  await drawer.getByTestId('allocation-add').click();
}

describe('budget page in Chromium', () => {
  it('says a plan without budget lines has no detailed budget, and shows the records’ costs beside the vouchers', async () => {
    const { context, page } = await app.signIn('chicuc', DESKTOP);
    const { items } = await readJson<{ items: PlanSummaryDto[] }>(page, '/api/plans?year=2026&status=issued');
    const plan = items.find((p) => p.organisationName === 'Sở Y tế tỉnh Sơn La' && !p.parentPlanId)!;
    const budget = await readJson<BudgetDto>(page, `/api/plans/${plan.id}/budget`);
    expect(budget).toMatchObject({ detailed: false, warnings: [] });
    await page.goto(`${app.server.url}/budget/${plan.id}`);
    await expect
      .poll(() => page.getByTestId('budget-allocated-value').innerText())
      .toBe('Kế hoạch chưa lập dự toán chi tiết');
    const records = await page.getByTestId('money-by-records').innerText();
    expect(records).toBe(`${budget.reconciliation.byRecords.toLocaleString('de-DE')} đồng`);
    // The progress page tells the same money.
    await page.goto(`${app.server.url}/activities/progress/${plan.id}`);
    await expect.poll(() => page.getByTestId('money-by-records').innerText()).toBe(records);
    await context.close();
  });

  it('records a voucher, divides a line among units and flags a unit past its share', async () => {
    const { context, page } = await app.signIn('chicuc', DESKTOP);
    const plan = await planWithBudget(page);
    await page.goto(`${app.server.url}/budget/${plan.id}`);
    const spent = page.getByTestId('budget-spent-value');
    await expect.poll(() => page.getByTestId('budget-allocated-value').innerText()).toBe('100.000.000 đồng');
    expect(await spent.innerText()).toBe('0 đồng');

    // A voucher of 12.500.000 đồng for activity 1 from the state budget.
    await page.getByTestId('expenditure-record').click();
    const drawer = page.getByTestId('expenditure-drawer');
    await chooseOption(page, 'expenditure-activity', '1. ');
    // Activity 1 has money from one source only: it is chosen.
    await expect.poll(() => drawer.locator('.ant-select').nth(1).innerText()).toContain('Dự toán ngân sách');
    // The date offered is today's; typed over as dd/mm/yyyy.
    await drawer.getByTestId('expenditure-date').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('15/03/2026');
    await page.keyboard.press('Enter');
    await drawer.getByTestId('expenditure-voucher').fill('PC-2026-015');
    await drawer.getByTestId('expenditure-amount').fill('12500000');
    await drawer.getByTestId('expenditure-description').fill('Hội nghị triển khai kế hoạch tại tỉnh');
    await page.getByTestId('expenditure-save').click();
    await drawer.waitFor({ state: 'detached' });
    await expect.poll(() => spent.innerText()).toBe('12.500.000 đồng');
    expect(await page.getByTestId('budget-spent-hint').innerText()).toBe(
      'Mười hai triệu năm trăm nghìn đồng chẵn',
    );
    expect(await page.getByTestId('budget-rate-value').innerText()).toBe('12,5%');
    const row = page.getByTestId('budget-expenditures').locator('tr', { hasText: 'PC-2026-015' });
    expect(await row.innerText()).toContain('15/03/2026');
    expect(await row.innerText()).toContain('12.500.000 đồng');

    // The province divides activity 1's 30.000.000: 10.000.000 to Tô Hiệu, 8.000.000 to itself.
    await page.getByTestId('allocation-open').first().click();
    const shares = page.getByTestId('allocation-drawer');
    await addShare(page, 'to hieu', 'Trạm Y tế phường Tô Hiệu', '10000000');
    await shares.getByTestId('allocation-row').first().waitFor();
    await addShare(page, 'chi cuc dan so', 'Chi cục Dân số', '25000000');
    // 10 + 25 would pass the line's 30 million: refused, naming the activity and the source.
    const refusal = shares.getByTestId('allocation-error');
    await expect.poll(() => refusal.innerText()).toContain('chỉ còn 20.000.000 đồng');
    expect(await refusal.innerText()).toMatch(/hoạt động 1 ".*", nguồn Dự toán ngân sách/);
    await shares.getByTestId('allocation-amount').fill('8000000');
    await shares.getByTestId('allocation-add').click();
    await expect.poll(() => shares.getByTestId('allocation-row').count()).toBe(2);
    expect(await shares.getByTestId('allocation-line-amounts').innerText()).toBe(
      'Kế hoạch 30.000.000 đồng · đã chia 18.000.000 đồng · còn 12.000.000 đồng',
    );
    await shares.locator('.ant-drawer-close').click();
    await shares.waitFor({ state: 'detached' });

    // The Chi cục spent 12.500.000 against its 8.000.000: warned and tagged; Tô Hiệu at 0%.
    await expect
      .poll(() => page.getByTestId('budget-warnings').innerText())
      .toContain('vượt phần được phân bổ cho đơn vị 8.000.000 đồng (4.500.000 đồng)');
    const units = page.getByTestId('budget-by-unit');
    const chicuc = units.locator('tr', { hasText: 'Chi cục Dân số' });
    expect(await chicuc.innerText()).toContain('156,3%');
    expect(await chicuc.getByTestId('over-tag').innerText()).toBe('vượt phân bổ');
    expect(await units.locator('tr', { hasText: 'Tô Hiệu' }).innerText()).toContain('0%');
    const budget = await readJson<BudgetDto>(page, `/api/plans/${plan.id}/budget`);
    expect(budget.reconciles).toBe(true);
    expect(budget.total).toMatchObject({ allocated: 100_000_000, spent: 12_500_000 });
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await docsPicture(page, 'budget', true);
    await context.close();

    // On a phone: the page and the expenditure drawer fit 390 px; the tables scroll inside.
    const phone = await app.signIn('chicuc', PHONE);
    await phone.page.goto(`${app.server.url}/budget/${plan.id}`);
    await phone.page.getByTestId('budget-by-unit').waitFor();
    await phone.page.getByTestId('budget-source-chart').waitFor();
    expect(await scrollWidth(phone.page)).toBeLessThanOrEqual(PHONE.width);
    await phone.page.waitForTimeout(400);
    await phone.page.screenshot({ path: path.join(SCREENSHOTS, 'budget-phone-full.png'), fullPage: true });
    await phone.page.getByTestId('expenditure-record').click();
    await phone.page.getByTestId('expenditure-drawer').waitFor();
    expect(await scrollWidth(phone.page)).toBeLessThanOrEqual(PHONE.width);
    await phone.page.waitForTimeout(500); // the drawer slides in
    await phone.page.screenshot({ path: path.join(SCREENSHOTS, 'budget-expenditure-phone.png') });
    await phone.context.close();
  });
});
