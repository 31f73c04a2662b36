import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SrbAreaDto, SrbEstimatesDto, SrbFigures } from '../../src/shared/contracts/srb.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// SRB figures built from stored births: levels (commune, old district, province), windows, birth
// order, trends, the watch-list workbook, the monthly form and the map's boundaries.

let t: TestApp;
const upload = async (user: string, fileName: string, content: string) =>
  (await t.as(user)).post('/api/births/imports', {
    fileName,
    contentBase64: Buffer.from(content).toString('base64'),
  });
const get = async <T>(user: string, url: string): Promise<T> => {
  const res = await (await t.as(user)).get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};
const area = (e: SrbEstimatesDto, code: string) => e.areas.find((a) => a.area_code === code);

beforeAll(async () => {
  t = await createTestApp();
  // The figures below are exact: start from no births at all (the demo may hold simulated ones).
  const admin = await t.as('admin');
  for (const b of (await admin.get('/api/births/imports')).json().items)
    if (b.status === 'active') await admin.post(`/api/births/imports/${b.id}/withdraw`);
  // 2024 under pre-2025 codes: 03649 (old Tô Hiệu, district 116) → 03646; 03985 (district 123) and
  // 04056 (Chiềng Xuân, district 128) → the 2025 commune 03985. 2025–2026 under 2025 codes.
  const res = await upload(
    'chicuc',
    'sinh-2024-2026.csv',
    [
      'commune_code,year,month,birth_order,boys,girls',
      '03649,2024,3,1,100,95',
      '03649,2024,3,3+,30,20',
      '03985,2024,4,1,50,48',
      '04056,2024,5,2,40,30',
      '03646,2025,9,1,110,100',
      '03646,2025,9,2,50,40',
      '03646,2026,2,3+,35,20',
      '03679,2026,2,1,60,58',
    ].join('\n'),
  );
  expect(res.statusCode, res.body).toBe(201);
});
afterAll(() => t.close());

