import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/server/db/tx.ts';
import type { LeadersDashboardDto } from '../../src/shared/contracts/dashboard.ts';
import type {
  ConsolidatedReportSummary,
  ReportCompletenessDto,
  ReviewQueueItemDto,
  UnitReportDto,
} from '../../src/shared/contracts/reports.ts';
import { sonLaPlan2026 } from '../helpers/demo-plans.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 13, items 5 and 6, on the demo's Sơn La 2026 plan: the consolidated report drafted from the
// whole plan and addressed to the issuer's superior body; a returned report stops counting on every
// page (completeness, dashboard, consolidated report) and its narrative is not quoted; the reviewer
// sees the reports waiting; each unit's report downloads as a Nghị định 30 DOCX.

let t: TestApp;
let planId: string;
beforeAll(async () => {
  t = await createTestApp();
  planId = await sonLaPlan2026(t);
});
afterAll(() => t.close());

const DIFFICULTY = 'Thiếu loa truyền thanh ở bản Hua Tát';
const docText = async (payload: Buffer | string) => {
  const zip = await JSZip.loadAsync(payload);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
};
const consolidated = async () =>
  (
    await (await t.as('chicuc')).get(`/api/plans/${planId}/consolidated-report?format=json`)
  ).json() as ConsolidatedReportSummary;
const consolidatedDocx = async () =>
  docText((await (await t.as('chicuc')).get(`/api/plans/${planId}/consolidated-report`)).rawPayload);
const completeness = async () =>
  (await (await t.as('chicuc')).get(`/api/plans/${planId}/reports`)).json() as ReportCompletenessDto;
const dashboard = async () =>
  (await (await t.as('lanhdao')).get(`/api/plans/${planId}/dashboard`)).json() as LeadersDashboardDto;
const queue = async (user: string) =>
  ((await (await t.as(user)).get('/api/me/review-queue')).json() as { items: ReviewQueueItemDto[] }).items;

/** The three places that count reports received, which must always agree. */
async function received() {
  const [c, d, r] = await Promise.all([completeness(), dashboard(), consolidated()]);
  expect(d.reports!.received).toBe(c.received);
  expect(r.completeness.received).toBe(c.received);
  return c.received;
}

