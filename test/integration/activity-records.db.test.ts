import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanProgressDto } from '../../src/shared/contracts/activity-records.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// Activity records under the demo plans: Sơn La 2026 (province) and Tô Hiệu's child plan, whose
// media, training and commitment-conference activities are inherited from the province's.

let t: TestApp;
let province: { id: string; activities: { id: string; kind: string }[] };
let toHieu: { id: string; activities: { id: string; kind: string; inheritedFromId: string }[] };
let toHieuUnit: number;

const flat = (list: any[]): any[] => list.flatMap((a) => [a, ...flat(a.children ?? [])]);

beforeAll(async () => {
  t = await createTestApp();
  const c = await t.as('chicuc');
  const plans = (await c.get('/api/plans')).json().items as {
    id: string;
    status: string;
    organisationName: string;
    provinceCode: string;
  }[];
  const load = async (name: string) => {
    const id = plans.find((p) => p.status === 'issued' && p.organisationName === name)!.id;
    return { id, activities: flat((await c.get(`/api/plans/${id}`)).json().content.activities) };
  };
  province = await load('Sở Y tế tỉnh Sơn La');
  toHieu = await load('Trạm Y tế phường Tô Hiệu');
  toHieuUnit = (await c.get('/api/admin-units?parent=14&q=to%20hieu')).json().items[0].id;
});
afterAll(() => t.close());

const media = () => toHieu.activities.find((a) => a.kind === 'media')!;
const broadcast = (over: Record<string, unknown> = {}) => ({
  planId: toHieu.id,
  activityId: media().id,
  startDate: '2026-05-04',
  endDate: '2026-05-04',
  communeUnitId: toHieuUnit,
  participants: { total: 0 },
  outputs: [{ description: 'Tin phát trên loa truyền thanh', quantity: 4, unit: 'lượt' }],
  measures: { kind: 'media', items: [{ channel: 'loudspeaker', count: 4, minutes: 20 }] },
  ...over,
});

