import fs from 'node:fs';
import type { Command } from 'commander';
import { parseSrbCsv } from '../../server/stats/srb/csv-input.ts';
import { estimateSrb } from '../../server/stats/srb/estimate.ts';
import type { SrbSettings } from '../../server/stats/srb/settings.ts';
import { AppError } from '../../shared/errors.ts';

function numberOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new AppError('VALIDATION', { detail: `--${name} phải là số từ ${min} đến ${max}.` });
  return n;
}

export function registerSrb(program: Command): void {
  const srb = program.command('srb').description('Tỷ số giới tính khi sinh');
  srb
    .command('estimate')
    .description(
      'Ước lượng SRB từ tệp CSV area_code,year,boys,girls[,parent_code][,birth_order]; in JSON (không ghi gì vào cơ sở dữ liệu)',
    )
    .requiredOption('--input <tệp>', 'tệp CSV')
    .option('--window <số năm>', 'số năm gộp, tính đến năm cuối của dữ liệu (mặc định 3)')
    .option('--threshold <SRB>', 'ngưỡng để tính P(SRB > ngưỡng) (mặc định 106)')
    .option('--reference <SRB>', 'mức tự nhiên tham chiếu (mặc định 105)')
    .action((opts: { input: string; window?: string; threshold?: string; reference?: string }) => {
      if (!fs.existsSync(opts.input))
        throw new AppError('NOT_FOUND', { detail: `Không tìm thấy tệp ${opts.input}.` });
      const settings: Partial<SrbSettings> = {};
      const window = numberOption(opts.window, 'window', 1, 20);
      const threshold = numberOption(opts.threshold, 'threshold', 90, 150);
      const reference = numberOption(opts.reference, 'reference', 90, 150);
      if (window) settings.window = Math.round(window);
      if (threshold) settings.threshold = threshold;
      if (reference) settings.reference = reference;
      const rows = parseSrbCsv(fs.readFileSync(opts.input, 'utf8'));
      process.stdout.write(`${JSON.stringify(estimateSrb(rows, settings), null, 2)}\n`);
    });
}
