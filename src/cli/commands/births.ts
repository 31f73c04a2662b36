import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { systemPrincipal } from '../../server/access/principal.ts';
import { importBirths } from '../../server/modules/births/births.service.ts';
import { prepareDatabase } from '../../server/startup.ts';
import { AppError } from '../../shared/errors.ts';
import { configFrom, type GlobalOptions } from '../context.ts';
import { progressBar } from '../progress.ts';

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
      const { database } = await prepareDatabase(configFrom(cmd.optsWithGlobals<GlobalOptions>()));
      let bar = progressBar('Đọc tệp');
      let stage = '';
      try {
        const batch = await importBirths(
          database.db,
          systemPrincipal('cli'),
          { fileName: path.basename(file), content: fs.readFileSync(file) },
          (s, done, total) => {
            if (s !== stage) {
              bar.stop();
              bar = progressBar(s);
              stage = s;
            }
            bar.update(done, total);
          },
        );
        bar.stop();
        process.stdout.write(`Đã nhập ${batch.births} trẻ từ ${batch.rowCount} dòng (lô ${batch.id}).\n`);
      } finally {
        bar.stop();
        await database.close();
      }
    });
}