describe('SRB from stored births', () => {
  it('pools the window per commune, keeps years apart with ?year, and filters by birth order', async () => {
    const all = await get<SrbEstimatesDto>('chicuc', '/api/srb/estimates?window=3');
    expect(all).toMatchObject({
      level: 'commune',
      years: [2024, 2025, 2026],
      endYear: 2026,
      simulated: false,
    });
    expect(area(all, '03646')).toMatchObject({ period: '2024-2026', boys: 325, girls: 275 });
    expect(area(all, '03985')).toMatchObject({ boys: 90, girls: 78 });
    expect(area(all, '14')).toMatchObject({ level: 'parent', boys: 475, girls: 411 });
    expect(all.names['03646']).toBe('Phường Tô Hiệu');

    const y2024 = await get<SrbEstimatesDto>('chicuc', '/api/srb/estimates?window=1&year=2024');
    expect(area(y2024, '03646')).toMatchObject({ period: '2024', boys: 130, girls: 115 });

    const third = await get<SrbEstimatesDto>('chicuc', '/api/srb/estimates?window=3&order=3%2B');
    expect(third.birthOrder).toBe('3+');
    expect(area(third, '03646')).toMatchObject({ boys: 65, girls: 40 });
    expect(area(third, '03985')).toBeUndefined();
  });

  it('groups births by old district: by the code in the data, or the 2025 commune’s predecessors', async () => {
    const d = await get<SrbEstimatesDto>('chicuc', '/api/srb/estimates?level=district&window=3');
    expect(d.level).toBe('district');
    // 116 = Thành phố Sơn La: old Tô Hiệu (2024) and the 2025 communes Tô Hiệu and Chiềng Sinh.
    expect(area(d, '116')).toMatchObject({ boys: 130 + 195 + 60, girls: 115 + 160 + 58 });
    expect(area(d, '123')).toMatchObject({ boys: 50, girls: 48 });
    expect(area(d, '128')).toMatchObject({ boys: 40, girls: 30 });
    expect(d.names['116']).toMatch(/Sơn La/);
  });

  it('shows a commune user its own commune and the province, never other areas', async () => {
    const mine = await get<SrbEstimatesDto>('tyt-03646', '/api/srb/estimates');
    expect(mine.areas.map((a) => a.area_code).sort()).toEqual(['03646', '14']);
    expect(Object.keys(mine.names).sort()).toEqual(['03646', '14']);
    const districts = await get<SrbEstimatesDto>('tyt-03646', '/api/srb/estimates?level=district');
    expect(districts.areas.map((a) => a.level)).toEqual(['parent']);
    expect((await (await t.as('tyt-03646')).get('/api/srb/areas/03679')).statusCode).toBe(404);
    expect((await (await t.as('tyt-03646')).get('/api/srb/areas/116')).statusCode).toBe(404);
  });

  it('gives an area’s trend (each year raw, the window ending that year) and its birth orders', async () => {
    const a = await get<SrbAreaDto>('chicuc', '/api/srb/areas/03646?window=2');
    expect(a).toMatchObject({ code: '03646', name: 'Phường Tô Hiệu', level: 'commune' });
    expect(a.trend.map((p) => [p.year, p.boys, p.girls, p.window.period, p.window.boys])).toEqual([
      // The data begin in 2024: the first window is named for the year it covers.
      [2024, 130, 115, '2024', 130],
      [2025, 160, 140, '2024-2025', 290],
      [2026, 35, 20, '2025-2026', 195],
    ]);
    const p2024 = a.trend[0];
    expect(p2024.srb_raw).toBeCloseTo((100 * 130) / 115, 1);
    expect(p2024.srb_raw_lo95!).toBeLessThan(p2024.srb_raw!);
    expect(p2024.srb_raw_hi95!).toBeGreaterThan(p2024.srb_raw!);
    expect(a.byOrder.map((o) => [o.birthOrder, o.figures?.boys, o.figures?.girls])).toEqual([
      ['1', 110, 100],
      ['2', 50, 40],
      ['3+', 35, 20],
    ]);
    expect(a.province).toMatchObject({ level: 'parent', area_code: '14' });
    expect(a.nationalTargets).toContainEqual({ year: 2030, below: 107, verified: false });

    const province = await get<SrbAreaDto>('tyt-03646', '/api/srb/areas/14?window=3');
    expect(province).toMatchObject({ level: 'province', latest: { boys: 475, girls: 411 } });
    const district = await get<SrbAreaDto>('chicuc', '/api/srb/areas/128?window=3');
    expect(district).toMatchObject({ level: 'district', latest: { boys: 40, girls: 30 } });
  });

  it('exports the watch-list ranked by P(imbalanced), with its settings', async () => {
    const res = await (await t.as('chicuc')).get('/api/srb/watchlist.xlsx?window=3');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('danh-sach-theo-doi-TSGTKS-Son-La-2024-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(String(ws.getCell('A1').value)).toContain('Tỉnh Sơn La, 3 năm 2024–2026');
    expect(String(ws.getCell('A3').value)).toContain('Mức tự nhiên tham chiếu 105; ngưỡng 106');
    const rows = ws.getSheetValues().slice(6) as unknown[][];
    const body = rows.filter((r) => typeof r?.[1] === 'number');
    expect(body.map((r) => r[2])).toHaveLength(3);
    const p = body.map((r) => r[14] as number);
    expect([...p].sort((a, b) => b - a)).toEqual(p);
    const est = await get<SrbEstimatesDto>('chicuc', '/api/srb/estimates?window=3');
    const top = [...est.areas.filter((a) => a.level === 'area')].sort(
      (a: SrbFigures, b: SrbFigures) => b.p_imbalanced - a.p_imbalanced || b.births - a.births,
    )[0];
    expect(body[0][2]).toBe(top.area_code);
    expect(String(rows.at(-1)?.[3])).toContain(
      'Toàn tỉnh (mục tiêu quốc gia: dưới 107 vào năm 2030, chưa kiểm chứng)',
    );
  });
});

describe('the monthly form of a Trạm Y tế', () => {
  const form = (month: number, baseBatchId: string | null, boys = [4, 3, 2]) => ({
    unitCode: '03646',
    year: 2026,
    month,
    baseBatchId,
    counts: ['1', '2', '3+'].map((birthOrder, i) => ({ birthOrder, boys: boys[i], girls: 2 })),
  });

  it('saves a month, replaces it on correction, and counts it in the figures', async () => {
    const tyt = await t.as('tyt-03646');
    const before = area(await get<SrbEstimatesDto>('chicuc', '/api/srb/estimates?window=1'), '03646')!;
    const first = await tyt.put('/api/births/monthly', form(3, null));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ month: 3, enteredBy: 'tyt-03646' });
    expect(first.json().counts[0]).toEqual({ birthOrder: '1', boys: 4, girls: 2 });
    const corrected = await tyt.put('/api/births/monthly', form(3, first.json().batchId, [5, 3, 2]));
    expect(corrected.statusCode, corrected.body).toBe(200);
    const after = area(await get<SrbEstimatesDto>('chicuc', '/api/srb/estimates?window=1'), '03646')!;
    expect(after.boys - before.boys).toBe(10);
    expect(after.girls - before.girls).toBe(6);
    const year = (await tyt.get('/api/births/monthly?unit=03646&year=2026')).json();
    expect(year.unit).toEqual({ code: '03646', name: 'Phường Tô Hiệu' });
    expect(year.months).toHaveLength(12);
    expect(year.months[2].batchId).toBe(corrected.json().batchId);
    // February came from the imported file: the form shows it so nobody enters it twice.
    expect(year.months[1]).toMatchObject({ batchId: null, importedBirths: 55 });
  });

  it('sends the same figures twice without counting twice, and refuses a stale save', async () => {
    const tyt = await t.as('tyt-03646');
    const saved = (await tyt.put('/api/births/monthly', form(4, null))).json();
    const retry = await tyt.put('/api/births/monthly', form(4, null));
    expect(retry.statusCode).toBe(200);
    expect(retry.json().batchId).toBe(saved.batchId);
    const stale = await (await t.as('chicuc')).put('/api/births/monthly', form(4, null, [9, 9, 9]));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toContain(
      'Tháng 04/2026 của Phường Tô Hiệu vừa được Cán bộ dân số Trạm Y tế phường Tô Hiệu lưu lúc',
    );
    const month = (await tyt.get('/api/births/monthly?unit=03646&year=2026')).json().months[3];
    expect(month.counts.map((c: { boys: number }) => c.boys)).toEqual([4, 3, 2]);
  });

  it('refuses months not yet come, other communes, and bad numbers, naming the field', async () => {
    const tyt = await t.as('tyt-03646');
    const future = await tyt.put('/api/births/monthly', { ...form(1, null), year: 2099 });
    expect(future.statusCode).toBe(400);
    expect(future.json().message).toContain('Tháng: Tháng 01/2099 chưa đến');
    expect((await tyt.put('/api/births/monthly', { ...form(1, null), unitCode: '03679' })).statusCode).toBe(
      404,
    );
    const negative = await tyt.put('/api/births/monthly', {
      ...form(1, null),
      counts: [{ birthOrder: '1', boys: -1, girls: 0 }, ...form(1, null).counts.slice(1)],
    });
    expect(negative.statusCode).toBe(400);
    expect(JSON.stringify(negative.json())).toContain('Số trẻ không được âm');
    expect((await (await t.as('lanhdao')).put('/api/births/monthly', form(1, null))).statusCode).toBe(403);
  });
});

describe('the map’s boundaries', () => {
  it('serves the 75 communes of Sơn La with their codes, and says when a province has none', async () => {
    const res = await (await t.as('tyt-03646')).get('/api/geo/14/communes');
    expect(res.statusCode).toBe(200);
    const geo = res.json();
    const current = (await (await t.as('chicuc')).get('/api/admin-units?parent=14&level=commune')).json()
      .items;
    expect(geo.features).toHaveLength(75);
    expect(new Set(geo.features.map((f: { properties: { code: string } }) => f.properties.code))).toEqual(
      new Set(current.map((u: { code: string }) => u.code)),
    );
    // Every one of the 34 provinces has its map now (Lai Châu's too); a former province has none.
    const laiChau = await (await t.as('chicuc')).get('/api/geo/12/communes');
    expect(laiChau.statusCode).toBe(200);
    expect(laiChau.json().features.length).toBeGreaterThan(30);
    const none = await (await t.as('chicuc')).get('/api/geo/02/communes');
    expect(none.statusCode).toBe(404);
    expect(none.json().message).toContain('Chưa có bản đồ ranh giới xã, phường của tỉnh mã 02');
  });
});
