import { describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../src/shared/format/index.ts';
import { birthsTestApp } from '../helpers/births.ts';

// Numbers and dates read strictly (issue 17, item 7): counts are digits only, each field has a
// limit, totals never overflow into a 500, nothing is dated after today, and denominators fit in
// the population — each refusal a Vietnamese 400 naming the line and the field.

const app = birthsTestApp();
const upload = app.upload;
const counts = (rows: string[]) => `commune_code,year,month,birth_order,boys,girls\n${rows.join('\n')}\n`;

describe('numbers and dates in imports and bodies', () => {
  it('refuses hex, exponents, decimals and huge counts in a births file, naming line and field', async () => {
    const res = await upload(
      'chicuc',
      'so.csv',
      counts([
        '03646,2020,1,1,0x10,5',
        '03646,2020,2,1,1e3,5',
        '03646,2020,3,1,12.5,5',
        '03646,2020,4,1,99999999999,5',
        '03646,2020,5,1,1e308,5',
      ]),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((i: { message: string }) => i.message)).toEqual([
      'Dòng 2, cột boys: "0x10" phải là số nguyên không âm, chỉ gồm chữ số.',
      'Dòng 3, cột boys: "1e3" phải là số nguyên không âm, chỉ gồm chữ số.',
      'Dòng 4, cột boys: "12.5" phải là số nguyên không âm, chỉ gồm chữ số.',
      'Dòng 5, cột boys: "99999999999" lớn hơn mức tối đa 100.000.',
      'Dòng 6, cột boys: "1e308" phải là số nguyên không âm, chỉ gồm chữ số.',
    ]);
  });

  it('refuses births of months not yet come and records born after today (today itself is fine)', async () => {
    const future = await upload('chicuc', 'tuong-lai.csv', counts(['03646,2099,1,1,5,5']));
    expect(future.statusCode).toBe(400);
    expect(future.json().message).toContain('Dòng 2, cột year: tháng 1/2099 chưa đến.');
    const [y, m, d] = todayInVietnam().split('-');
    const records = (day: string) => `commune_code,date_of_birth,sex\n03646,${day},Nam\n`;
    const tomorrow = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + 1)).toISOString().slice(0, 10);
    const late = await upload('chicuc', 'mai.csv', records(tomorrow.split('-').reverse().join('/')));
    expect(late.statusCode).toBe(400);
    expect(late.json().message).toContain('cột date_of_birth: ngày sinh');
    expect((await upload('chicuc', 'nay.csv', records(`${d}/${m}/${y}`))).statusCode).toBe(201);
  });

  it('keeps denominators inside the population, in the API and in the import', async () => {
    const c = await app.t.as('chicuc');
    const unit = (
      (await c.get('/api/admin-units?parent=14&level=commune')).json().items as { id: number; code: string }[]
    ).find((u) => u.code === '03646')!;
    const put = await c.put('/api/population-denominators', {
      adminUnitId: unit.id,
      year: 2026,
      population: 10,
      couples: 5000,
    });
    expect(put.statusCode).toBe(400);
    expect(JSON.stringify(put.json())).toContain('Số cặp vợ chồng (5.000) không thể lớn hơn dân số (10)');
    const file = (rows: string) => ({
      fileName: 'mau-so.csv',
      contentBase64: Buffer.from(`commune_code,year,population,couples\n${rows}`).toString('base64'),
    });
    const bad = await c.post(
      '/api/population-denominators/import',
      file('03646,2026,10,5000\n03679,2026,900,12.5\n'),
    );
    expect(bad.statusCode).toBe(400);
    const messages = bad.json().issues.map((i: { message: string }) => i.message);
    expect(messages).toContain('Dòng 2, cột couples: Số cặp vợ chồng (5.000) không thể lớn hơn dân số (10).');
    expect(messages).toContain('Dòng 3, cột couples: "12.5" phải là số nguyên không âm, chỉ gồm chữ số.');
  });
});
