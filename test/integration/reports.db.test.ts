import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/server/db/tx.ts';
import type { ReportCompletenessDto, UnitReportDto } from '../../src/shared/contracts/reports.ts';
import { sonLaPlan2026 } from '../helpers/demo-plans.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// Unit reports on Sơn La 2026's duty ("trước ngày 05/12/2026, qua Chi cục Dân số"): who must
// report, a commune's report drafted from its data, submitted, returned, fixed, accepted and locked,
// and the reporting and on-time rates moving with it.

let t: TestApp;
let planId: string;
beforeAll(async () => {
  t = await createTestApp();
  planId = await sonLaPlan2026(t);
});
afterAll(() => t.close());

const completeness = async (user = 'chicuc') =>
  (await (await t.as(user)).get(`/api/plans/${planId}/reports`)).json() as ReportCompletenessDto;

describe('unit reports', () => {
  it('expects a report from every Trạm Y tế and named body, not from the issuer or the consolidator', async () => {
    const c = await completeness();
    expect(c.period).toMatchObject({ kind: 'year', year: 2026, label: 'Năm 2026', due: '2026-12-05' });
    const names = c.rows.map((r) => r.organisationName);
    expect(names.filter((n) => n.startsWith('Trạm Y tế'))).toHaveLength(75);
    expect(names).not.toContain('Sở Y tế tỉnh Sơn La');
    expect(names.some((n) => n.startsWith('Chi cục Dân số'))).toBe(false);
    expect(c.expected).toBe(c.rows.length);
    const mine = await completeness('tyt-03646');
    expect(mine.rows.map((r) => r.organisationName)).toEqual(['Trạm Y tế phường Tô Hiệu']);
  });

  it('goes draft → submitted → returned → resubmitted → accepted, and the rates follow', async () => {
    const tyt = await t.as('tyt-03646');
    const chicuc = await t.as('chicuc');
    const before = await completeness();
    const opened = await tyt.post('/api/reports', { planId });
    expect(opened.statusCode, opened.body).toBe(200);
    let r = opened.json() as UnitReportDto;
    expect(r).toMatchObject({
      status: 'draft',
      dueDate: '2026-12-05',
      organisationName: 'Trạm Y tế phường Tô Hiệu',
    });
    expect(r.figures.activities.length).toBeGreaterThan(0);
    expect(r.figures.cost).toBe(r.figures.activities.reduce((sum, a) => sum + a.cost, 0));
    expect(r.figures.births!.boys + r.figures.births!.girls).toBeGreaterThan(100);
    expect(r.figures.commitments).not.toBeNull();
    expect((await tyt.post('/api/reports', { planId })).json().id).toBe(r.id);

    r = (
      await tyt.put(`/api/reports/${r.id}`, { version: r.version, results: 'Đã phát 20 lượt tin trên loa.' })
    ).json();
    const sent = await tyt.post(`/api/reports/${r.id}/submit`, { version: r.version });
    expect(sent.statusCode, sent.body).toBe(200);
    r = sent.json();
    expect(r).toMatchObject({ status: 'submitted', submittedBy: 'tyt-03646', onTime: true });
    // The same submission again (a retry): the same report, not a second one.
    const retry = await tyt.post(`/api/reports/${r.id}/submit`, { version: r.version - 1 });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ id: r.id, version: r.version });
    const locked = await tyt.put(`/api/reports/${r.id}`, { version: r.version, results: 'x' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().message).toContain('đang chờ cấp trên xem xét');

    const after = await completeness();
    expect(after.received).toBe(before.received + 1);
    expect(after.reportingRate).toBeCloseTo(after.received / after.expected, 10);
    expect(after.rows.find((x) => x.reportId === r.id)).toMatchObject({ status: 'submitted', onTime: true });

    const noReason = await chicuc.post(`/api/reports/${r.id}/return`, { version: r.version });
    expect(noReason.statusCode).toBe(400);
    expect(
      (await (await t.as('tyt-03679')).post(`/api/reports/${r.id}/accept`, { version: r.version }))
        .statusCode,
    ).toBe(404);
    r = (
      await chicuc.post(`/api/reports/${r.id}/return`, {
        version: r.version,
        comment: 'Bổ sung số người tham dự.',
      })
    ).json();
    expect(r).toMatchObject({
      status: 'returned',
      reviewComment: 'Bổ sung số người tham dự.',
      reviewedBy: 'chicuc',
    });
    // A returned report is not submitted: it stops counting until the unit sends it again.
    const returned = await completeness();
    expect(returned.received).toBe(before.received);
    expect(returned.rows.find((x) => x.reportId === r.id)).toMatchObject({
      status: 'returned',
      onTime: null,
    });

    r = (
      await tyt.put(`/api/reports/${r.id}`, { version: r.version, results: 'Đã phát 20 lượt; 300 người dự.' })
    ).json();
    r = (await tyt.post(`/api/reports/${r.id}/submit`, { version: r.version })).json();
    expect(r.status).toBe('submitted');
    expect((await tyt.post(`/api/reports/${r.id}/accept`, { version: r.version })).statusCode).toBe(403);
    r = (await chicuc.post(`/api/reports/${r.id}/accept`, { version: r.version })).json();
    expect(r.status).toBe('accepted');
    const stale = await chicuc.post(`/api/reports/${r.id}/return`, { version: r.version - 1, comment: 'x' });
    expect(stale.statusCode).toBe(409);
    expect(
      (await tyt.put(`/api/reports/${r.id}`, { version: r.version, results: 'y' })).json().message,
    ).toContain('khóa lại');

    // Every change is in the audit log under the user who made it (the submission path writes the
    // actor within its one statement), and the refused attempts left nothing.
    const trail = await rows<{ who: string; action: string }>(
      t.database.db,
      sql`select actor_username as who, action from audit_log
           where entity = 'unit_reports' and entity_id = ${r.id} order by id`,
    );
    expect(trail.map((x) => `${x.action}:${x.who}`)).toEqual([
      'insert:tyt-03646',
      'update:tyt-03646',
      'update:tyt-03646',
      'update:chicuc',
      'update:tyt-03646',
      'update:tyt-03646',
      'update:chicuc',
    ]);
  });

  it('keeps a commune out of another commune’s report, and shows each unit what it owes', async () => {
    const other = await (await t.as('tyt-03679')).post('/api/reports', { planId });
    expect(other.statusCode).toBe(200);
    expect((await (await t.as('tyt-03646')).get(`/api/reports/${other.json().id}`)).statusCode).toBe(404);
    expect((await (await t.as('lanhdao')).get(`/api/reports/${other.json().id}`)).statusCode).toBe(200);
    const stranger = await (await t.as('tyt-03646')).post('/api/reports', {
      planId,
      organisationId: other.json().organisationId,
    });
    expect(stranger.statusCode).toBe(400);
    const deadlines = (await (await t.as('tyt-03679')).get('/api/me/deadlines')).json().items;
    expect(deadlines).toEqual([
      expect.objectContaining({
        dueDate: '2026-12-05',
        status: 'due',
        title: expect.stringContaining('Báo cáo kết quả năm 2026'),
      }),
    ]);
    const done = (await (await t.as('tyt-03646')).get('/api/me/deadlines')).json().items;
    expect(done[0].status).toBe('done');
  });

  it('writes the province’s consolidated report as a Nghị định 30 DOCX with XLSX annexes', async () => {
    const c = await t.as('chicuc');
    const res = await c.get(`/api/plans/${planId}/consolidated-report?format=docx`);
    expect(res.statusCode, res.body).toBe(200);
    const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Kính gửi: Ủy ban nhân dân tỉnh Sơn La.');
    expect(text).not.toContain('Kính gửi: Sở Y tế');
    const intro = text.slice(text.indexOf('Thực hiện Kế hoạch'), text.indexOf('Thực hiện Kế hoạch') + 200);
    expect(intro, intro).toContain(
      'Thực hiện Kế hoạch số 246/KH-SYT ngày 5/3/2026, Sở Y tế tỉnh Sơn La báo cáo kết quả thực hiện năm 2026',
    );
    expect(text).toMatch(/\d+\/\d+ đơn vị đã gửi báo cáo \(tỷ lệ báo cáo \d+,\d%\)/);
    expect(text).toContain('Loại hoạt độngSố lầnSố người tham dựKinh phí (đồng)');
    expect(text).toContain('Tỷ số giới tính khi sinh (SỐ LIỆU MÔ PHỎNG)');
    expect(text).toContain('- Như trên;');
    expect(text).toContain(
      'Trên đây là báo cáo kết quả thực hiện Kế hoạch số 246/KH-SYT ngày 5/3/2026 của Sở Y tế tỉnh Sơn La.',
    );
    const xlsx = await c.get(`/api/plans/${planId}/consolidated-report?format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tình hình báo cáo',
      'Hoạt động theo đơn vị',
      'Kinh phí',
    ]);
    const statuses = wb.worksheets[0].getColumn(2).values.slice(2);
    expect(statuses).toContain('Đã chấp nhận');
    expect((await (await t.as('tyt-03646')).get(`/api/plans/${planId}/consolidated-report`)).statusCode).toBe(
      403,
    );
  });
});
