import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/server/access/principal.ts';
import { readTable } from '../../src/server/files/read-table.ts';
import { UPLOAD_LIMITS } from '../../src/server/files/upload-limits.ts';
import { importBirths } from '../../src/server/modules/births/births.service.ts';
import { birthsTestApp } from '../helpers/births.ts';

// Every upload is bounded before and while it is parsed (issue 17, item 1): an XLSX whose sheet
// unpacks far past its size is refused from its zip directory, rows are counted while streaming,
// and the parse runs in a worker so the server keeps answering.

// Starts from no births, so the large file's months are free (one source per commune-month).
const app = birthsTestApp();

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sinh');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A real workbook whose first sheet is replaced by `rowCount` copies of one row. */
async function repeatedRowBomb(rowCount: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await workbook([['commune_code', 'date_of_birth', 'sex']]));
  const row = (r: number) =>
    `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>03646</t></is></c><c r="B${r}" t="inlineStr"><is><t>12/03/2024</t></is></c><c r="C${r}" t="inlineStr"><is><t>Nam</t></is></c></row>`;
  const parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'];
  parts.push(
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    '<row r="1"><c r="A1" t="inlineStr"><is><t>commune_code</t></is></c><c r="B1" t="inlineStr"><is><t>date_of_birth</t></is></c><c r="C1" t="inlineStr"><is><t>sex</t></is></c></row>',
  );
  for (let r = 2; r <= rowCount + 1; r++) parts.push(row(r));
  parts.push('</sheetData></worksheet>');
  zip.file('xl/worksheets/sheet1.xml', parts.join(''));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

const upload = app.upload;

describe('bounded parsing of uploads', () => {
  it('refuses an XLSX whose sheet unpacks past the limit from its zip directory, and imports nothing', async () => {
    // ~180 bytes a row: 700,000 rows unpack to ~125 MB from a zip of a few MB.
    const bomb = await repeatedRowBomb(700_000);
    expect(bomb.length).toBeLessThan(UPLOAD_LIMITS.maxBytes);
    const res = await upload('chicuc', 'bom.xlsx', bomb);
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toMatch(/khi giải nén nặng .* quá giới hạn 100 MB/);
    expect((await (await app.t.as('chicuc')).get('/api/births/imports')).json().items).not.toContainEqual(
      expect.objectContaining({ fileName: 'bom.xlsx' }),
    );
  }, 120_000);

  it('stops reading at the row limit: a bomb of one repeated row is not imported', async () => {
    const bomb = await repeatedRowBomb(3_000);
    const batches = async () =>
      (await (await app.t.as('chicuc')).get('/api/births/imports')).json().items.length;
    const before = await batches();
    const limits = { ...UPLOAD_LIMITS, maxRows: 2_000 };
    const err = await importBirths(
      app.t.database.db,
      systemPrincipal('test'),
      { fileName: 'mot-dong.xlsx', content: bomb },
      undefined,
      { limits },
    ).catch((e) => e);
    expect(err.code).toBe('PAYLOAD_TOO_LARGE');
    expect(err.message).toContain('hơn 2.000 dòng số liệu');
    expect(await batches()).toBe(before);
  }, 120_000);

  it('stops a parse that outlives its time limit (its worker is terminated)', async () => {
    const big = await repeatedRowBomb(20_000);
    const err = await readTable('cham.xlsx', big, { ...UPLOAD_LIMITS, parseTimeoutMs: 1 }).catch((e) => e);
    expect(err.code).toBe('PAYLOAD_TOO_LARGE');
    expect(err.message).toContain('Đọc tệp cham.xlsx quá');
    // The pool starts a new worker for the next file.
    expect(
      await readTable(
        'nho.xlsx',
        await workbook([
          ['a', 'b'],
          [1, 2],
        ]),
      ),
    ).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  }, 120_000);

  it('keeps answering /api/health while a large file is parsed', async () => {
    const rows: (string | number)[][] = [['commune_code', 'date_of_birth', 'sex']];
    for (let i = 0; i < 60_000; i++) rows.push(['03646', `${(i % 28) + 1}/03/2024`, i % 2 ? 'Nam' : 'Nữ']);
    const big = await workbook(rows);
    let importSettled = false;
    const importing = upload('chicuc', 'lon.xlsx', big).finally(() => {
      importSettled = true;
    });
    // Sequential health checks: each is answered while the import is still being read.
    let answeredDuringImport = 0;
    for (let i = 0; i < 3; i++) {
      const health = await app.t.anonymous().get('/api/health');
      expect(health.statusCode).toBe(200);
      if (!importSettled) answeredDuringImport++;
    }
    expect(answeredDuringImport).toBe(3);
    const res = await importing;
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().births).toBe(60_000);
  }, 120_000);
});
