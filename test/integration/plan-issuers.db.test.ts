import crypto from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLibreOffice } from '../../src/server/documents/pdf.ts';
import type { PlanContent, PlanDto, PlanSummaryDto } from '../../src/shared/contracts/plans.ts';
import { committeePlanOf, planActivity, srbDropTarget } from '../helpers/committee-plan.ts';
import { sonLaPlan2026 } from '../helpers/demo-plans.ts';
import { docxParagraphs } from '../helpers/docx.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const id = () => crypto.randomUUID();

/** A plan of the provincial People's Committee as such plans are written (targets with decimals). */
function committeePlan(): PlanContent {
  return committeePlanOf('Sơn La', {
    sections: [
      { key: 'review', title: 'Kết quả thực hiện năm 2025' },
      { key: 'objectives', title: 'Mục tiêu, chỉ tiêu' },
      { key: 'activities', title: 'Nhiệm vụ trọng tâm' },
      { key: 'funding', title: 'Kinh phí thực hiện' },
      { key: 'responsibilities', title: 'Tổ chức thực hiện' },
    ],
    review:
      'Năm 2025, tỷ số giới tính khi sinh của tỉnh giảm 0,4 điểm so với năm 2024.\nCông tác truyền thông được duy trì ở 75 xã, phường.',
    targets: [
      srbDropTarget(),
      {
        id: id(),
        indicator: 'Tỷ số giới tính khi sinh',
        comparator: 'lte',
        value: 111.2,
        unit: 'trẻ trai/100 trẻ gái',
        unitIds: [],
      },
      {
        id: id(),
        indicator: 'Mức thay đổi tỷ lệ sinh con thứ ba',
        comparator: 'eq',
        value: -0.1,
        unit: '%',
        unitIds: [],
      },
    ],
    activities: [
      planActivity({
        title: 'Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính quyền về công tác dân số',
        content: ['Đưa chỉ tiêu tỷ số giới tính khi sinh vào nghị quyết của cấp ủy các cấp.'],
      }),
    ],
    funding: {
      text: null,
      sources: [
        { key: 'nsdp', name: 'Ngân sách địa phương', amount: 500_000_000 },
        { key: 'xhh', name: 'Nguồn xã hội hóa và các nguồn hợp pháp khác', amount: null },
      ],
      total: 500_000_000,
    },
    signature: {
      authority: 'TM.',
      authorityOf: 'Ủy ban nhân dân',
      positionLines: ['KT. Chủ tịch', 'Phó Chủ tịch'],
      signerName: 'Đặng Ngọc Hậu',
    },
    annexes: [
      {
        title: 'Chỉ tiêu theo năm',
        kind: 'table',
        landscape: false,
        items: [],
        columns: ['Năm', 'Tỷ số giới tính khi sinh'],
        rows: [
          ['2026', '≤ 111,2'],
          ['2027', '≤ 110,9'],
        ],
      },
    ],
  });
}

