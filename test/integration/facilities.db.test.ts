import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CoverageDto,
  FacilityDto,
  InspectionDto,
  InspectionPriorityDto,
  LegalProvisionDto,
} from '../../src/shared/contracts/facilities.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// The registry, commitments and inspections on the demo data of Sơn La: scope per role,
// coverage arithmetic with lapsed commitments, fine ranges, the ranking and its reasons, imports.

let t: TestApp;
const json = async <T>(user: string, url: string): Promise<T> => {
  const res = await (await t.as(user)).get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};
const items = async <T>(user: string, url: string) => (await json<{ items: T[] }>(user, url)).items;
let toHieu: number;
let chiengSinh: number;

beforeAll(async () => {
  t = await createTestApp();
  const units = await items<{ id: number; code: string }>(
    'chicuc',
    '/api/admin-units?parent=14&level=commune',
  );
  toHieu = units.find((u) => u.code === '03646')!.id;
  chiengSinh = units.find((u) => u.code === '03679')!.id;
});
afterAll(() => t.close());

describe('the registry', () => {
  it('holds the demo registry, labelled demo, with each entry’s commitment state', async () => {
    const all = await items<FacilityDto>('chicuc', '/api/facilities');
    expect(all.length).toBeGreaterThan(50);
    expect(all.every((f) => f.isDemo)).toBe(true);
    expect(new Set(all.map((f) => f.kind))).toEqual(
      new Set(['health_facility', 'pharmacy', 'bookstore', 'media_producer']),
    );
    expect(all.filter((f) => f.services.includes('ultrasound')).map((f) => f.commitment)).toContain('valid');
    expect(all.find((f) => !f.services.length)!.commitment).not.toBe('missing');
  });

  it('shows a commune its own facilities and an inspector those of their assignments', async () => {
    const mine = await items<FacilityDto>('tyt-03646', '/api/facilities');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((f) => f.adminUnitCode === '03646')).toBe(true);
    const other = (await items<FacilityDto>('chicuc', '/api/facilities')).find(
      (f) => f.adminUnitCode !== '03646',
    )!;
    expect((await (await t.as('tyt-03646')).get(`/api/facilities/${other.id}`)).statusCode).toBe(404);

    const assigned = await items<FacilityDto>('thanhtra', '/api/facilities');
    const plan = (await items<{ facilityIds: string[] }>('thanhtra', '/api/inspection-plans'))[0];
    expect(assigned.length).toBe(plan.facilityIds.length);
    expect(assigned.every((f) => plan.facilityIds.includes(f.id))).toBe(true);
    expect(assigned.every((f) => f.kind !== 'health_facility' || f.ownership === 'private')).toBe(true);
    expect((await items('lanhdao', '/api/facilities')).length).toBeGreaterThan(assigned.length);
  });

  it('lets a commune register in its commune only, and refuses a stale edit', async () => {
    const tyt = await t.as('tyt-03646');
    const body = {
      kind: 'health_facility',
      name: ' Phòng khám  sản  Hoa Ban ',
      services: ['ultrasound'],
      adminUnitId: toHieu,
    };
    const created = await tyt.post('/api/facilities', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Phòng khám sản Hoa Ban',
      commitment: 'missing',
      isDemo: false,
    });
    const elsewhere = await tyt.post('/api/facilities', { ...body, adminUnitId: chiengSinh });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().issues[0].path).toEqual(['adminUnitId']);
    const id = created.json().id;
    expect(
      (await tyt.patch(`/api/facilities/${id}`, { version: 1, phone: '0212 3851 000' })).statusCode,
    ).toBe(200);
    const stale = await tyt.patch(`/api/facilities/${id}`, { version: 1, phone: '0212 000' });
    expect(stale.statusCode).toBe(409);
    expect((await (await t.as('lanhdao')).post('/api/facilities', body)).statusCode).toBe(403);
  });
});

