import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/server/db/tx.ts';
import type {
  ReportCompletenessDto,
  ReportingSummaryDto,
  UnitReportDto,
} from '../../src/shared/contracts/reports.ts';
import { sonLaPlan2026 } from '../helpers/demo-plans.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// The reporting-rate summary on Sơn La 2026's plan, its duty made quarterly: the Trạm Y tế of
// phường Tô Hiệu sends the first two quarters, the province accepts the first. Every column of the
// summary must say what the completeness card says for that period (the figures-agree rule), each
// reader sees the units of the completeness list and no other, and the export carries numbers.

let t: TestApp;
let planId: string;
const UNIT = 'Trạm Y tế phường Tô Hiệu';
beforeAll(async () => {
  t = await createTestApp();
  planId = await sonLaPlan2026(t);
  await t.database.db.execute(
    sql`update plans set content = jsonb_set(content, '{reporting,period}', '"quarter"') where id = ${planId}`,
  );
  const tyt = await t.as('tyt-03646');
  const chicuc = await t.as('chicuc');
  for (const periodNo of [1, 2]) {
    const r = (await tyt.post('/api/reports', { planId, periodNo })).json() as UnitReportDto;
    const sent = await tyt.post(`/api/reports/${r.id}/submit`, { version: r.version });
    expect(sent.statusCode, sent.body).toBe(200);
    if (periodNo === 1) {
      const ok = await chicuc.post(`/api/reports/${r.id}/accept`, { version: r.version + 1 });
      expect(ok.statusCode, ok.body).toBe(200);
    }
  }
});
afterAll(() => t.close());

const summary = async (user: string, query = '', plan = planId) =>
  (
    await (await t.as(user)).get(`/api/plans/${plan}/reporting-summary${query}`)
  ).json() as ReportingSummaryDto;
const completeness = async (user: string, period: number, plan = planId) =>
  (
    await (await t.as(user)).get(`/api/plans/${plan}/reports?period=${period}`)
  ).json() as ReportCompletenessDto;

describe('the reporting-rate summary', () => {
  it('gives each period the completeness card’s figures, for the province and a commune alike', async () => {
    for (const user of ['chicuc', 'lanhdao', 'tyt-03646']) {
      const s = await summary(user);
      expect(s.periods.map((p) => p.label)).toEqual([
        'Quý I/2026',
        'Quý II/2026',
        'Quý III/2026',
        'Quý IV/2026',
      ]);
      for (const p of s.periods) {
        const c = await completeness(user, p.no);
        expect(p, `${user} ${p.label}`).toMatchObject({
          due: c.period.due,
          expected: c.expected,
          received: c.received,
          onTime: c.onTime,
          reportingRate: c.reportingRate,
          onTimeRate: c.onTimeRate,
        });
        // Cell by cell too: a report the card counts is a received cell of the summary.
        const cells = new Map(s.rows.map((r) => [r.organisationId, r.cells[p.no - 1]]));
        expect(c.rows.map((r) => r.organisationId).sort()).toEqual([...cells.keys()].sort());
        for (const r of c.rows) {
          const cell = cells.get(r.organisationId)!;
          expect(cell.onTime, r.organisationName).toBe(r.onTime);
          if (r.status === 'submitted' || r.status === 'returned' || r.status === 'accepted')
            expect(cell.status).toBe(r.status);
          else if (r.overdue) expect(cell.status).toBe('overdue');
          else expect(['due', 'notDue']).toContain(cell.status);
        }
      }
      const received = s.periods.reduce((n, p) => n + p.received, 0);
      expect(s.overall.received).toBe(received);
      expect(s.overall.expected).toBe(s.rows.length * 4);
    }
  });

  it('shows the unit’s row with its statuses and its rate over the year', async () => {
    const s = await summary('chicuc');
    const row = s.rows.find((r) => r.organisationName === UNIT)!;
    expect(row.cells.slice(0, 2).map((c) => c.status)).toEqual(['accepted', 'submitted']);
    expect(row.cells.every((c, i) => i < 2 || ['notDue', 'due', 'overdue'].includes(c.status))).toBe(true);
    expect(row).toMatchObject({ expected: 4, received: 2, reportingRate: 0.5 });
    expect(row.cells[0].reportId).not.toBeNull();
    // A station sees itself only.
    expect((await summary('tyt-03646')).rows.map((r) => r.organisationName)).toEqual([UNIT]);
  });

  it('filters the rows by status and keeps the rates of every unit', async () => {
    const all = await summary('chicuc');
    const accepted = await summary('chicuc', '?status=accepted');
    expect(accepted.status).toBe('accepted');
    expect(accepted.rows.map((r) => r.organisationName)).toEqual([UNIT]);
    expect(accepted.periods).toEqual(all.periods);
    expect(accepted.overall).toEqual(all.overall);
    const bad = await (await t.as('chicuc')).get(`/api/plans/${planId}/reporting-summary?status=late`);
    expect(bad.statusCode).toBe(400);
  });

  it('scopes a district body to its own area, as the completeness list does', async () => {
    const db = t.database.db;
    const [plan] = await rows<{ id: string }>(
      db,
      sql`select id from plans where subject like '%huyện Tam Đường năm 2020%' and status = 'issued'`,
    );
    await db.execute(
      sql`update plans set content = jsonb_set(content, '{reporting}', ${JSON.stringify({ deadline: '2020-12-05', period: 'half_year' })}::jsonb) where id = ${plan.id}`,
    );
    const s = await summary('bcd-tamduong', '', plan.id);
    const c = await completeness('bcd-tamduong', 2, plan.id);
    expect(s.rows.length).toBeGreaterThan(0);
    expect(s.rows.map((r) => r.organisationId).sort()).toEqual(c.rows.map((r) => r.organisationId).sort());
    // 2020 is long past: nothing sent is overdue in both halves.
    expect(s.rows.every((r) => r.cells.every((x) => x.status === 'overdue'))).toBe(true);
    expect(s.periods.map((p) => p.due)).toEqual(['2020-07-05', '2020-12-05']);
    // Sơn La's plan is not theirs to read.
    expect(
      (await (await t.as('bcd-tamduong')).get(`/api/plans/${planId}/reporting-summary`)).statusCode,
    ).toBe(404);
  });

  it('exports the table with rates as numbers', async () => {
    const res = await (await t.as('chicuc')).get(`/api/plans/${planId}/reporting-summary?format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const s = await summary('chicuc');
    expect(ws.getRow(4).getCell(3).value).toBe('Quý I/2026 (hạn 05/04/2026)');
    const unitRow = ws.getRows(5, s.rows.length)!.find((r) => r.getCell(1).value === UNIT)!;
    expect(unitRow.getCell(3).value).toBe('Đã chấp nhận · muộn'); // sent today, long after 05/04
    expect(unitRow.getCell(7).value).toBe(0.5);
    expect(ws.getColumn(7).numFmt).toBe('0.0%');
    const totals = ws.getRow(5 + s.rows.length);
    expect(totals.getCell(1).value).toBe('Tỷ lệ báo cáo của kỳ');
    expect(totals.getCell(3).value).toBe(s.periods[0].reportingRate);
    expect(totals.getCell(7).value).toBe(s.overall.reportingRate);
  });
});
