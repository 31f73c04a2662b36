import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors.ts';
import { decodeText, detectSeparator } from './decode-text.ts';

// The reading itself, as rows of trimmed strings (the first sheet of a workbook, dates as ISO
// days, empty rows left out). It streams and stops at the first row past `maxRows`, so a file of
// millions of rows never sits whole in memory. It runs in the parse worker (parse-pool.ts).

export class TooManyRows extends Error {}

function cell(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v && typeof v === 'object') {
    if ('result' in v) return String((v as { result: unknown }).result ?? '').trim();
    if ('richText' in v)
      return (v as { richText: { text: string }[] }).richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('text' in v) return String((v as { text: unknown }).text ?? '').trim();
  }
  return v == null ? '' : String(v).trim();
}

async function readXlsx(fileName: string, content: Buffer, maxRows: number): Promise<string[][]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const rows: string[][] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = ((row.values as unknown[]) ?? []).slice(1).map(cell);
        for (let i = 0; i < values.length; i++) values[i] ??= '';
        if (!values.some((c) => c !== '')) continue;
        rows.push(values);
        if (rows.length > maxRows + 1) throw new TooManyRows();
      }
      break; // the first sheet only
    }
  } catch (err) {
    if (err instanceof TooManyRows) throw err;
    throw new AppError('VALIDATION', { detail: `Không đọc được ${fileName} như tệp Excel (.xlsx).` });
  }
  return rows;
}

async function readCsv(fileName: string, content: Buffer, maxRows: number): Promise<string[][]> {
  const text = decodeText(fileName, content);
  const rows: string[][] = [];
  const parser = Readable.from([text]).pipe(
    parse({
      delimiter: detectSeparator(text),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      bom: true,
    }),
  );
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!record.some((c) => c !== '')) continue;
      rows.push(record);
      if (rows.length > maxRows + 1) {
        parser.destroy();
        throw new TooManyRows();
      }
    }
  } catch (err) {
    if (err instanceof TooManyRows) throw err;
    throw new AppError('VALIDATION', {
      detail: `Không đọc được ${fileName} như tệp CSV: ${(err as Error).message}`,
    });
  }
  return rows;
}

export function parseTable(fileName: string, content: Buffer, maxRows: number): Promise<string[][]> {
  return /\.xlsx$/i.test(fileName)
    ? readXlsx(fileName, content, maxRows)
    : readCsv(fileName, content, maxRows);
}