describe('commitments and coverage', () => {
  it('count a lapsed commitment as not covered, and a new one as covered', async () => {
    const tyt = await t.as('tyt-03646');
    const f = (
      await tyt.post('/api/facilities', {
        kind: 'health_facility',
        name: 'Phòng khám Siêu âm Ban Mai',
        services: ['ultrasound', 'abortion'],
        adminUnitId: toHieu,
      })
    ).json();
    const before = await json<CoverageDto>('tyt-03646', '/api/commitments/coverage');
    expect(before.province.name).toBe('Phường Tô Hiệu');
    expect((await json<CoverageDto>('chicuc', '/api/commitments/coverage')).province.name).toBe(
      'Toàn tỉnh Sơn La',
    );
    expect(before.gaps.find((g) => g.id === f.id)?.state).toBe('missing');
    const old = await tyt.post('/api/commitments', {
      facilityId: f.id,
      signedOn: '2024-01-10',
      validUntil: '2025-01-09',
      signerName: 'Lò Thị Ban',
    });
    expect(old.statusCode, old.body).toBe(201);
    const lapsed = await json<CoverageDto>('tyt-03646', '/api/commitments/coverage');
    expect(lapsed.gaps.find((g) => g.id === f.id)?.state).toBe('lapsed');
    expect(lapsed.province).toMatchObject({
      missing: before.province.missing - 1,
      lapsed: before.province.lapsed + 1,
    });
    await tyt.post('/api/commitments', {
      facilityId: f.id,
      signedOn: '2026-02-01',
      signerName: 'Lò Thị Ban',
    });
    const after = await json<CoverageDto>('tyt-03646', '/api/commitments/coverage');
    expect(after.gaps.find((g) => g.id === f.id)).toBeUndefined();
    const p = after.province;
    expect(p.valid + p.lapsed + p.missing).toBe(p.required);
    expect(p.rate).toBeCloseTo(p.valid / p.required, 10);
    // On a day before the first signature the facility was missing its commitment.
    const then = await json<CoverageDto>('tyt-03646', '/api/commitments/coverage?onDate=2023-12-31');
    expect(then.gaps.find((g) => g.id === f.id)?.state).toBe('missing');
    const wrong = await tyt.post('/api/commitments', {
      facilityId: f.id,
      signedOn: '2026-02-01',
      validUntil: '2026-01-01',
      signerName: 'X',
    });
    expect(wrong.statusCode).toBe(400);
    expect(JSON.stringify(wrong.json())).toContain('Ngày hết hiệu lực phải sau ngày ký');
  });

  it('agree between the province figure and the sum of its communes', async () => {
    const cov = await json<CoverageDto>('chicuc', '/api/commitments/coverage');
    const sum = (k: 'required' | 'valid' | 'lapsed' | 'missing') =>
      cov.communes.reduce((s, c) => s + c[k], 0);
    expect(cov.province).toMatchObject({
      required: sum('required'),
      valid: sum('valid'),
      lapsed: sum('lapsed'),
      missing: sum('missing'),
    });
    expect(cov.gaps).toHaveLength(cov.province.lapsed + cov.province.missing);
    expect(cov.province.rate).toBeGreaterThan(0.5);
    expect(cov.province.rate).toBeLessThan(1);
  });
});