describe('recording an activity', () => {
  it('checks each kind’s measures and the common fields, naming the field', async () => {
    const tyt = await t.as('tyt-03646');
    const cases: [Record<string, unknown>, string][] = [
      [{ measures: { kind: 'media', items: [] } }, 'Ghi ít nhất một kênh truyền thông'],
      [{ startDate: '2025-12-30' }, 'Ngày phải nằm trong năm 2026 của kế hoạch.'],
      [
        { participants: { total: 10, men: 3, women: 4 } },
        'Tổng số người (10) phải bằng nam (3) cộng nữ (4).',
      ],
      [{ participants: { total: 5, groups: { couples: 9 } } }, 'không thể lớn hơn tổng số (5)'],
      [
        { measures: { kind: 'training', days: 1, trainees: 3 } },
        'Loại hoạt động ghi nhận khác loại của hoạt động trong kế hoạch.',
      ],
      [{ endDate: '2026-05-01' }, 'Ngày kết thúc phải sau ngày bắt đầu.'],
      [{ startDate: '2031-01-01', endDate: '2031-01-01' }, 'Ngày chưa đến'],
    ];
    for (const [over, message] of cases) {
      const res = await tyt.post('/api/activity-records', broadcast(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(JSON.stringify(res.json())).toContain(message);
    }
    const iec = province.activities.find((a) => a.kind === 'iec_material')!;
    const res = await (await t.as('chicuc')).post('/api/activity-records', {
      planId: province.id,
      activityId: iec.id,
      startDate: '2026-04-01',
      endDate: '2026-04-10',
      measures: {
        kind: 'iec_material',
        materialKind: 'Tờ rơi',
        title: 'Hệ lụy của mất cân bằng giới tính khi sinh',
        produced: 1000,
        distributed: [{ recipient: 'Trạm Y tế phường Tô Hiệu', quantity: 1200 }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0]).toMatchObject({
      path: ['measures', 'distributed'],
      message: 'Số đã cấp phát (1200) vượt số sản xuất (1000).',
    });
  });

  it('stores a draft sent twice once, and keeps a commune to its own records', async () => {
    const tyt = await t.as('tyt-03646');
    const first = await tyt.post('/api/activity-records', broadcast({ clientKey: 'draft-0001-abcd' }));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ activityId: media().id, rootActivityId: media().inheritedFromId });
    const again = await tyt.post('/api/activity-records', broadcast({ clientKey: 'draft-0001-abcd' }));
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    const mine = (await tyt.get(`/api/activity-records?planId=${toHieu.id}`)).json().items;
    expect(mine.filter((r: { id: string }) => r.id === first.json().id)).toHaveLength(1);
    expect((await (await t.as('tyt-03679')).get(`/api/activity-records/${first.json().id}`)).statusCode).toBe(
      404,
    );
    expect((await (await t.as('chicuc')).get(`/api/activity-records/${first.json().id}`)).statusCode).toBe(
      200,
    );
    const other = await (await t.as('tyt-03679')).patch(`/api/activity-records/${first.json().id}`, {
      version: 1,
      notes: 'x',
    });
    expect(other.statusCode).toBe(404);
    const stale = await tyt.patch(`/api/activity-records/${first.json().id}`, {
      version: 1,
      notes: 'Phát lại',
    });
    expect(stale.statusCode).toBe(200);
    expect(
      (await tyt.patch(`/api/activity-records/${first.json().id}`, { version: 1, notes: 'y' })).statusCode,
    ).toBe(409);
  });
});

describe('progress', () => {
  it('rolls a commune’s records up to the province activity they inherit from', async () => {
    const c = await t.as('chicuc');
    const root = media().inheritedFromId;
    const before = (await c.get(`/api/plans/${province.id}/progress`)).json() as PlanProgressDto;
    const rowBefore = before.activities.find((a) => a.activityId === root)!;
    await (await t.as('tyt-03646')).post('/api/activity-records', broadcast({ cost: 200_000 }));
    const provinceOwn = await c.post('/api/activity-records', {
      planId: province.id,
      activityId: root,
      startDate: '2026-06-01',
      endDate: '2026-06-30',
      outputs: [{ description: 'Phóng sự truyền hình', quantity: 2 }],
      cost: 3_000_000,
      measures: { kind: 'media', items: [{ channel: 'tv', count: 2, minutes: 15 }] },
    });
    expect(provinceOwn.statusCode, provinceOwn.body).toBe(201);
    const after = (await c.get(`/api/plans/${province.id}/progress`)).json() as PlanProgressDto;
    const row = after.activities.find((a) => a.activityId === root)!;
    expect(row.done.records - rowBefore.done.records).toBe(2);
    // Quantities count toward the planned output of their own unit of measure only (issue 13):
    // the 4 "lượt" join the 900 lượt line; the province's 2 without a unit are a line of their own.
    const inUnit = (r: typeof row, unit: string | null) => r.outputs.find((o) => o.unit === unit)?.done ?? 0;
    expect(inUnit(row, 'lượt') - inUnit(rowBefore, 'lượt')).toBe(4);
    expect(inUnit(row, 'tin, bài') - inUnit(rowBefore, 'tin, bài')).toBe(0);
    expect(inUnit(row, null) - inUnit(rowBefore, null)).toBe(2);
    expect(row.outputs.find((o) => o.unit === null)!.planned).toBeNull();
    expect(row.money.records - rowBefore.money.records).toBe(3_200_000);
    expect(row.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Phường Tô Hiệu', 'Tỉnh Sơn La']));
    expect(row.units.reduce((s, u) => s + u.records, 0)).toBe(row.done.records);

    // The commune's own plan counts its own records under its own activity; it does not see the province's.
    const own = (
      await (await t.as('tyt-03646')).get(`/api/plans/${toHieu.id}/progress`)
    ).json() as PlanProgressDto;
    const ownRow = own.activities.find((a) => a.activityId === media().id)!;
    expect(ownRow.units.map((u) => u.name)).toEqual(['Phường Tô Hiệu']);
    const seenByCommune = (
      await (await t.as('tyt-03646')).get(`/api/plans/${province.id}/progress`)
    ).json() as PlanProgressDto;
    expect(seenByCommune.activities.find((a) => a.activityId === root)!.units.map((u) => u.name)).toEqual([
      'Phường Tô Hiệu',
    ]);
  });

  it('computes the couples target from records and denominators, showing its formula and inputs', async () => {
    // Tam Đường 2020: "trên 70% các cặp vợ chồng trong độ tuổi sinh đẻ" reached.
    const bcd = await t.as('bcd-tamduong');
    const plan = (
      (await bcd.get('/api/plans?year=2020')).json().items as { id: string; numberSymbol: string | null }[]
    ).find((p) => p.numberSymbol === '25/KH-BCĐ')!;
    const activities = flat((await bcd.get(`/api/plans/${plan.id}`)).json().content.activities);
    const counselling = activities.find((a) => a.kind === 'counselling')!;
    const commune = (await bcd.get('/api/admin-units?province=12&level=commune&at=2020-06-30')).json()
      .items[0];
    const put = await bcd.put('/api/population-denominators', {
      adminUnitId: commune.id,
      year: 2020,
      couples: 1000,
    });
    expect(put.statusCode, put.body).toBe(200);
    const progress = async () => (await bcd.get(`/api/plans/${plan.id}/progress`)).json() as PlanProgressDto;
    const couplesTarget = (p: PlanProgressDto) =>
      p.targets.find((x) => x.indicator.includes('cặp vợ chồng'))!;
    expect(couplesTarget(await progress())).toMatchObject({ actual: 0, met: false });
    const rec = await bcd.post('/api/activity-records', {
      planId: plan.id,
      activityId: counselling.id,
      startDate: '2020-07-01',
      endDate: '2020-07-31',
      communeUnitId: commune.id,
      participants: { total: 500, men: 240, women: 260, groups: { couples: 400 } },
      measures: { kind: 'counselling', households: 420, couples: 720, visits: 900 },
    });
    expect(rec.statusCode, rec.body).toBe(201);
    const target = couplesTarget(await progress());
    expect(target.inputs).toEqual([
      { label: 'Cặp vợ chồng được tiếp cận', value: 720 },
      { label: 'Cặp vợ chồng trong độ tuổi sinh đẻ', value: 1000 },
    ]);
    expect(target).toMatchObject({ comparator: 'gt', value: 70, actual: 72, met: true });
    expect(target.formula).toContain('÷ số cặp vợ chồng trong độ tuổi sinh đẻ × 100');
    const unknown = (await progress()).targets.find((x) => x.indicator.includes('cơ quan, ban, ngành'));
    expect(unknown).toMatchObject({ actual: null, met: null });
    const srb = (await progress()).targets.find((x) => x.comparator === 'range')!;
    expect(srb).toMatchObject({
      value: 104,
      actual: null,
      formula: 'Chưa đủ dữ liệu: chưa có số liệu sinh năm 2020.',
    });
  });

  it('imports denominators all-or-nothing and replaces them on re-import', async () => {
    const c = await t.as('chicuc');
    const csv = (rows: string) => ({
      fileName: 'mau-so.csv',
      contentBase64: Buffer.from(`commune_code,year,couples,pupils\n${rows}`).toString('base64'),
    });
    const bad = await c.post(
      '/api/population-denominators/import',
      csv('03679,2026,800,120\n03664,2026,-5,10\n'),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain(
      'Dòng 3, cột couples: "-5" phải là số nguyên không âm, chỉ gồm chữ số.',
    );
    const good = csv('03679,2026,800,120\n03664,2026,650,90\n');
    expect((await c.post('/api/population-denominators/import', good)).json()).toEqual({ rows: 2 });
    expect((await c.post('/api/population-denominators/import', good)).json()).toEqual({ rows: 2 });
    const list = (await c.get('/api/population-denominators?year=2026')).json().items as {
      unitCode: string;
      couples: number;
    }[];
    expect(list.filter((d) => d.unitCode === '03679')).toEqual([expect.objectContaining({ couples: 800 })]);
    const outside = await (await t.as('tyt-03646')).post('/api/population-denominators/import', good);
    expect(outside.json().message).toContain('nằm ngoài phạm vi của bạn');
  });
});

describe('files and clubs', () => {
  it('exports records to XLSX and imports a corrected file all-or-nothing, never twice', async () => {
    const tyt = await t.as('tyt-03646');
    const number = (await tyt.get(`/api/plans/${toHieu.id}/progress`))
      .json()
      .activities.find((a: { activityId: string }) => a.activityId === media().id).numberLabel as string;
    const res = await tyt.get(`/api/activity-records.xlsx?planId=${toHieu.id}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).values).toEqual(
      expect.arrayContaining(['STT hoạt động', 'Từ ngày', 'Số lượt, buổi', 'Kênh']),
    );
    expect(ws.rowCount).toBeGreaterThan(1);
    expect(ws.getRow(2).getCell(1).value).toBe(number);

    const file = async (rows: unknown[][]) => {
      const out = new ExcelJS.Workbook();
      out
        .addWorksheet('x')
        .addRows([
          ['STT hoạt động', 'Từ ngày', 'Đến ngày', 'Kênh', 'Số lượt, buổi', 'Số phút', 'Kinh phí (đồng)'],
          ...rows,
        ]);
      return {
        planId: toHieu.id,
        fileName: 'hoat-dong.xlsx',
        contentBase64: Buffer.from(await out.xlsx.writeBuffer()).toString('base64'),
      };
    };
    const before = (await tyt.get(`/api/activity-records?planId=${toHieu.id}`)).json().items.length;
    const bad = await tyt.post(
      '/api/activity-records/import',
      await file([
        [number, '05/08/2026', '05/08/2026', 'Loa truyền thanh xã, bản', 3, 15, 150000],
        ['9.9', '05/08/2026', '', '', 1, '', ''],
        [number, '32/08/2026', '', '', 1, '', ''],
      ]),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { message: string }) => i.message)).toEqual([
      'Dòng 3, cột STT hoạt động: kế hoạch không có hoạt động số "9.9".',
      'Dòng 4, cột Từ ngày: "32/08/2026" không phải ngày (dd/mm/yyyy).',
    ]);
    expect((await tyt.get(`/api/activity-records?planId=${toHieu.id}`)).json().items.length).toBe(before);
    const good = await file([
      [number, '05/08/2026', '05/08/2026', 'Loa truyền thanh xã, bản', 3, 15, 150000],
      [number, '12/08/2026', '12/08/2026', 'Loa truyền thanh xã, bản', 2, 10, 100000],
    ]);
    expect((await tyt.post('/api/activity-records/import', good)).json()).toEqual({
      rows: 2,
      created: 2,
      skipped: 0,
    });
    expect((await tyt.post('/api/activity-records/import', good)).json()).toEqual({
      rows: 2,
      created: 0,
      skipped: 2,
    });
    const after = (await tyt.get(`/api/activity-records?planId=${toHieu.id}`)).json().items;
    expect(after.length).toBe(before + 2);
    expect(after.find((r: { startDate: string }) => r.startDate === '2026-08-12').measures).toEqual({
      kind: 'media',
      items: [{ channel: 'loudspeaker', count: 2, minutes: 10 }],
    });
  });

  it('imports its own export back without storing any record twice (the rows carry their identity)', async () => {
    const tyt = await t.as('tyt-03646');
    const list = async () => (await tyt.get(`/api/activity-records?planId=${toHieu.id}`)).json().items;
    const before = await list();
    expect(before.length).toBeGreaterThanOrEqual(2);
    const exported = await tyt.get(`/api/activity-records.xlsx?planId=${toHieu.id}`);
    const body = {
      planId: toHieu.id,
      fileName: 'hoat-dong-da-thuc-hien.xlsx',
      contentBase64: Buffer.from(exported.rawPayload).toString('base64'),
    };
    const back = await tyt.post('/api/activity-records/import', body);
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ rows: before.length, created: 0, skipped: before.length });
    expect((await tyt.post('/api/activity-records/import', body)).json().created).toBe(0);
    expect((await list()).map((r: { id: string }) => r.id).sort()).toEqual(
      before.map((r: { id: string }) => r.id).sort(),
    );
  });

  it('keeps a registry of clubs whose meetings are records naming them', async () => {
    const chicuc = await t.as('chicuc');
    const club = await chicuc.post('/api/clubs', {
      name: 'CLB Bạn gái tiêu biểu THPT Tô Hiệu',
      school: 'THPT Tô Hiệu',
      members: 32,
    });
    expect(club.statusCode, club.body).toBe(201);
    const clubActivity = province.activities.find((a) => a.kind === 'club')!;
    const meeting = (clubId: string) => ({
      planId: province.id,
      activityId: clubActivity.id,
      startDate: '2026-09-10',
      endDate: '2026-09-10',
      participants: { total: 28 },
      measures: {
        kind: 'club',
        clubId,
        clubName: 'CLB Bạn gái tiêu biểu THPT Tô Hiệu',
        members: 32,
        meetings: 1,
      },
    });
    expect((await chicuc.post('/api/activity-records', meeting(club.json().id))).statusCode).toBe(201);
    const listed = (await chicuc.get('/api/clubs'))
      .json()
      .items.find((c: { id: string }) => c.id === club.json().id);
    expect(listed).toMatchObject({
      members: 32,
      meetings: 1,
      organisationName: expect.stringContaining('Chi cục'),
    });
    const local = await (await t.as('tyt-03679')).post('/api/clubs', {
      name: 'CLB Chiềng Sinh',
      members: 20,
    });
    const unknown = await chicuc.post('/api/activity-records', meeting(crypto.randomUUID()));
    expect(unknown.json().issues[0]).toMatchObject({ path: ['measures', 'clubId'] });
    expect(
      (await (await t.as('tyt-03646')).get('/api/clubs')).json().items.map((c: { id: string }) => c.id),
    ).not.toContain(local.json().id);
  });
});