describe('consolidated report', () => {
  it('is addressed to the issuer’s superior body, never the issuer, in sentence case', async () => {
    const r = await consolidated();
    expect(r.to).toBe('Ủy ban nhân dân tỉnh Sơn La');
    const text = await consolidatedDocx();
    expect(text).toContain('Kính gửi: Ủy ban nhân dân tỉnh Sơn La.');
    expect(text).not.toContain('Kính gửi: Sở Y tế');
    expect(text).toContain('Kết quả thực hiện kế hoạch triển khai các hoạt động can thiệp');
    expect(text).not.toContain('Kế hoạch Triển khai');
    // Proper nouns keep their capitals.
    expect(text).toContain('trên địa bàn tỉnh Sơn La năm 2026');
  });

  it('counts every record of the plan in the period, not only those inside submitted reports', async () => {
    const [{ n }] = await rows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from activity_records r join plans p on p.id = r.plan_id
           where (p.id = ${planId} or p.parent_plan_id = ${planId})
             and r.start_date between '2026-01-01' and '2026-12-31'`,
    );
    const r = await consolidated();
    const total = r.activities.reduce((s, a) => s + a.records, 0);
    expect(n).toBeGreaterThan(600);
    expect(total).toBe(n);
    expect(r.units.reduce((s, u) => s + u.records, 0)).toBe(n);
    // The province's own records are in it, on rows of their own.
    const own = r.units.filter((u) => u.status === 'own').map((u) => u.name);
    expect(own).toEqual(expect.arrayContaining(['Sở Y tế tỉnh Sơn La', 'Chi cục Dân số tỉnh Sơn La']));
    expect(r.completeness.received).toBe(0);
  });

  it('stops counting a returned report everywhere and quotes only accepted reports', async () => {
    const tyt = await t.as('tyt-03646');
    const chicuc = await t.as('chicuc');
    const before = await received();
    let r = (await tyt.post('/api/reports', { planId })).json() as UnitReportDto;
    r = (
      await tyt.put(`/api/reports/${r.id}`, {
        version: r.version,
        results: 'Đã phát 20 lượt tin trên loa.',
        difficulties: DIFFICULTY,
      })
    ).json();
    r = (await tyt.post(`/api/reports/${r.id}/submit`, { version: r.version })).json();
    expect(r.status).toBe('submitted');
    expect(await received()).toBe(before + 1);
    // Awaiting review: counted, but its narrative is not quoted (accepted ones only by default).
    expect((await consolidated()).difficulties).toEqual([]);
    expect(await consolidatedDocx()).not.toContain(DIFFICULTY);
    expect(await queue('chicuc')).toEqual([
      expect.objectContaining({
        reportId: r.id,
        organisationName: 'Trạm Y tế phường Tô Hiệu',
        dueDate: '2026-12-05',
        periodLabel: 'Năm 2026',
        link: `/reports/${r.id}`,
      }),
    ]);
    expect(await queue('tyt-03646')).toEqual([]);
    expect(await queue('lanhdao')).toEqual([]);

    r = (
      await chicuc.post(`/api/reports/${r.id}/return`, { version: r.version, comment: 'Bổ sung.' })
    ).json();
    expect(r.status).toBe('returned');
    expect(await received()).toBe(before);
    const returned = await consolidated();
    expect(returned.units.find((u) => u.name === 'Trạm Y tế phường Tô Hiệu')?.status).toBe('returned');
    expect(returned.completeness.byStatus.returned).toBe(1);
    const text = await consolidatedDocx();
    expect(text).toContain(`${before}/${returned.completeness.expected} đơn vị đã gửi báo cáo`);
    expect(text).toContain('Trạm Y tế phường Tô HiệuBị trả lại');
    expect(text).not.toContain(DIFFICULTY);
    expect(await queue('chicuc')).toEqual([]);

    r = (await tyt.post(`/api/reports/${r.id}/submit`, { version: r.version })).json();
    r = (await chicuc.post(`/api/reports/${r.id}/accept`, { version: r.version })).json();
    expect(r.status).toBe('accepted');
    expect(await received()).toBe(before + 1);
    expect((await consolidated()).difficulties).toEqual([
      { unit: 'Trạm Y tế phường Tô Hiệu', text: DIFFICULTY },
    ]);
    const accepted = await consolidatedDocx();
    expect(accepted).toContain(`Trạm Y tế phường Tô Hiệu: ${DIFFICULTY}`);
    expect(accepted).toContain('Trạm Y tế phường Tô HiệuĐã chấp nhận');
  });

  it('lists the reports waiting for the reviewer oldest first', async () => {
    const sent: string[] = [];
    for (const user of ['tyt-03679', 'tyt-03664']) {
      const c = await t.as(user);
      const r = (await c.post('/api/reports', { planId })).json() as UnitReportDto;
      expect(r.status, user).toBe('draft');
      sent.push(
        ((await c.post(`/api/reports/${r.id}/submit`, { version: r.version })).json() as UnitReportDto).id,
      );
    }
    const items = await queue('chicuc');
    expect(items.map((i) => i.reportId)).toEqual(sent);
    expect(items[0].submittedAt <= items[1].submittedAt).toBe(true);
  });

  it('counts accepted reports only, and quotes reports awaiting review, where the province chose so', async () => {
    const c = await completeness();
    expect(c.byStatus).toMatchObject({ accepted: 1, submitted: 2 });
    expect(c.received).toBe(3);
    const set = (flags: Record<string, boolean>) =>
      t.database.db.execute(
        sql`update plans set content = jsonb_set(content, '{reporting}', content->'reporting' || ${JSON.stringify(flags)}::jsonb)
             where id = ${planId}`,
      );
    await set({ acceptedOnly: true, quoteSubmitted: true });
    expect(await received()).toBe(1);
    expect((await completeness()).acceptedOnly).toBe(true);
    expect((await consolidated()).quotesSubmitted).toBe(true);
    await set({ acceptedOnly: false, quoteSubmitted: false });
    expect(await received()).toBe(3);
  });

  it('downloads a unit’s own report as a Nghị định 30 DOCX to sign and stamp', async () => {
    const tyt = await t.as('tyt-03646');
    const mine = (await tyt.post('/api/reports', { planId })).json() as UnitReportDto;
    const res = await tyt.get(`/api/reports/${mine.id}/docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="bao-cao-don-vi-2026-ky-1-/);
    const text = await docText(res.rawPayload);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('TRẠM Y TẾ PHƯỜNG TÔ HIỆU');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Kính gửi: Chi cục Dân số.');
    expect(text).toContain(
      'Thực hiện Kế hoạch số 246/KH-SYT ngày 5/3/2026 của Sở Y tế tỉnh Sơn La, Trạm Y tế phường Tô Hiệu báo cáo',
    );
    expect(text).toContain('Đã phát 20 lượt tin trên loa.');
    expect(text).toContain(DIFFICULTY);
    expect(text).toContain('TRẠM TRƯỞNG');
    // Another commune cannot take it.
    expect((await (await t.as('tyt-03679')).get(`/api/reports/${mine.id}/docx`)).statusCode).toBe(404);
  });
});
