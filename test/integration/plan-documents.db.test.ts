import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLibreOffice } from '../../src/server/documents/pdf.ts';
import type { PlanSummaryDto } from '../../src/shared/contracts/plans.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function exportOf(match: (p: PlanSummaryDto) => boolean, format = 'docx') {
  const c = await t.as('admin');
  const plan = ((await c.get('/api/plans')).json().items as PlanSummaryDto[]).find(match)!;
  const res = await c.get(`/api/plans/${plan.id}/export?format=${format}`);
  expect(res.statusCode).toBe(200);
  return res;
}

async function docxParts(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  // Text of each paragraph, in order: what a reader sees, without the markup.
  const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) =>
    [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''),
  );
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /word\/header\d+\.xml/.test(f))
      .map((f) => zip.file(f)!.async('string')),
  );
  return { xml, paragraphs, text: paragraphs.join('\n'), headers };
}

const unescapeXml = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
const norm = (s: string) => unescapeXml(s).replace(/\s+/g, ' ').trim().toLowerCase();

describe('plan as a Nghị định 30 DOCX', () => {
  it('lays out the Sơn La plan as the decree prescribes', async () => {
    const res = await exportOf(
      (p) => p.startYear === 2026 && p.organisationName === 'Sở Y tế tỉnh Sơn La' && p.status === 'issued',
    );
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('ke-hoach-246-kh-syt-2026.docx');
    const { xml, paragraphs, text, headers } = await docxParts(res.rawPayload);
    // A4, margins 25/20/35/20 mm, Times New Roman.
    expect(xml).toContain('w:w="11906" w:h="16838"');
    expect(xml).toMatch(/w:top="1418"[^>]*w:right="1134"[^>]*w:bottom="1134"[^>]*w:left="1985"/);
    expect(xml).toContain('<w:titlePg/>');
    expect(headers.some((h) => h.includes('PAGE'))).toBe(true);
    // The header block, the title, the căn cứ (italic), the body, the end mark and the signature.
    for (const line of [
      'UBND TỈNH SƠN LA',
      'SỞ Y TẾ',
      'Số: 246/KH-SYT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Sơn La, ngày 05 tháng 3 năm 2026',
      'KẾ HOẠCH',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG CÁC HOẠT ĐỘNG',
      'III. KINH PHÍ',
      'IV. TỔ CHỨC THỰC HIỆN',
      'V. CÔNG TÁC BÁO CÁO',
      'Nơi nhận:',
      '- Lưu: VT, CCDS, Phương.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Hữu Hùng',
    ]) {
      expect(paragraphs.map(unescapeXml), line).toContain(line);
    }
    const canCu =
      'Thực hiện Quyết định số 855/QĐ-UBND ngày 28/4/2020 của UBND tỉnh Sơn La về ban hành Kế hoạch hành động thực hiện Chiến lược Dân số Việt Nam giai đoạn 2020 - 2025, tầm nhìn đến năm 2030;';
    expect(paragraphs).toContain(canCu);
    const canCuXml = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)]
      .map((m) => m[0])
      .find((p) => p.includes('855/QĐ-UBND'))!;
    expect(canCuXml).toContain('<w:i/>');
    expect(text).toMatch(/thực hiện\.\/\.$/m);
    expect(paragraphs.indexOf('Nơi nhận:')).toBeGreaterThan(paragraphs.findIndex((p) => p.endsWith('./.')));
  });

  it('contains every line of the Sơn La seed text', async () => {
    const res = await exportOf(
      (p) => p.startYear === 2026 && p.organisationName === 'Sở Y tế tỉnh Sơn La' && p.status === 'issued',
    );
    const doc = norm((await docxParts(res.rawPayload)).text);
    const seed = fs.readFileSync(
      path.resolve(import.meta.dirname, '../fixtures/seeds/son-la-2026-ke-hoach.txt'),
      'utf8',
    );
    // The seed's paragraphs (lines joined where the text was broken across a page), without
    // markdown, numbering and the labels the document writes in its own words.
    const paragraphsOf = seed
      .replace(/(\S)\n\n(?=[a-zà-ỹđ])/g, '$1 ')
      .split('\n')
      .map((l) =>
        l
          .replace(/[*#]/g, '')
          .replace(/^\s*[-+]\s+/, '')
          .replace(/^\s*([IVX]+|\d+(\.\d+)*)\.\s+/, '')
          .replace(
            /^(Nội dung thực hiện|Đối tượng thực hiện|Đối tượng truyền thông|Nội dung|Đối tượng|Hình thức tổ chức):\s*/,
            '',
          )
          .trim(),
      )
      .filter((l) => l.length > 0);
    // Sub-headings the document expresses as its own structure (content, then "Hình thức thực hiện").
    const structural = new Set([
      'Nội dung truyền thông',
      'Hình thức thực hiện',
      'Nội dung thực hiện:',
      'Đối tượng thực hiện:',
      '(Nhận văn bản)',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
    ]);
    // Who carries an activity out is data (lead and coordinating bodies); the document words it itself.
    structural.add(
      'Cơ quan, đơn vị thực hiện: Chi cục Dân số chủ trì phối hợp với các Trạm Y tế xã, phường.',
    );
    expect(doc).toContain(
      norm('Đơn vị thực hiện: Chi cục Dân số tỉnh Sơn La chủ trì, phối hợp với các Trạm Y tế xã, phường.'),
    );
    const missing = paragraphsOf.filter((l) => !structural.has(l) && !doc.includes(norm(l)));
    expect(missing).toEqual([]);
  });

  it('writes the Tam Đường budget in words correctly, with the detailed table on a landscape page', async () => {
    const res = await exportOf(
      (p) => p.startYear === 2020 && p.status === 'issued' && p.organisationName.startsWith('Ban Chỉ đạo'),
    );
    const { xml, paragraphs, text } = await docxParts(res.rawPayload);
    expect(text).toContain(
      'Tổng kinh phí: 23.500.000 đồng (Hai mươi ba triệu năm trăm nghìn đồng chẵn). Trong đó:',
    );
    expect(text).not.toContain('Hai mươi ba triệu năm trăm đồng chẵn');
    expect(paragraphs).toContain('+ Nghị quyết 38/2016/NQ-HĐND: 8.500.000 đồng.');
    expect(paragraphs).toContain('TM. BAN CHỈ ĐẠO');
    expect(paragraphs).toContain('Cao Trang Trọng');
    expect(paragraphs).toContain(
      'Căn cứ Kế hoạch số 246/KH-DSKHHGĐ ngày 20/12/2019 của Chi cục Dân số - KHHGĐ tỉnh Lai Châu về việc hoạt động công tác Dân số - KHHGĐ năm 2020;',
    );
    expect(paragraphs).toContain('Phụ lục I');
    expect(paragraphs).toContain('BIỂU KINH PHÍ CHI TIẾT');
    expect(xml).toContain('w:orient="landscape"');
    expect(paragraphs).toContain('Tổng cộng');
    expect(paragraphs).toContain('23.500.000');
    expect(text).toContain('Bằng chữ: Hai mươi ba triệu năm trăm nghìn đồng chẵn.');
  });

  it('exports the activity and budget tables as XLSX', async () => {
    const res = await exportOf(
      (p) => p.startYear === 2020 && p.status === 'issued' && p.organisationName.startsWith('Ban Chỉ đạo'),
      'xlsx',
    );
    const zip = await JSZip.loadAsync(res.rawPayload);
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toContain('name="Hoạt động"');
    expect(workbook).toContain('name="Kinh phí"');
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('Hội nghị chuyên đề tại 5 xã dự án');
    const budget = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(budget).toContain('<v>23500000</v>');
  });

  it('converts to PDF when LibreOffice is installed (the message when it is not is a unit test)', async () => {
    const c = await t.as('admin');
    const plan = ((await c.get('/api/plans')).json().items as PlanSummaryDto[]).find(
      (p) => p.startYear === 2020 && !p.parentPlanId,
    )!;
    const res = await c.get(`/api/plans/${plan.id}/export?format=pdf`);
    if (findLibreOffice()) {
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    } else {
      expect(res.statusCode).toBe(503);
      expect(res.json().message).toContain('LibreOffice');
    }
  });
});
