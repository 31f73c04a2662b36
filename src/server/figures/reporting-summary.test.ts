import { describe, expect, it } from 'vitest';
import { periodsOf } from '../modules/reports/report-periods.ts';
import { completenessOf, reportingRules, unitReportState } from './reporting.ts';
import { reportingSummaryGrid, type SummaryReport, summaryCellStatus } from './reporting-summary.ts';

const rules = reportingRules(null);
const sent = (day: string) => new Date(`${day}T10:00:00+07:00`);
// A quarterly duty, year's report due 05/12/2026: quarters due 05/04, 05/07, 05/10 and 05/12.
const quarters = periodsOf('quarter', 2026, '2026-12-05');
const units = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const report = (
  organisationId: string,
  periodNo: number,
  status: SummaryReport['status'],
  day: string | null,
): SummaryReport => ({
  id: `${organisationId}${periodNo}`,
  organisationId,
  periodKind: 'quarter',
  periodNo,
  status,
  firstSubmittedAt: day ? sent(day) : null,
});
const reports = [
  report('a', 1, 'accepted', '2026-04-03'),
  report('a', 2, 'submitted', '2026-07-09'),
  report('b', 1, 'returned', '2026-04-04'),
  report('b', 2, 'draft', null),
  report('c', 3, 'submitted', '2026-09-30'),
  // Another duty's report of the same number is not this one's.
  { ...report('c', 1, 'accepted', '2026-01-20'), periodKind: 'month' },
];
const today = '2026-10-03';

describe('the reporting-rate summary grid', () => {
  it('gives a sent report its own status, and an unsent one not due, due or overdue by the date', () => {
    const none = unitReportState(undefined, '2026-07-05', today, rules);
    expect(summaryCellStatus(none, '2026-07-05', '2026-06-30')).toBe('notDue');
    expect(summaryCellStatus(none, '2026-07-05', '2026-07-01')).toBe('due');
    expect(summaryCellStatus(none, '2026-07-05', '2026-07-05')).toBe('due');
    expect(summaryCellStatus(none, '2026-07-05', '2026-07-06')).toBe('overdue');
    // The year's last report due 05/12 is owed from 01/12, though the year runs to 31/12.
    expect(summaryCellStatus(none, '2026-12-05', '2026-12-01')).toBe('due');
    const returned = unitReportState(report('b', 1, 'returned', '2026-04-04'), '2026-04-05', today, rules);
    expect(summaryCellStatus(returned, '2026-04-05', today)).toBe('returned');
  });

  it('lays out every unit × period with status and timeliness', () => {
    const g = reportingSummaryGrid(units, quarters, reports, today, rules);
    const statuses = g.rows.map((r) => r.cells.map((c) => c.status));
    expect(statuses).toEqual([
      ['accepted', 'submitted', 'due', 'notDue'],
      ['returned', 'overdue', 'due', 'notDue'],
      ['overdue', 'overdue', 'submitted', 'notDue'],
    ]);
    expect(g.rows[0].cells.map((c) => c.onTime)).toEqual([true, false, null, null]);
    expect(g.rows[2].cells[2]).toMatchObject({ onTime: true, reportId: 'c3', received: true });
    expect(g.rows[1].cells[0]).toMatchObject({ received: false, onTime: null, reportId: 'b1' });
  });

  it('rates each row, column and the whole grid as the completeness figure does', () => {
    const g = reportingSummaryGrid(units, quarters, reports, today, rules);
    expect(g.columns.map((c) => [c.figures.received, c.figures.expected])).toEqual([
      [1, 3],
      [1, 3],
      [1, 3],
      [0, 3],
    ]);
    expect(g.columns[0].figures.reportingRate).toBeCloseTo(1 / 3);
    expect(g.columns[1].figures.onTimeRate).toBe(0);
    expect(g.rows.map((r) => r.figures.reportingRate)).toEqual([0.5, 0, 0.25]);
    expect(g.overall).toMatchObject({ expected: 12, received: 3, onTime: 2, reportingRate: 0.25 });
    // A column is the completeness of that period's units, whatever the other periods hold.
    const q2 = units.map((u) =>
      unitReportState(
        reports.find((r) => r.organisationId === u.id && r.periodNo === 2 && r.periodKind === 'quarter'),
        quarters[1].due,
        today,
        rules,
      ),
    );
    expect(g.columns[1].figures).toEqual(completenessOf(q2));
  });

  it('counts only accepted reports where the province chose so', () => {
    const g = reportingSummaryGrid(units, quarters, reports, today, reportingRules({ acceptedOnly: true }));
    expect(g.overall.received).toBe(1);
    // Still shown as sent, awaiting review: the cell says where the report is, the rate what counts.
    expect(g.rows[0].cells[1]).toMatchObject({ status: 'submitted', received: false, onTime: null });
  });
});