describe('inspections', () => {
  it('lets an inspector record an inspection with a violation, and warns about a fine out of range', async () => {
    const thanhtra = await t.as('thanhtra');
    const target = (await items<FacilityDto>('thanhtra', '/api/facilities')).find(
      (f) => f.kind === 'health_facility',
    )!;
    const checklist = await items<{ id: string; appliesTo: string[] }>('thanhtra', '/api/checklist-items');
    const art = (await items<LegalProvisionDto>('thanhtra', '/api/legal-provisions')).find(
      (p) => p.code === 'NĐ117-Đ98-K2',
    )!;
    const scan = await thanhtra.post('/api/attachments', {
      fileName: 'biên bản.pdf',
      contentBase64: Buffer.from('%PDF-1.4 bien ban').toString('base64'),
      adminUnitId: target.adminUnitId,
    });
    const res = await thanhtra.post('/api/inspections', {
      facilityId: target.id,
      inspectedOn: '2026-11-02',
      team: 'Đoàn liên ngành',
      evidenceAttachmentIds: [scan.json().id],
      checklist: checklist
        .filter((c) => c.appliesTo.includes('health_facility'))
        .map((c, i) => ({ itemId: c.id, result: i === 0 ? 'fail' : 'pass' })),
      violations: [
        { legalProvisionId: art.id, description: 'Tiết lộ giới tính thai nhi', offenderKind: 'individual' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const ins = res.json() as InspectionDto;
    expect(ins.evidence).toEqual([expect.objectContaining({ id: scan.json().id, fileName: 'bien-ban.pdf' })]);
    expect(ins.isDemo).toBe(false);
    expect(ins.checklist[0]).toMatchObject({
      result: 'fail',
      label: expect.stringContaining('giới tính thai nhi'),
    });
    const v = ins.violations[0];
    expect(v).toMatchObject({ provisionCode: 'NĐ117-Đ98-K2', status: 'open', warnings: [] });
    const high = await thanhtra.patch(`/api/violations/${v.id}`, {
      version: v.version,
      decisionNumber: '25/QĐ-XPHC',
      decisionDate: '2026-11-10',
      fineAmount: 12_000_000,
      status: 'sanctioned',
    });
    expect(high.statusCode, high.body).toBe(200);
    expect(high.json().warnings).toEqual([
      'Mức phạt 12.000.000 đồng cao hơn mức tối đa 10.000.000 đồng của NĐ117-Đ98-K2 đối với cá nhân.',
    ]);
    const closed = await thanhtra.patch(`/api/violations/${v.id}`, {
      version: v.version + 1,
      status: 'closed',
    });
    expect(closed.json()).toMatchObject({
      status: 'closed',
      closedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(
      (await thanhtra.patch(`/api/violations/${v.id}`, { version: v.version, status: 'open' })).statusCode,
    ).toBe(409);

    const notAssigned = (await items<FacilityDto>('chicuc', '/api/facilities')).find(
      (f) => f.ownership === 'public',
    )!;
    const refused = await thanhtra.post('/api/inspections', {
      facilityId: notAssigned.id,
      inspectedOn: '2026-11-02',
      team: 'X',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issues[0].path).toEqual(['facilityId']);
    expect(
      (
        await (
          await t.as('tyt-03646')
        ).post('/api/inspections', { facilityId: target.id, inspectedOn: '2026-11-02', team: 'X' })
      ).statusCode,
    ).toBe(403);
  });

  it('ranks where to inspect next with the reasons adding up to the score', async () => {
    const ranked = await items<InspectionPriorityDto>('chicuc', '/api/inspections/priorities');
    expect(ranked.length).toBeGreaterThan(20);
    for (const [i, r] of ranked.entries()) {
      expect(r.reasons.reduce((s, x) => s + x.points, 0)).toBe(r.score);
      if (i) expect(ranked[i - 1].score).toBeGreaterThanOrEqual(r.score);
    }
    const missing = (await json<CoverageDto>('chicuc', '/api/commitments/coverage')).gaps.find(
      (g) => g.kind === 'facility' && g.state === 'missing',
    )!;
    expect(ranked.find((r) => r.facilityId === missing.id)!.reasons.map((r) => r.label)).toContain(
      'Chưa ký cam kết',
    );
    expect((await (await t.as('tyt-03646')).get('/api/inspections/priorities')).statusCode).toBe(403);
  });

  it('sums violations and fines of the year, in words too, and exports them', async () => {
    const f = await json<{
      violations: number;
      fines: number;
      finesInWords: string;
      inspections: { planned: number; done: number };
      violationsByProvision: { count: number; fines: number }[];
    }>('chicuc', '/api/facility-figures?year=2026');
    expect(f.violations).toBe(f.violationsByProvision.reduce((s, v) => s + v.count, 0));
    expect(f.fines).toBe(f.violationsByProvision.reduce((s, v) => s + v.fines, 0));
    expect(f.fines).toBeGreaterThan(0);
    expect(f.finesInWords).toMatch(/đồng/);
    expect(f.inspections.done).toBeGreaterThan(0);
    expect(f.inspections.done).toBeLessThanOrEqual(f.inspections.planned);
    const res = await (await t.as('chicuc')).get('/api/facility-figures.xlsx?year=2026');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Cam kết theo xã',
      'Chưa ký hoặc hết hạn',
      'Vi phạm',
    ]);
    expect(String(wb.worksheets[0].getCell('A1').value)).toContain('năm 2026');
  });
});

describe('imports, catalogue and attachments', () => {
  const sheet = async (rows: unknown[][]) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Cơ sở').addRows(rows);
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  };
  const header = ['Loại', 'Tên cơ sở', 'Số giấy phép', 'Dịch vụ', 'Mã xã, phường'];

  it('imports a facility list all-or-nothing, naming line and column, and updates on re-import', async () => {
    const c = await t.as('chicuc');
    const before = (await items('chicuc', '/api/facilities')).length;
    const bad = await c.post('/api/facilities/import', {
      fileName: 'co-so.xlsx',
      contentBase64: await sheet([
        header,
        ['Phòng khám', 'PK Mới', 'IMP-1', 'Siêu âm', '03646'],
        ['Phòng khám', 'PK Sai', 'IMP-2', 'Siêu âm; chụp X quang', '99999'],
      ]),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { message: string }) => i.message)).toEqual([
      'Dòng 3, cột Dịch vụ: "chụp X quang" không phải dịch vụ (Siêu âm, Phá thai, Hỗ trợ sinh sản, Sản khoa).',
      'Dòng 3, cột Mã xã, phường: không có xã, phường hiện hành mã "99999".',
    ]);
    expect((await items('chicuc', '/api/facilities')).length).toBe(before);
    const good = await sheet([
      header,
      ['Phòng khám', 'PK Mới', 'IMP-1', 'Siêu âm', '03646'],
      ['Nhà thuốc', 'Nhà thuốc Mới', 'IMP-2', '', '03679'],
    ]);
    const first = await c.post('/api/facilities/import', { fileName: 'co-so.xlsx', contentBase64: good });
    expect(first.json()).toEqual({ created: 2, updated: 0, rows: 2 });
    const again = await c.post('/api/facilities/import', { fileName: 'co-so.xlsx', contentBase64: good });
    expect(again.json()).toEqual({ created: 0, updated: 2, rows: 2 });
    expect((await items('chicuc', '/api/facilities')).length).toBe(before + 2);
    const outside = await (await t.as('tyt-03646')).post('/api/facilities/import', {
      fileName: 'x.xlsx',
      contentBase64: good,
    });
    expect(outside.json().message).toContain(
      'Dòng 3, cột Mã xã, phường: Phường Chiềng Sinh nằm ngoài phạm vi của bạn.',
    );
    // A licence already used by another commune's facility: refused without saying where.
    const taken = await (await t.as('tyt-03646')).post('/api/facilities/import', {
      fileName: 'x.xlsx',
      contentBase64: await sheet([header, ['Nhà thuốc', 'Nhà thuốc Tô Hiệu', 'IMP-2', '', '03646']]),
    });
    expect(taken.statusCode).toBe(400);
    const said = JSON.stringify(taken.json());
    expect(said).toContain('đã được dùng cho một cơ sở khác ngoài phạm vi của bạn');
    expect(said).not.toMatch(/Chiềng Sinh|Nhà thuốc Mới|03679/);
  });

  it('keeps the legal catalogue with unverified entries marked, edited by admins only', async () => {
    const list = await items<LegalProvisionDto>('tyt-03646', '/api/legal-provisions');
    expect(list.find((p) => p.code === 'NĐ117-Đ98-K2')).toMatchObject({
      fineMin: 5_000_000,
      fineMax: 10_000_000,
      verified: true,
    });
    expect(list.find((p) => p.code === 'NĐ117-Đ99-K1')!.verified).toBe(false);
    const p = list.find((x) => x.code === 'NĐ117-Đ101-K1')!;
    expect(
      (
        await (
          await t.as('chicuc')
        ).patch(`/api/legal-provisions/${p.id}`, { version: p.version, verified: true })
      ).statusCode,
    ).toBe(403);
    const edited = await (await t.as('admin')).patch(`/api/legal-provisions/${p.id}`, {
      version: p.version,
      verified: true,
    });
    expect(edited.json()).toMatchObject({ verified: true, version: p.version + 1 });
    const inverted = await (await t.as('admin')).patch(`/api/legal-provisions/${p.id}`, {
      version: p.version + 1,
      fineMin: 9_000_000,
      fineMax: 1,
    });
    expect(inverted.statusCode).toBe(400);
  });

  it('accepts scans and photos up to 10 MB, refuses other files, and serves them only as downloads in scope', async () => {
    const tyt = await t.as('tyt-03646');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100, 32)]);
    const up = await tyt.post('/api/attachments', {
      fileName: 'cam kết Hoa Ban.pdf',
      contentBase64: pdf.toString('base64'),
      adminUnitId: toHieu,
    });
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({
      fileName: 'cam-ket-Hoa-Ban.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    });
    const exe = await tyt.post('/api/attachments', {
      fileName: 'anh.jpg',
      contentBase64: Buffer.from('MZ\x90\x00 not an image').toString('base64'),
      adminUnitId: toHieu,
    });
    expect(exe.statusCode).toBe(400);
    expect(exe.json().message).toContain('không phải PDF, JPEG, PNG hay WebP');
    const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(10 * 1024 * 1024 + 10)]);
    const tooBig = await tyt.post('/api/attachments', {
      fileName: 'to.pdf',
      contentBase64: big.toString('base64'),
      adminUnitId: toHieu,
    });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().message).toContain('quá giới hạn 10 MB');
    const down = await tyt.get(`/api/attachments/${up.json().id}`);
    expect(down.headers['content-disposition']).toBe('attachment; filename="cam-ket-Hoa-Ban.pdf"');
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.rawPayload.equals(pdf)).toBe(true);
    expect((await (await t.as('tyt-03679')).get(`/api/attachments/${up.json().id}`)).statusCode).toBe(404);
    expect((await (await t.as('chicuc')).get(`/api/attachments/${up.json().id}`)).statusCode).toBe(200);
    const elsewhere = await tyt.post('/api/attachments', {
      fileName: 'x.pdf',
      contentBase64: pdf.toString('base64'),
      adminUnitId: chiengSinh,
    });
    expect(elsewhere.statusCode).toBe(400);
  });
});
