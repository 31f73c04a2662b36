import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DenominatorGridRow } from '../../src/shared/contracts/denominators-grid.ts';
import { sortVi } from '../../src/shared/text/sort.ts';
import { type Client, createTestApp, type TestApp } from '../helpers/test-app.ts';

// The denominators grid: every commune of the caller's scope as a row, saved all-or-nothing with
// the version each row was read at. A year without demo figures, so every row starts empty.

const YEAR = 2031;
let t: TestApp;
let chicuc: Client;

beforeAll(async () => {
  t = await createTestApp();
  chicuc = await t.as('chicuc');
});
afterAll(() => t.close());

const grid = async (c: Client) => {
  const res = await c.get(`/api/population-denominators/grid?year=${YEAR}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as DenominatorGridRow[];
};
const row = (r: DenominatorGridRow, over: Partial<DenominatorGridRow> = {}) => ({
  adminUnitId: r.adminUnitId,
  version: r.version,
  population: r.population,
  women15to49: r.women15to49,
  couples: r.couples,
  pupils: r.pupils,
  ...over,
});
const bulk = (c: Client, rows: unknown[]) => c.put('/api/population-denominators/bulk', { year: YEAR, rows });

describe('denominators grid', () => {
  it('lists every commune of the province in Vietnamese order, figures or not', async () => {
    const items = await grid(chicuc);
    expect(items.length).toBeGreaterThan(20);
    expect(new Set(items.map((r) => r.provinceCode))).toEqual(new Set(['14']));
    // By the name without its "Xã"/"Phường": Phường Tô Hiệu between Xã Thuận Châu and Xã Tô Múa.
    const bare = (r: DenominatorGridRow) => r.unitName.replace(/^(Xã|Phường|Thị trấn) /, '');
    expect(items.map(bare)).toEqual(sortVi(items.map(bare)));
    expect(items.every((r) => r.version === null && r.population === null)).toBe(true);
  });

  it('saves nothing when one cell is wrong, naming the commune and the column', async () => {
    const [a, b, c] = await grid(chicuc);
    const res = await bulk(chicuc, [
      row(a, { population: 5000, couples: 900 }),
      row(b, { population: 4000, couples: 800 }),
      row(c, { population: 100, couples: 700 }),
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([
      {
        path: ['rows', 2, 'couples'],
        message: expect.stringMatching(
          new RegExp(`^${c.unitName}, cột Cặp vợ chồng.*không thể lớn hơn dân số`),
        ),
      },
    ]);
    expect(res.json().message).toContain('Không có gì được lưu');
    const after = await grid(chicuc);
    expect(after.slice(0, 3).map((r) => r.version)).toEqual([null, null, null]);
  });

  it('saves all rows in one go, then refuses a row whose version moved and keeps the others unsaved', async () => {
    const [a, b] = await grid(chicuc);
    const first = await bulk(chicuc, [
      row(a, { population: 5000, couples: 900 }),
      row(b, { population: 4000 }),
    ]);
    expect(first.statusCode, first.body).toBe(200);
    const read = (await grid(chicuc)).slice(0, 2);
    expect(read.map((r) => [r.population, r.couples, r.version])).toEqual([
      [5000, 900, 1],
      [4000, null, 1],
    ]);
    // Someone else changes commune b after we read it.
    expect((await bulk(chicuc, [row(read[1], { pupils: 300 })])).statusCode).toBe(200);
    const stale = await bulk(chicuc, [row(read[0], { couples: 950 }), row(read[1], { couples: 700 })]);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    expect(stale.json().message).toContain(b.unitName);
    const now = (await grid(chicuc)).slice(0, 2);
    expect(now.map((r) => [r.couples, r.pupils, r.version])).toEqual([
      [900, null, 1],
      [null, 300, 2],
    ]);
    // A row read empty that someone filled meanwhile is a conflict too, not an overwrite.
    const emptyRead = row(b, { population: 1 });
    expect((await bulk(chicuc, [emptyRead])).statusCode).toBe(409);
  });

  it('lets a station see and save only its own commune', async () => {
    const tyt = await t.as('tyt-03646');
    const own = await grid(tyt);
    expect(own.map((r) => r.unitCode)).toEqual(['03646']);
    const ok = await bulk(tyt, [row(own[0], { population: 12000, women15to49: 3000 })]);
    expect(ok.statusCode, ok.body).toBe(200);
    const other = (await grid(chicuc)).find((r) => r.unitCode !== '03646')!;
    const refused = await bulk(tyt, [row(other, { population: 1 })]);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issues[0].path).toEqual(['rows', 0, 'adminUnitId']);
    expect((await grid(chicuc)).find((r) => r.adminUnitId === other.adminUnitId)!.population).not.toBe(1);
  });

  it('refuses readers', async () => {
    const [a] = await grid(chicuc);
    const reader = await t.as('thanhtra');
    expect((await bulk(reader, [row(a, { population: 1 })])).statusCode).toBe(403);
  });
});
