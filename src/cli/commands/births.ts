import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { systemPrincipal } from '../../server/access/principal.ts';
import { LOCAL_FILE_LIMITS } from '../../server/files/upload-limits.ts';
import {
  type ImportProgress,
  importBirths,
  withdrawBatch,
} from '../../server/modules/births/births.service.ts';
import {
  DEFAULT_BIRTH_SIMULATION,
  importSimulatedBirths,
  simulateBirths,
  simulationSummaryVi,
} from '../../server/modules/births/births-simulate.ts';
import { AppError } from '../../shared/errors.ts';
import { withDatabase } from '../context.ts';
import { progressBar } from '../progress.ts';

/** One progress bar per stage of an import, on stderr. */
async function withImportProgress<T>(fn: (progress: ImportProgress) => Promise<T>): Promise<T> {
  let bar = progressBar('Đọc tệp');
  let stage = '';
  try {
    return await fn((s, done, total) => {
      if (s !== stage) {
        bar.stop();
        bar = progressBar(s);
        stage = s;
      }
      bar.update(done, total);
    });
  } finally {
    bar.stop();
  }
}

function integerOption(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new AppError('VALIDATION', { detail: `--${name} phải là số nguyên từ ${min} đến ${max}.` });
  return n;
}

function yearsOption(value: string): { fromYear: number; toYear: number } {
  const m = value.trim().match(/^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/);
  const [fromYear, toYear] = m ? [Number(m[1]), Number(m[2] ?? m[1])] : [0, 0];
  if (!m || fromYear < 2000 || toYear > 2100 || fromYear > toYear)
    throw new AppError('VALIDATION', {
      detail: `--years phải có dạng 2021-2026 (năm đầu không sau năm cuối), đang là "${value}".`,
    });
  return { fromYear, toYear };
}

export function registerBirths(program: Command): void {
  const births = program.command('births').description('Số liệu sinh');
  births
    .command('import')
    .description(
      'Nhập tệp số liệu sinh CSV/XLSX (tổng hợp theo xã hoặc từng trẻ đã bỏ định danh); tất cả hoặc không',
    )
    .argument('<tệp>', 'tệp .csv hoặc .xlsx')
    .action(async (file: string, _opts, cmd: Command) => {
      if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', { detail: `Không tìm thấy tệp ${file}.` });
      const batch = await withDatabase(cmd, (db) =>
        withImportProgress((progress) =>
          importBirths(
            db,
            systemPrincipal('cli'),
            { fileName: path.basename(file), content: fs.readFileSync(file) },
            progress,
            { limits: LOCAL_FILE_LIMITS },
          ),
        ),
      );
      process.stdout.write(`Đã nhập ${batch.births} trẻ từ ${batch.rowCount} dòng (lô ${batch.id}).\n`);
    });

  const d = DEFAULT_BIRTH_SIMULATION;
  births
    .command('simulate')
    .description(
      'Tạo số liệu sinh MÔ PHỎNG cho 75 xã, phường của Sơn La (khoảng 20.000 trẻ/năm, theo tháng và lần sinh; trước 01/07/2025 ghi theo mã xã cũ) và nhập thành một lô đánh dấu "mô phỏng"; không chạy lần hai khi lô mô phỏng trước chưa được rút',
    )
    .option('--seed <số>', 'hạt giống ngẫu nhiên: cùng hạt giống cho cùng số liệu', String(d.seed))
    .option('--years <từ-đến>', 'các năm mô phỏng', `${d.fromYear}-${d.toYear}`)
    .option('--last-month <tháng>', 'số tháng của năm cuối', String(d.lastMonth))
    .option(
      '--output <tệp.csv>',
      'chỉ ghi tệp CSV (dạng births import đọc được), không nhập vào cơ sở dữ liệu',
    )
    .action(
      async (opts: { seed: string; years: string; lastMonth: string; output?: string }, cmd: Command) => {
        const options = {
          seed: integerOption(opts.seed, 'seed', 0, 2 ** 32 - 1),
          ...yearsOption(opts.years),
          lastMonth: integerOption(opts.lastMonth, 'last-month', 1, 12),
        };
        const lines = await withDatabase(cmd, async (db) => {
          if (opts.output) {
            const simulation = await simulateBirths(db, options);
            fs.writeFileSync(opts.output, simulation.csv);
            return [
              ...simulationSummaryVi(simulation),
              `Đã ghi ${opts.output} (chưa nhập vào cơ sở dữ liệu).`,
            ];
          }
          const { batch, simulation } = await withImportProgress((progress) =>
            importSimulatedBirths(db, systemPrincipal('cli'), options, progress),
          );
          return [...simulationSummaryVi(simulation), `Đã nhập thành lô ${batch.id}.`];
        });
        process.stdout.write(`${lines.join('\n')}\n`);
      },
    );

  births
    .command('withdraw')
    .description('Rút một lô số liệu sinh (số liệu của lô không còn được tính; lô vẫn được lưu vết)')
    .argument('<mã lô>', 'mã lô, như in ra khi nhập')
    .action(async (id: string, _opts, cmd: Command) => {
      if (!/^[0-9a-f-]{36}$/i.test(id))
        throw new AppError('VALIDATION', { detail: `Mã lô "${id}" không hợp lệ.` });
      const batch = await withDatabase(cmd, (db) => withdrawBatch(db, systemPrincipal('cli'), id));
      process.stdout.write(`Đã rút lô ${batch.id} (${batch.fileName}, ${batch.births} trẻ).\n`);
    });
}
