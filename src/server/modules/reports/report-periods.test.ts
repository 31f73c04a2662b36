import { describe, expect, it } from 'vitest';
import { onTime, periodsOf } from './report-periods.ts';

describe('report periods', () => {
  it('gives one yearly report due on the plan’s date', () => {
    expect(periodsOf('year', 2026, '2026-12-05')).toEqual([
      {
        kind: 'year',
        year: 2026,
        no: 1,
        from: '2026-01-01',
        to: '2026-12-31',
        due: '2026-12-05',
        label: 'Năm 2026',
      },
    ]);
  });

  it('dates shorter periods the same day of the month after they end, the last on the plan’s date', () => {
    const q = periodsOf('quarter', 2026, '2026-12-31');
    expect(q.map((p) => [p.label, p.from, p.to, p.due])).toEqual([
      ['Quý I/2026', '2026-01-01', '2026-03-31', '2026-04-30'],
      ['Quý II/2026', '2026-04-01', '2026-06-30', '2026-07-31'],
      ['Quý III/2026', '2026-07-01', '2026-09-30', '2026-10-31'],
      ['Quý IV/2026', '2026-10-01', '2026-12-31', '2026-12-31'],
    ]);
    expect(periodsOf('half_year', 2020, '2020-12-05').map((p) => p.due)).toEqual([
      '2020-07-05',
      '2020-12-05',
    ]);
    expect(periodsOf('month', 2026, '2026-12-31')[1]).toMatchObject({ to: '2026-02-28', due: '2026-03-31' });
  });

  it('counts the due day as on time, in Viet Nam’s time', () => {
    expect(onTime(new Date('2026-12-05T16:59:59Z'), '2026-12-05')).toBe(true); // 23:59:59 in Hà Nội
    expect(onTime(new Date('2026-12-05T17:00:00Z'), '2026-12-05')).toBe(false); // 00:00 on the 6th
    expect(onTime(new Date('2026-12-04T20:00:00Z'), '2026-12-05')).toBe(true);
  });
});
