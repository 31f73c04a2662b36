import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors.ts';

// Every import (births, facilities, activity records, denominators) reads its CSV or XLSX here:
// rows of trimmed strings, the first sheet of a workbook, dates as ISO days.

export async function readTable(fileName: string, content: Buffer): Promise<string[][]> {
  if (/\.xlsx$/i.test(fileName)) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw new AppError('VALIDATION', { detail: `Không đọc được ${fileName} như tệp Excel (.xlsx).` });
    }
    const ws = wb.worksheets[0];
    if (!ws) throw new AppError('VALIDATION', { detail: `${fileName} không có trang tính nào.` });
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const values = (row.values as unknown[]).slice(1).map((v) => {
        if (v instanceof Date) return v.toISOString().slice(0, 10);
        if (v && typeof v === 'object' && 'result' in (v as object))
          return String((v as { result: unknown }).result ?? '');
        return v == null ? '' : String(v).trim();
      });
      rows.push(values);
    });
    return rows.filter((r) => r.some((c) => c !== ''));
  }
  try {
    return parse(content.toString('utf8').replace(/^\uFEFF/, ''), {
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (err) {
    throw new AppError('VALIDATION', {
      detail: `Không đọc được ${fileName} như tệp CSV: ${(err as Error).message}`,
    });
  }
}
