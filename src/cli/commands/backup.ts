import type { Command } from 'commander';
import { readBackupHeader, restoreBackup, writeBackup } from '../../server/db/backup.ts';
import { openDatabase } from '../../server/db/client.ts';
import { migrateDatabase } from '../../server/db/migrate.ts';
import { prepareDatabase } from '../../server/startup.ts';
import { configFrom, describeDatabase, type GlobalOptions } from '../context.ts';
import { progressBar } from '../progress.ts';

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('Sao lưu toàn bộ dữ liệu vào một tệp (.jsonl.gz, dùng được cho cả PGlite và PostgreSQL)')
    .argument('<tệp>', 'tệp sao lưu sẽ tạo, ví dụ canbang-2026-11-23.jsonl.gz')
    .action(async (file: string, _opts, cmd: Command) => {
      const config = configFrom(cmd.optsWithGlobals<GlobalOptions>());
      const { database } = await prepareDatabase(config);
      const bar = progressBar('Sao lưu');
      try {
        const header = await writeBackup(database.db, file, bar.update);
        bar.stop();
        const total = header.tables.reduce((s, t) => s + t.rows, 0);
        process.stdout.write(
          `Đã sao lưu ${total} dòng của ${header.tables.length} bảng từ ${describeDatabase(config)} vào ${file}.\n`,
        );
      } finally {
        bar.stop();
        await database.close();
      }
    });

  program
    .command('restore')
    .description('Khôi phục dữ liệu từ tệp sao lưu (tất cả hoặc không gì cả)')
    .argument('<tệp>', 'tệp sao lưu')
    .option('--replace', 'xóa dữ liệu hiện có của cơ sở dữ liệu đích trước khi khôi phục')
    .action(async (file: string, opts: { replace?: boolean }, cmd: Command) => {
      const config = configFrom(cmd.optsWithGlobals<GlobalOptions>());
      await readBackupHeader(file);
      // Only the structure: reference data come from the backup itself.
      const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      const bar = progressBar('Khôi phục');
      try {
        await migrateDatabase(database);
        const header = await restoreBackup(database.db, file, {
          replace: opts.replace,
          progress: bar.update,
        });
        bar.stop();
        const total = header.tables.reduce((s, t) => s + t.rows, 0);
        process.stdout.write(
          `Đã khôi phục ${total} dòng (bản sao lưu lúc ${header.createdAt}) vào ${describeDatabase(config)}.\n`,
        );
      } finally {
        bar.stop();
        await database.close();
      }
    });
}
