import { describe, expect, it } from 'vitest';
import { completenessOf, isQuotable, isReceived, reportingRules, unitReportState } from './reporting.ts';

const byDefault = reportingRules(null);
const acceptedOnly = reportingRules({ acceptedOnly: true });
const due = '2026-12-05';
const sent = (day: string) => new Date(`${day}T10:00:00+07:00`);

describe('reporting completeness', () => {
  it('counts submitted and accepted reports, never returned ones or drafts', () => {
    expect(['submitted', 'accepted'].every((s) => isReceived(s as 'submitted', byDefault))).toBe(true);
    expect(['returned', 'draft', 'missing'].some((s) => isReceived(s as 'returned', byDefault))).toBe(false);
    expect(isReceived('submitted', acceptedOnly)).toBe(false);
    expect(isReceived('accepted', acceptedOnly)).toBe(true);
  });

  it('quotes accepted reports, and submitted ones only where the province chose so', () => {
    expect(isQuotable('accepted', byDefault)).toBe(true);
    expect(isQuotable('submitted', byDefault)).toBe(false);
    expect(isQuotable('submitted', reportingRules({ quoteSubmitted: true }))).toBe(true);
    expect(isQuotable('returned', reportingRules({ quoteSubmitted: true }))).toBe(false);
  });

  it('makes a returned report overdue after the due day and not on time', () => {
    const returned = unitReportState(
      { status: 'returned', firstSubmittedAt: sent('2026-12-01') },
      due,
      '2026-12-06',
      byDefault,
    );
    expect(returned).toEqual({ status: 'returned', received: false, onTime: null, overdue: true });
    const late = unitReportState(
      { status: 'accepted', firstSubmittedAt: sent('2026-12-07') },
      due,
      '2026-12-08',
      byDefault,
    );
    expect(late).toEqual({ status: 'accepted', received: true, onTime: false, overdue: false });
  });

  it('gives the rates over the units due', () => {
    const states = [
      unitReportState(
        { status: 'accepted', firstSubmittedAt: sent('2026-12-01') },
        due,
        '2026-12-02',
        byDefault,
      ),
      unitReportState(
        { status: 'submitted', firstSubmittedAt: sent('2026-12-01') },
        due,
        '2026-12-02',
        byDefault,
      ),
      unitReportState(
        { status: 'returned', firstSubmittedAt: sent('2026-12-01') },
        due,
        '2026-12-02',
        byDefault,
      ),
      unitReportState(undefined, due, '2026-12-02', byDefault),
    ];
    expect(completenessOf(states)).toMatchObject({
      expected: 4,
      received: 2,
      onTime: 2,
      reportingRate: 0.5,
      onTimeRate: 0.5,
      waiting: 1,
      byStatus: { accepted: 1, submitted: 1, returned: 1, draft: 0, missing: 1 },
    });
  });
});
