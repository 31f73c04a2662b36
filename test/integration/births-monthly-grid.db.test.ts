import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonthlyBirthsGridRow } from '../../src/shared/contracts/srb.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// The province's view of all stations' monthly births for a year: every commune a row, a month's
// births once its station has entered the form or a file brought them, nothing (null) before.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const grid = async (username: string) => {
  const res = await (await t.as(username)).get('/api/births/monthly/grid?year=2026');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as MonthlyBirthsGridRow[];
};

describe('monthly births grid', () => {
  it("shows a station's form in the province's grid and only its own row to the station", async () => {
    const before = await grid('chicuc');
    expect(before.length).toBeGreaterThan(20);
    expect(before.every((r) => r.months.length === 12)).toBe(true);
    const toHieu = () => before.find((r) => r.unitCode === '03646')!;
    const station = await t.as('tyt-03646');
    // A month the demo's simulated import does not cover (one source per month).
    const year = (await station.get('/api/births/monthly?unit=03646&year=2026')).json().months as {
      month: number;
      batchId: string | null;
      importedBirths: number;
    }[];
    const month = year.find((m) => m.batchId === null && m.importedBirths === 0)!.month;
    expect(toHieu().months[month - 1]).toBeNull();
    // Months the demo imported from a file show those births, marked as from a file.
    const imported = year.filter((m) => m.importedBirths > 0);
    expect(imported.length).toBeGreaterThan(0);
    for (const m of imported) {
      expect(toHieu().months[m.month - 1]).toBe(m.importedBirths);
      expect(toHieu().fromFile[m.month - 1]).toBe(true);
    }

    const saved = await station.put('/api/births/monthly', {
      unitCode: '03646',
      year: 2026,
      month,
      baseBatchId: null,
      counts: ['1', '2', '3+'].map((birthOrder) => ({ birthOrder, boys: 3, girls: 2 })),
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const after = await grid('chicuc');
    expect(after.find((r) => r.unitCode === '03646')!.months[month - 1]).toBe(15);
    expect(after.find((r) => r.unitCode === '03646')!.fromFile[month - 1]).toBe(false);
    // Other communes and months are as they were.
    expect(after.filter((r) => r.unitCode !== '03646')).toEqual(before.filter((r) => r.unitCode !== '03646'));
    const others = (r: MonthlyBirthsGridRow) => r.months.filter((_, i) => i !== month - 1);
    expect(others(after.find((r) => r.unitCode === '03646')!)).toEqual(others(toHieu()));

    expect((await grid('tyt-03646')).map((r) => r.unitCode)).toEqual(['03646']);
  });
});
