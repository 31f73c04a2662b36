import ExcelJS from 'exceljs';

/** A one-sheet workbook of `rows` (the first is the heading), as an import would receive it. */
export async function xlsxOf(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The rows of a workbook's first sheet, as strings. */
export async function rowsOfXlsx(content: Buffer | ArrayBuffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) =>
    rows.push(((row.values as unknown[]) ?? []).slice(1).map((v) => (v == null ? '' : String(v)))),
  );
  return rows;
}
