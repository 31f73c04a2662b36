import { describe, expect, it } from 'vitest';
import type { PlanActivity } from '../../shared/contracts/plans.ts';
import type { Db } from '../db/client.ts';
import { FIGURES, FIGURES_BY_ID, figure } from './catalogue.ts';
import { activityStatus, activityTally, meanOutputRate, type OutputLine } from './outputs.ts';
import { divideWhole, shareActivities } from './shares.ts';

const line = (planned: number | null, done: number): OutputLine => ({
  description: 'x',
  unit: 'lượt',
  planned,
  done,
  rate: planned ? done / planned : null,
  shareOf: null,
});

describe('the catalogue', () => {
  it('defines each figure once, in both languages, with a formula and what counts', () => {
    expect(new Set(FIGURES.map((f) => f.id)).size).toBe(FIGURES.length);
    for (const f of FIGURES)
      for (const text of [f.nameVi, f.nameEn, f.formulaVi, f.formulaEn, f.countsVi, f.countsEn])
        expect(text.trim().length, f.id).toBeGreaterThan(3);
    expect(FIGURES_BY_ID.get('money.spent')?.nameVi).toBe('Chi theo chứng từ');
    expect(() => figure('no.such')).toThrow();
  });
});

describe('activity attainment', () => {
  it('is the mean of the outputs’ rates, each up to 100%, never a sum across units', () => {
    // Issue 13: 12 tin bài and 900 lượt were shown as "1.044 / 912".
    expect(meanOutputRate([line(12, 144), line(900, 900)])).toBe(1);
    expect(meanOutputRate([line(12, 6), line(900, 0)])).toBe(0.25);
    expect(meanOutputRate([line(null, 40)])).toBeNull();
  });

  it('is "done" only when every output reached its plan', () => {
    const today = '2026-12-04';
    const window = { start: '2026-03-01', end: '2026-11-30' };
    // 15.000 leaflets of 15.000 but 0 of 75 panels: not done (issue 13 showed 100% "Hoàn thành").
    const half = { records: 3, lastDate: '2026-04-30', outputs: [line(15000, 15000), line(75, 0)] };
    expect(activityStatus(window, half, today)).toBe('late');
    expect(activityStatus({ ...window, end: '2026-12-31' }, half, today)).toBe('in_progress');
    const all = { ...half, outputs: [line(15000, 15000), line(75, 80)] };
    expect(activityStatus(window, all, today)).toBe('done');
    expect(activityStatus(window, { ...all, lastDate: '2026-12-01' }, today)).toBe('late_done');
    // No quantified output: done once something was recorded and the window ended.
    expect(activityStatus(window, { records: 1, lastDate: '2026-05-01', outputs: [] }, today)).toBe('done');
    expect(
      activityStatus({ start: '2027-01-01', end: null }, { records: 0, lastDate: null, outputs: [] }, today),
    ).toBe('not_started');
  });
});

describe('shares', () => {
  it('divides in whole numbers that add up to the total', () => {
    expect(divideWhole(900, Array(75).fill(1))).toEqual(Array(75).fill(12));
    const parts = divideWhole(10, [1, 1, 1]);
    expect(parts).toEqual([4, 3, 3]);
    expect(divideWhole(100, [3000, 1000]).reduce((s, x) => s + x, 0)).toBe(100);
    expect(divideWhole(100, [3000, 1000])).toEqual([75, 25]);
  });

  const activity = (over: Partial<PlanActivity>): PlanActivity => ({
    id: crypto.randomUUID(),
    title: 'Truyền thông',
    content: [],
    forms: [],
    audiences: [],
    coordinatingOrganisationIds: [],
    coordinatingNames: [],
    placeUnitIds: [],
    outputs: [],
    budgetLines: [],
    children: [],
    ...over,
  });
  const noDb = {} as Db;

  it('gives a commune its own share, never the province’s whole figure (issue 13: Tô Hiệu "0 / 912")', async () => {
    const a = activity({
      placeUnitIds: [10, 11, 12],
      outputs: [
        { description: 'Lượt phát tin trên loa', quantity: 900, unit: 'lượt' },
        {
          description: 'Tin bài',
          quantity: 12,
          unit: 'tin, bài',
          shareRule: 'by_unit',
          shares: [{ unitId: 11, quantity: 5 }],
        },
        { description: 'Phóng sự', quantity: 4, unit: 'phóng sự', shareRule: 'by_unit', shares: [] },
      ],
    });
    const [own] = await shareActivities(noDb, [a], ['1', '2', '11'], 'org', 2026);
    expect(own.outputs).toEqual([
      {
        description: 'Lượt phát tin trên loa',
        unit: 'lượt',
        quantity: 300,
        shareOf: { of: 900, rule: 'equal', units: 3 },
      },
      {
        description: 'Tin bài',
        unit: 'tin, bài',
        quantity: 5,
        shareOf: { of: 12, rule: 'by_unit', units: 1 },
      },
    ]);
  });

  it('keeps the whole for the lead and no quantity for a coordinating organisation', async () => {
    const out = { description: 'Tờ rơi', quantity: 15000, unit: 'bản' };
    const [lead] = await shareActivities(
      noDb,
      [activity({ leadOrganisationId: 'org', outputs: [out] })],
      ['1'],
      'org',
      2026,
    );
    expect(lead.outputs).toEqual([out]);
    const [helper] = await shareActivities(
      noDb,
      [activity({ coordinatingOrganisationIds: ['org'], outputs: [out] })],
      ['1'],
      'org',
      2026,
    );
    expect(helper.outputs).toEqual([{ description: 'Tờ rơi', unit: 'bản', quantity: null }]);
  });
});

describe('activities.doneRate', () => {
  it('counts activities by status, done late included, and never a quantity', () => {
    const statuses = ['done', 'late_done', 'late', 'in_progress', 'not_started'] as const;
    const tally = activityTally(statuses.map((status) => ({ status })));
    expect(tally).toEqual({ activities: 5, done: 2, inProgress: 1, late: 1, notStarted: 1, doneRate: 0.4 });
    expect(activityTally([]).doneRate).toBeNull();
  });
});