describe('a plan of the provincial People’s Committee', () => {
  it('is validated, issued after number, date and signer, and prints as the province issues it', async () => {
    const c = await t.as('admin');
    const ubnd = (
      await c.get('/api/organisations?q=uy%20ban%20nhan%20dan%20tinh%20son%20la&province=14')
    ).json().items[0];
    expect(ubnd.name).toBe('Ủy ban nhân dân tỉnh Sơn La');
    const created = await c.post('/api/plans', { organisationId: ubnd.id, content: committeePlan() });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json() as PlanDto;

    // A task without a lead passes (the plan assigns none); number and date are still missing.
    const checks = (await c.get(`/api/plans/${draft.id}/validation`)).json().issues as { message: string }[];
    expect(checks.map((i) => i.message)).toEqual([
      'Chưa có số văn bản: hãy nhập số trước khi ban hành.',
      'Chưa có ngày ban hành.',
    ]);
    const refused = await c.post(`/api/plans/${draft.id}/issue`, { version: draft.version });
    expect(refused.statusCode).toBe(400);

    const numbered = await c.put(`/api/plans/${draft.id}`, {
      version: draft.version,
      content: { ...draft.content, number: '58', issuedDate: '2026-03-02' },
    });
    expect(numbered.statusCode, numbered.body).toBe(200);
    expect((await c.get(`/api/plans/${draft.id}/validation`)).json().issues).toEqual([]);
    const issued = await c.post(`/api/plans/${draft.id}/issue`, { version: numbered.json().version });
    expect(issued.statusCode, issued.body).toBe(200);

    const docx = await c.get(`/api/plans/${draft.id}/export?format=docx`);
    expect(docx.statusCode).toBe(200);
    const p = await docxParagraphs(docx.rawPayload);
    const text = p.join('\n');
    // Decimals kept, the Vietnamese way.
    expect(p).toContain('- Tỷ số giới tính khi sinh giảm: ≥ 0,3 điểm/năm.');
    expect(p).toContain('- Tỷ số giới tính khi sinh: ≤ 111,2 trẻ trai/100 trẻ gái.');
    expect(p).toContain('- Mức thay đổi tỷ lệ sinh con thứ ba: \u22120,1 %.');
    // The headings as edited, numbered over the parts that have content, in the plan's order.
    const headings = p.filter((x) => /^[IVX]+\. /.test(x));
    expect(headings).toEqual([
      'I. KẾT QUẢ THỰC HIỆN NĂM 2025',
      'II. MỤC TIÊU, CHỈ TIÊU',
      'III. NHIỆM VỤ TRỌNG TÂM',
      'IV. KINH PHÍ THỰC HIỆN',
      'V. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(p).toContain('Công tác truyền thông được duy trì ở 75 xã, phường.');
    // No empty section (no purposes, no reporting) and no lone end mark.
    expect(text).not.toContain('MỤC ĐÍCH, YÊU CẦU');
    expect(text).not.toContain('CHẾ ĐỘ BÁO CÁO');
    expect(p).not.toContain('./.');
    expect(p).toContain('- Chủ trì, hướng dẫn triển khai Kế hoạch./.');
    // Every source, with its amount when it has one.
    expect(p).toContain('+ Ngân sách địa phương: 500.000.000 đồng.');
    expect(p).toContain('+ Nguồn xã hội hóa và các nguồn hợp pháp khác.');
    // The law by its name first.
    expect(p).toContain('Căn cứ Luật Bình đẳng giới số 73/2006/QH11 ngày 29/11/2006.');
    expect(text).not.toContain('của Quốc hội');
    // Free-text partner, the task without a lead.
    expect(p).toContain('- Đơn vị phối hợp: Hội Liên hiệp Phụ nữ tỉnh.');
    // The People's Committee's signature block.
    const sign = p.indexOf('TM. ỦY BAN NHÂN DÂN');
    expect(p.slice(sign, sign + 3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(p).toContain('Đặng Ngọc Hậu');
    // The annex, with its columns and rows.
    expect(p).toContain('CHỈ TIÊU THEO NĂM');
    expect(p).toContain('Tỷ số giới tính khi sinh');
    expect(p).toContain('≤ 110,9');
    expect(p).toContain('(Kèm theo Kế hoạch số 58/KH-UBND ngày 2/3/2026 của Ủy ban nhân dân tỉnh Sơn La)');

    const xlsx = await c.get(`/api/plans/${draft.id}/export?format=xlsx`);
    const strings = await (await JSZip.loadAsync(xlsx.rawPayload))
      .file('xl/sharedStrings.xml')!
      .async('string');
    expect(strings).toContain('≥ 0,3 điểm/năm');
    expect(strings).toContain('≤ 111,2 trẻ trai/100 trẻ gái');
  });

  it('keeps refusing a task without a lead where the plan assigns leads', async () => {
    const c = await t.as('admin');
    const ubnd = (
      await c.get('/api/organisations?q=uy%20ban%20nhan%20dan%20tinh%20son%20la&province=14')
    ).json().items[0];
    const content = { ...committeePlan(), leadsAssigned: true, subject: 'Kế hoạch có phân công chủ trì' };
    const created = (await c.post('/api/plans', { organisationId: ubnd.id, content })).json() as PlanDto;
    const checks = (await c.get(`/api/plans/${created.id}/validation`)).json().issues as {
      message: string;
    }[];
    expect(checks.map((i) => i.message)).toContain(
      'Hoạt động 1 “Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính…” chưa có đơn vị chủ trì.',
    );
  });
});

describe('a child plan made from the province plan', () => {
  it('cites the province plan in sentence case, is led by the station, names its chủ quản, and is not ready to issue', async () => {
    const c = await t.as('chicuc');
    const parentId = await sonLaPlan2026(t);
    const parent = (await c.get(`/api/plans/${parentId}`)).json() as PlanDto;
    const station = (await c.get('/api/organisations?q=tram%20y%20te%20xa%20chieng%20mung')).json().items[0];
    const res = await c.post(`/api/plans/${parentId}/children`, { organisationId: station.id });
    expect(res.statusCode, res.body).toBe(201);
    const child = res.json() as PlanDto;
    // Led by the station wherever the province named its own body (Chi cục Dân số) as lead.
    const leads = (list: PlanDto['content']['activities']): (string | null | undefined)[] =>
      list.flatMap((a) => [...(a.children.length ? [] : [a.leadOrganisationId]), ...leads(a.children)]);
    expect(new Set(leads(child.content.activities))).toEqual(new Set([station.id]));
    expect(child.content.parentBodyName).toBeTruthy();
    // Activities the province set in every commune take place in this one.
    const places = new Set(child.content.activities.flatMap((a) => a.placeUnitIds));
    expect(places).toEqual(new Set([child.adminUnitId]));
    expect(child.content.issuerKind).toBe('health_station');

    const checks = (await c.get(`/api/plans/${child.id}/validation`)).json().issues as { path: string[] }[];
    expect(checks.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['content.number', 'content.issuedDate', 'content.signature.signerName']),
    );

    const docx = await c.get(`/api/plans/${child.id}/export?format=docx`);
    const p = await docxParagraphs(docx.rawPayload);
    expect(p[p.findIndex((x) => x.startsWith('Căn cứ Kế hoạch số 246/KH-SYT'))]).toBe(
      `Căn cứ Kế hoạch số 246/KH-SYT ngày 5/3/2026 của Sở Y tế tỉnh Sơn La về việc ${parent.content.subject.charAt(0).toLocaleLowerCase('vi')}${parent.content.subject.slice(1)}.`,
    );
    expect(p.join('\n')).toContain(`Đơn vị thực hiện: ${station.name} chủ trì`);
    expect(p.join('\n')).not.toContain('Chi cục Dân số tỉnh Sơn La chủ trì');
  });
});

describe('PDF capability', () => {
  it('tells the app whether the server can make PDFs', async () => {
    const me = (await (await t.as('chicuc')).get('/api/me')).json();
    expect(me.pdf).toBe(findLibreOffice() !== null);
  });
});

describe('every demo plan still loads and exports', () => {
  it('exports each demo plan as DOCX and XLSX with no empty section and one end mark', async () => {
    const c = await t.as('admin');
    const plans = (await c.get('/api/plans')).json().items as PlanSummaryDto[];
    expect(plans.length).toBeGreaterThan(5);
    for (const plan of plans) {
      const one = await c.get(`/api/plans/${plan.id}`);
      expect(one.statusCode).toBe(200);
      for (const format of ['docx', 'xlsx']) {
        const res = await c.get(`/api/plans/${plan.id}/export?format=${format}`);
        expect(res.statusCode, `${plan.subject} ${format}`).toBe(200);
      }
      const p = await docxParagraphs((await c.get(`/api/plans/${plan.id}/export?format=docx`)).rawPayload);
      const headings = p.map((x, i) => [x, i] as const).filter(([x]) => /^[IVX]+\. [A-ZĐÀ-Ỹ]/.test(x));
      // A heading is followed by content, not by the next heading.
      for (const [, i] of headings) expect(/^[IVX]+\. /.test(p[i + 1] ?? ''), p[i]).toBe(false);
      expect(p.filter((x) => x.endsWith('./.')).length, plan.subject).toBe(1);
      expect(p).not.toContain('./.');
    }
  });
});
