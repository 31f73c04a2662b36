import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('POST /api/srb/estimate', () => {
  it('answers the documented JSON for a CSV body', async () => {
    const c = await t.as('tyt-03646');
    const csv = [
      'area_code,year,boys,girls,parent_code',
      '03646,2023,160,140,14',
      '03646,2024,170,150,14',
      '03679,2024,300,250,14',
    ].join('\n');
    const res = await c.post('/api/srb/estimate', { csv, window: 2 });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.settings).toMatchObject({ window: 2, reference: 105, threshold: 106 });
    expect(Object.keys(body.areas[0]).sort()).toEqual(
      [
        'area_code',
        'births',
        'boys',
        'flag',
        'girls',
        'level',
        'p_above_threshold',
        'p_imbalanced',
        'parent_code',
        'period',
        'srb_est',
        'srb_hi95',
        'srb_lo95',
        'srb_raw',
        'srb_raw_hi95',
        'srb_raw_lo95',
      ].sort(),
    );
    expect(body.areas.find((a: { area_code: string }) => a.area_code === '03646')).toMatchObject({
      boys: 330,
      girls: 290,
      period: '2023-2024',
    });
    expect(body.areas.find((a: { level: string }) => a.level === 'parent')).toMatchObject({
      area_code: '14',
      boys: 630,
      girls: 540,
    });
  });

  it('names the line of bad input in Vietnamese', async () => {
    const c = await t.as('chicuc');
    const res = await c.post('/api/srb/estimate', { csv: 'area_code,year,boys,girls\n03646,2024,mười,9\n' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('Dòng 2: boys phải là số nguyên');
    expect(res.json().issues[0].path).toEqual(['line', 2, 'boys']);
  });
});
