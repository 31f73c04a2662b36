import { parseInWorker } from './parse-pool.ts';
import { parseTable, TooManyRows } from './parse-table.ts';
import { checkUpload, tooManyRows, UPLOAD_LIMITS, type UploadLimits } from './upload-limits.ts';

// Every import (births, facilities, activity records, denominators) reads its CSV or XLSX here:
// rows of trimmed strings, the first sheet of a workbook, dates as ISO days. The file is checked
// against the limits before anything is parsed, then parsed in a worker thread (parse-pool.ts).

export async function readTable(
  fileName: string,
  content: Buffer,
  limits: UploadLimits = UPLOAD_LIMITS,
): Promise<string[][]> {
  checkUpload(fileName, content, limits);
  const rows = limits.inline
    ? await parseTable(fileName, content, limits.maxRows).catch((err) => {
        throw err instanceof TooManyRows ? tooManyRows(fileName, limits) : err;
      })
    : await parseInWorker(fileName, content, limits);
  return rows;
}
