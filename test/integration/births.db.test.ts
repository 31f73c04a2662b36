import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { birthsTestApp } from '../helpers/births.ts';

const app = birthsTestApp();
const upload = app.upload;

const estimates = async (user: string) =>
  (await (await app.t.as(user)).get('/api/srb/estimates?window=3')).json();

describe('birth imports', () => {
  const counts =
    'commune_code,year,month,birth_order,boys,girls\n03646,2024,1,1,40,38\n03646,2024,1,3+,12,8\n03679,2024,2,2,30,31\n';

  it('imports counts once, refuses the same file again, and withdraws a batch', async () => {
    const first = await upload('chicuc', 'sinh-2024.csv', counts);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      kind: 'counts',
      rowCount: 3,
      births: 159,
      status: 'active',
      simulated: false,
    });
    const toHieu = (await estimates('chicuc')).areas.find(
      (a: { area_code: string }) => a.area_code === '03646',
    );
    expect(toHieu).toMatchObject({ boys: 52, girls: 46 });

    const again = await upload('chicuc', 'sinh-2024 (1).csv', counts);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('nhập lại sẽ tính trùng');
    expect(
      (await estimates('chicuc')).areas.find((a: { area_code: string }) => a.area_code === '03646').boys,
    ).toBe(52);

    const c = await app.t.as('chicuc');
    expect((await c.post(`/api/births/imports/${first.json().id}/withdraw`)).json().status).toBe('withdrawn');
    expect(
      (await estimates('chicuc')).areas.find((a: { area_code: string }) => a.area_code === '03646'),
    ).toBeUndefined();
    expect((await upload('chicuc', 'sinh-2024.csv', counts)).statusCode).toBe(201);
  });

  it('rolls pre-2025 communes up to their 2025 successor', async () => {
    const admin = await app.t.as('admin');
    const current = new Set(
      ((await admin.get('/api/admin-units?parent=14&level=commune')).json().items as { code: string }[]).map(
        (u) => u.code,
      ),
    );
    const old = (
      (await admin.get('/api/admin-units?province=14&level=commune&at=2024-06-30')).json().items as {
        id: number;
        code: string;
        successorIds: number[];
      }[]
    ).find((u) => !current.has(u.code) && u.successorIds.length === 1)!;
    const successor = (await admin.get(`/api/admin-units/${old.successorIds[0]}`)).json();
    const records = `commune_code,date_of_birth,sex,birth_order\n${old.code},12/03/2024,Nam,1\n${old.code},13/03/2024,Nữ,2\n${old.code},14/03/2024,nam,3\n`;
    const res = await upload('chicuc', 'tre-sinh-2024.csv', records);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'records', births: 3 });
    const row = (await estimates('chicuc')).areas.find(
      (a: { area_code: string }) => a.area_code === successor.code,
    );
    expect(row.boys).toBeGreaterThanOrEqual(2);
  });

  it('refuses identifying columns and bad rows, saving nothing', async () => {
    const before = (await (await app.t.as('chicuc')).get('/api/births/imports')).json().items.length;
    const named = await upload(
      'chicuc',
      'co-ten.csv',
      'commune_code,ho_ten,date_of_birth,sex\n03646,Lò Văn A,01/02/2024,Nam\n',
    );
    expect(named.statusCode).toBe(400);
    expect(named.json().message).toContain('có thể định danh người (ho_ten)');
    const bad = await upload(
      'chicuc',
      'loi.csv',
      'commune_code,year,boys,girls\n03646,2024,10,9\n99999,2024,1,1\n03679,2024,-3,1\n',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { message: string }) => i.message)).toEqual([
      'Dòng 4, cột boys: "-3" phải là số nguyên không âm, chỉ gồm chữ số.',
    ]);
    const unknown = await upload(
      'chicuc',
      'loi2.csv',
      'commune_code,year,boys,girls\n03646,2024,10,9\n99999,2024,1,1\n',
    );
    expect(unknown.json().message).toContain('Dòng 3, cột commune_code: không có xã, phường mã 99999');
    expect((await (await app.t.as('chicuc')).get('/api/births/imports')).json().items).toHaveLength(before);
  });

  it('reads XLSX as well', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sinh');
    ws.addRows([
      ['commune_code', 'year', 'boys', 'girls'],
      ['03664', 2025, 21, 19],
    ]);
    const res = await upload('chicuc', 'sinh-2025.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().births).toBe(40);
  });

  it('keeps a commune to its own data', async () => {
    const own = await upload('tyt-03646', 'to-hieu.csv', 'commune_code,year,boys,girls\n03646,2023,60,55\n');
    expect(own.statusCode, own.body).toBe(201);
    const other = await upload('tyt-03646', 'khac.csv', 'commune_code,year,boys,girls\n03679,2023,60,55\n');
    expect(other.statusCode).toBe(400);
    expect(other.json().message).toContain('ngoài phạm vi của bạn');
    const mine = await estimates('tyt-03646');
    expect(mine.areas.map((a: { area_code: string }) => a.area_code).sort()).toEqual(['03646', '14']);
    const batches = (await (await app.t.as('tyt-03646')).get('/api/births/imports')).json().items;
    expect(batches.map((b: { fileName: string }) => b.fileName)).toEqual(['to-hieu.csv']);
    const provinceBatch = (await (await app.t.as('chicuc')).get('/api/births/imports'))
      .json()
      .items.find((b: { fileName: string }) => b.fileName === 'sinh-2025.xlsx');
    expect(
      (await (await app.t.as('tyt-03646')).post(`/api/births/imports/${provinceBatch.id}/withdraw`))
        .statusCode,
    ).toBe(404);
  });
});
