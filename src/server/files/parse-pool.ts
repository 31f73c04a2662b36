import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../shared/errors.ts';
import { formatNumberVi } from '../../shared/format/index.ts';
import type { ParseAnswer, ParseJob } from './parse-worker.ts';
import { tooManyRows, type UploadLimits } from './upload-limits.ts';

// Parsing a spreadsheet is CPU work that would stop the event loop (and so every other user,
// /api/health included) for as long as it takes. It runs here, in worker threads: at most
// PARSE_CONCURRENCY files at once (the others wait their turn), each with a heap limit and a
// time limit after which its worker is terminated. Idle workers are kept for the next file
// (starting one costs a few hundred milliseconds) and never keep the process alive.

export const PARSE_CONCURRENCY = 2;

interface Slot {
  worker: Worker;
  heapMb: number;
  busy: boolean;
}

const slots: Slot[] = [];
const waiting: (() => void)[] = [];
let running = 0;
let nextId = 1;

function startWorker(heapMb: number): Slot {
  const worker = new Worker(new URL('./parse-worker-boot.js', import.meta.url), {
    workerData: { entry: new URL('./parse-worker.ts', import.meta.url).href },
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  worker.unref();
  const slot: Slot = { worker, heapMb, busy: false };
  worker.once('exit', () => forget(slot));
  slots.push(slot);
  return slot;
}

function forget(slot: Slot): void {
  const i = slots.indexOf(slot);
  if (i >= 0) slots.splice(i, 1);
}

async function turn(): Promise<void> {
  if (running < PARSE_CONCURRENCY) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/** Reads a table in a worker thread within the limits. */
export async function parseInWorker(
  fileName: string,
  content: Buffer,
  limits: UploadLimits,
): Promise<string[][]> {
  await turn();
  const slot =
    slots.find((s) => !s.busy && s.heapMb === limits.workerHeapMb) ?? startWorker(limits.workerHeapMb);
  slot.busy = true;
  const id = nextId++;
  try {
    const answer = await new Promise<ParseAnswer>((resolve, reject) => {
      const timer = setTimeout(() => {
        done();
        forget(slot);
        void slot.worker.terminate();
        reject(
          new AppError('PAYLOAD_TOO_LARGE', {
            detail: `Đọc tệp ${fileName} quá ${formatNumberVi(limits.parseTimeoutMs / 1000)} giây nên đã dừng. Hãy chia tệp thành nhiều phần hoặc lưu dưới dạng CSV.`,
          }),
        );
      }, limits.parseTimeoutMs);
      const done = () => {
        clearTimeout(timer);
        slot.worker.off('message', onMessage);
        slot.worker.off('error', onError);
        slot.worker.off('exit', onExit);
      };
      const onMessage = (a: ParseAnswer) => {
        if (a.id !== id) return;
        done();
        resolve(a);
      };
      const onError = (err: Error & { code?: string }) => {
        done();
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppError('PAYLOAD_TOO_LARGE', {
                detail: `Tệp ${fileName} cần quá nhiều bộ nhớ để đọc. Hãy chia tệp thành nhiều phần.`,
              })
            : new AppError('INTERNAL', { cause: err }),
        );
      };
      const onExit = () => {
        done();
        reject(new AppError('INTERNAL', { detail: `Việc đọc tệp ${fileName} bị dừng giữa chừng.` }));
      };
      slot.worker.on('message', onMessage);
      slot.worker.once('error', onError);
      slot.worker.once('exit', onExit);
      slot.worker.ref();
      const job: ParseJob = { id, fileName, content, maxRows: limits.maxRows };
      slot.worker.postMessage(job);
    });
    if ('rows' in answer) return answer.rows;
    if ('tooManyRows' in answer) throw tooManyRows(fileName, limits);
    throw new AppError(answer.error.code as ErrorCode, { detail: answer.error.detail });
  } finally {
    slot.busy = false;
    slot.worker.unref();
    release();
  }
}
