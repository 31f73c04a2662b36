import { parentPort } from 'node:worker_threads';
import { AppError } from '../../shared/errors.ts';
import { parseTable, TooManyRows } from './parse-table.ts';

// The parse worker: reads one file at a time for the pool (parse-pool.ts) and answers with the
// rows or with the error to show. Errors travel as { code, detail } (classes do not cross threads).

export interface ParseJob {
  id: number;
  fileName: string;
  content: Uint8Array;
  maxRows: number;
}

export type ParseAnswer =
  | { id: number; rows: string[][] }
  | { id: number; error: { code: string; detail?: string } }
  | { id: number; tooManyRows: true };

parentPort!.on('message', async (job: ParseJob) => {
  let answer: ParseAnswer;
  try {
    const content = Buffer.from(job.content.buffer, job.content.byteOffset, job.content.byteLength);
    answer = { id: job.id, rows: await parseTable(job.fileName, content, job.maxRows) };
  } catch (err) {
    if (err instanceof TooManyRows) answer = { id: job.id, tooManyRows: true };
    else if (err instanceof AppError) answer = { id: job.id, error: { code: err.code, detail: err.message } };
    else
      answer = { id: job.id, error: { code: 'VALIDATION', detail: `Không đọc được tệp ${job.fileName}.` } };
  }
  parentPort!.postMessage(answer);
});
