import type { Command } from 'commander';
import { prepareDatabase } from '../../server/startup.ts';
import { configFrom, describeDatabase, type GlobalOptions } from '../context.ts';
import { printDemoAccounts } from './demo-accounts.ts';

export function registerDb(program: Command): void {
  const db = program.command('db').description('Cơ sở dữ liệu: cập nhật cấu trúc, dữ liệu mẫu');

  db.command('migrate')
    .description('Áp dụng các migration còn thiếu và nạp danh mục đơn vị hành chính')
    .action(async (_opts, cmd: Command) => {
      const config = configFrom(cmd.optsWithGlobals<GlobalOptions>());
      const { database, applied, referenceLoaded } = await prepareDatabase(config);
      await database.close();
      process.stdout.write(
        `${describeDatabase(config)}: đã áp dụng ${applied} migration` +
          (referenceLoaded.length ? `, đã nạp danh mục ${referenceLoaded.join(', ')}` : '') +
          '.\n',
      );
    });

  db.command('seed')
    .description('Tạo dữ liệu mẫu')
    .option('--demo', 'dữ liệu và tài khoản mẫu (bắt buộc: đây là loại dữ liệu mẫu duy nhất)')
    .action(async (opts: { demo?: boolean }, cmd: Command) => {
      if (!opts.demo) {
        process.stderr.write(
          'Hãy ghi rõ --demo: lệnh này chỉ tạo dữ liệu mẫu, không dùng cho dữ liệu thật.\n',
        );
        process.exitCode = 2;
        return;
      }
      const config = configFrom(cmd.optsWithGlobals<GlobalOptions>());
      const { database, demo } = await prepareDatabase(config, { demo: true });
      await database.close();
      printDemoAccounts(demo!, config.demoPassword);
    });
}
