import { describe, expect, it } from 'vitest';
import { DESKTOP, screenshot } from '../helpers/browser.ts';
import { demoAppInBrowser, docsPicture, readJson, sendJson } from '../helpers/e2e-app.ts';

// The national level end to end: Sơn La's officer issues the province's plan of 2027 in the app,
// and Cục Dân số's reader sees it on the national page beside every province's SRB and map.

const app = demoAppInBrowser('national');

describe('national page', () => {
  it("shows a province's plan once its officer has issued it", async () => {
    const officer = await app.signIn('chicuc', DESKTOP);
    const page = officer.page;
    // The 2027 plan is prepared as a copy of 2026's (the editor is tested elsewhere)…
    const plans = await readJson<{
      items: { id: string; status: string; organisationName: string; year: number }[];
    }>(page, '/api/plans?year=2026');
    const source = plans.items.find(
      (p) => p.status === 'issued' && p.organisationName === 'Sở Y tế tỉnh Sơn La',
    )!;
    const plan = await readJson<{ organisationId: string; content: Record<string, any> }>(
      page,
      `/api/plans/${source.id}`,
    );
    // The year's dates (activities, reporting deadlines) move to 2027; the legal bases stay.
    const { activities, reporting } = JSON.parse(
      JSON.stringify({ activities: plan.content.activities, reporting: plan.content.reporting }).replaceAll(
        '"2026-',
        '"2027-',
      ),
    );
    const made = await sendJson<{ id: string }>(page, 'POST', '/api/plans', {
      organisationId: plan.organisationId,
      content: {
        ...plan.content,
        period: { start: 2027, end: 2027 },
        number: '12',
        issuedDate: '2027-01-15',
        subject: 'Kế hoạch kiểm soát mất cân bằng giới tính khi sinh năm 2027',
        activities,
        reporting,
      },
    });
    expect(made.status).toBe(201);
    expect(
      (await readJson<{ issues: unknown[] }>(page, `/api/plans/${made.body.id}/validation`)).issues,
    ).toEqual([]);

    // …and the national reader does not see it while it is a draft.
    const reader = await app.signIn('cucdanso', DESKTOP);
    await reader.page.goto(`${app.server.url}/national?year=2027`);
    await reader.page.getByTestId('national-provinces').waitFor();
    const sonLaRow = reader.page.getByTestId('national-provinces').locator('tr', { hasText: 'Sơn La' });
    await sonLaRow.getByText('Chưa ban hành').waitFor();

    // …the officer issues it in the app.
    await page.goto(`${app.server.url}/plans/${made.body.id}`);
    await page.getByText('Kế hoạch đã đủ điều kiện ban hành.').waitFor();
    await page.getByTestId('plan-issue').click();
    await page.getByTestId('plan-issue-confirm').click();
    await page.getByText('Đã ban hành kế hoạch').first().waitFor();

    // The national page now says Sơn La has issued its 2027 plan, linked to it.
    await reader.page.reload();
    await sonLaRow.getByText('Đã ban hành').waitFor();
    expect(await sonLaRow.locator(`a[href="/plans/${made.body.id}"]`).count()).toBe(1);
    await reader.page.getByTestId('srb-map').waitFor();
    await screenshot(reader.page, 'national-page');
    await docsPicture(reader.page, 'national-page');

    // The map opens Sơn La's communes (the drill-down), and the reader opens the issued plan.
    await reader.page.getByTestId('national-open-14').click();
    await reader.page.getByText('Toàn quốc').first().waitFor();
    await reader.page.getByTestId('srb-map').waitFor();
    await screenshot(reader.page, 'national-page-son-la');
    await reader.page.goto(`${app.server.url}/plans/${made.body.id}`);
    await reader.page
      .getByText('Kế hoạch kiểm soát mất cân bằng giới tính khi sinh năm 2027')
      .first()
      .waitFor();
    // Read only for the national reader: no revision, no child plan of a province's plan.
    await reader.page.getByTestId('plan-export').waitFor();
    expect(await reader.page.getByRole('button', { name: 'Tạo bản điều chỉnh' }).count()).toBe(0);
    expect(await reader.page.getByRole('button', { name: 'Lập kế hoạch cấp dưới' }).count()).toBe(0);
    // The officer, by contrast, sees both on the same page.
    await page.getByRole('button', { name: 'Tạo bản điều chỉnh' }).waitFor();

    // Cục Dân số corrects the SRB milestone that applies to 2027 (2030's); the figure above follows.
    await reader.page.goto(`${app.server.url}/national?year=2027`);
    await reader.page.getByTestId('national-target-edit-2030-srb').click();
    await reader.page.getByTestId('national-targets').locator('#value').fill('106,5');
    await reader.page.getByTestId('national-target-save').click();
    await reader.page.getByText('Đã lưu chỉ tiêu').waitFor();
    const row2030 = reader.page
      .getByTestId('national-targets')
      .locator('tr', { has: reader.page.getByTestId('national-target-edit-2030-srb') });
    await expect.poll(() => row2030.innerText()).toContain('dưới 106,5 bé trai/100 bé gái');
    const figure = reader.page.locator('.ant-statistic', {
      hasText: 'Chỉ tiêu TSGTKS toàn quốc đến năm 2030',
    });
    await expect.poll(() => figure.innerText()).toContain('dưới 106,5 bé trai/100 bé gái');
    await screenshot(reader.page, 'national-target-edited');

    // On the SRB page Cục Dân số switches province (Sơn La, the most births, comes first).
    await reader.page.goto(`${app.server.url}/births-srb`);
    const picker = reader.page.getByTestId('srb-province').first();
    await expect.poll(() => picker.innerText()).toContain('Tỉnh Sơn La');
    await picker.click();
    await reader.page.locator('.ant-select-dropdown:visible').getByText('Tỉnh Lai Châu').click();
    await expect.poll(() => reader.page.url()).toContain('province=12');
    await expect.poll(() => picker.innerText()).toContain('Tỉnh Lai Châu');
    await screenshot(reader.page, 'srb-province-picker');
  });
});
