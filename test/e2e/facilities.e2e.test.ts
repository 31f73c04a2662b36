import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type {
  FacilityDto,
  InspectionPlanDto,
  InspectionPriorityDto,
} from '../../src/shared/contracts/facilities.ts';
import { formatDateVi, todayInVietnam } from '../../src/shared/format/index.ts';
import { DESKTOP, PHONE, screenshot } from '../helpers/browser.ts';
import { demoAppInBrowser, docsPicture, readJson, scrollWidth } from '../helpers/e2e-app.ts';

// Facilities, commitments and inspections in a real browser: an inspector records an inspection
// on a phone, a violation and its sanction (warned as above the article's maximum), and the
// province officer reads the commitment coverage and the ranking of where to inspect next.

const app = demoAppInBrowser('facilities');

/**
 * The picture for the docs (and the same in test/e2e/screenshots); `whole`: the window made as tall
 * as the page for it, so that the sticky header and menu stay where a user sees them.
 */

/** Open an antd select inside `testId`, type `text` and take the first option that shows `option`. */
async function pick(page: Page, testId: string, text: string, option = text) {
  await page.getByTestId(testId).locator('.ant-select').click();
  await page.keyboard.type(text);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

/** No English, undefined values or raw codes in a Vietnamese page. */
async function expectVietnameseOnly(page: Page) {
  const text = await page.locator('.ant-layout-content').innerText();
  for (const word of [
    'undefined',
    'NaN',
    'null',
    'facilities.',
    'health_facility',
    'not_required',
    'Facility',
  ])
    expect(text).not.toContain(word);
}

describe('facilities, commitments and inspections in Chromium', () => {
  it('lets an inspector record an inspection, a violation and its sanction on a phone', async () => {
    const { context, page } = await app.signIn('thanhtra', PHONE);
    // A clinic of the inspector's plan (the demo plan holds private clinics, pharmacies, bookstores).
    const plans = await readJson<{ items: InspectionPlanDto[] }>(page, '/api/inspection-plans');
    const assigned = new Set(plans.items.flatMap((p) => p.facilityIds));
    const { items } = await readJson<{ items: FacilityDto[] }>(page, '/api/facilities');
    const clinic = items.find((f) => assigned.has(f.id) && f.kind === 'health_facility');
    expect(clinic).toBeDefined();

    await page.goto(`${app.server.url}/facilities?tab=inspections`);
    await page.getByTestId('inspection-new').click();
    await page.getByTestId('inspection-form').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await pick(page, 'inspection-facility', clinic!.name.split(' ').slice(-2).join(' '), clinic!.name);
    await page.getByTestId('check-0').waitFor();
    await page.getByTestId('checklist-all-pass').click();
    await page.getByTestId('check-0').getByText('Không đạt', { exact: true }).click();

    await page.getByTestId('violation-add').click();
    await pick(page, 'violation-0-provision', 'NĐ117-Đ98-K2');
    const range = page.getByTestId('violation-0').getByTestId('fine-range');
    await expect.poll(() => range.innerText()).toContain('cá nhân: 5.000.000 – 10.000.000 đồng');
    await page
      .getByTestId('violation-0-description')
      .fill('Bác sĩ siêu âm cho người mang thai biết giới tính thai nhi.');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectVietnameseOnly(page);
    await page.getByTestId('check-0').scrollIntoViewIfNeeded();
    await docsPicture(page, 'inspection-phone', true);

    await page.getByTestId('inspection-save').click();
    await page.waitForURL(/\/facilities\/inspections\/[0-9a-f-]{36}$/);
    const inspectionId = page.url().split('/').pop()!;
    await page.getByTestId('inspection-saved').waitFor();
    expect(await page.getByTestId('violation-card-0').innerText()).toContain('NĐ117-Đ98-K2');

    // The sanction: 12 million, above the 10 million maximum for an individual. Saved, and warned.
    await page.getByTestId('sanction-decision').fill('15/QĐ-XPHC');
    await page.getByTestId('sanction-fine').fill('12000000');
    await expect.poll(() => page.getByTestId('fine-words').innerText()).toContain('Mười hai triệu đồng chẵn');
    await page.getByTestId('sanction-save').click();
    const warnings = page.getByTestId('sanction-warnings');
    await warnings.waitFor();
    expect(await warnings.innerText()).toContain('cao hơn mức tối đa 10.000.000 đồng');
    expect(await page.getByTestId('sanction-fine').inputValue()).toBe('12.000.000');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await warnings.scrollIntoViewIfNeeded();
    await screenshot(page, 'inspection-sanction-phone');

    // The record is listed with the facility's inspections, dated today.
    await page.goto(`${app.server.url}/facilities/${clinic!.id}`);
    const row = page.getByTestId(`inspection-row-${inspectionId}`);
    await row.waitFor();
    expect(await row.innerText()).toContain(formatDateVi(todayInVietnam()));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });

  it('shows the province officer the commitment coverage, its gaps and where to inspect next', async () => {
    const { context, page } = await app.signIn('chicuc', DESKTOP);
    await page.goto(`${app.server.url}/facilities?tab=commitments`);
    const rate = page.getByTestId('coverage-rate');
    await rate.waitFor();
    expect(await rate.innerText()).toMatch(/^\d{1,3}(,\d)?%$/);
    const gaps = page.locator('[data-testid="coverage-gaps"] tbody tr.ant-table-row');
    await gaps.first().waitFor();
    expect(await gaps.count()).toBeGreaterThan(0);
    expect(await gaps.first().innerText()).toMatch(/Chưa ký cam kết|Cam kết đã hết hiệu lực/);
    expect(await page.getByTestId('coverage-communes').innerText()).toMatch(/(Phường|Xã) /);
    await expectVietnameseOnly(page);
    await docsPicture(page, 'facilities-coverage', true);

    await page.goto(`${app.server.url}/facilities?tab=priorities`);
    const first = page.getByTestId('priority-1');
    await first.waitFor();
    const ranking = await readJson<{ items: InspectionPriorityDto[] }>(page, '/api/inspections/priorities');
    const top = ranking.items[0];
    const text = await first.innerText();
    expect(text).toContain(top.name);
    for (const r of top.reasons) {
      expect(text).toContain(r.label);
      expect(text).toContain(`+${r.points}`);
    }
    expect(top.reasons.reduce((s, r) => s + r.points, 0)).toBe(top.score);
    expect(await first.getByTestId('priority-score').innerText()).toBe(String(top.score));
    await expectVietnameseOnly(page);
    await docsPicture(page, 'inspection-priorities');

    // The name opens the facility.
    await first.getByRole('link', { name: top.name }).click();
    await page.waitForURL(new RegExp(`/facilities/${top.facilityId}$`));
    await context.close();
  });
});
