import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '../server/version.ts';
import { isAppError } from '../shared/errors.ts';
import { registerAudit } from './commands/audit.ts';
import { registerBackup } from './commands/backup.ts';
import { registerBirths } from './commands/births.ts';
import { registerDb } from './commands/db.ts';
import { registerPlan } from './commands/plan.ts';
import { registerProvince } from './commands/province.ts';
import { registerServe } from './commands/serve.ts';
import { registerSrb } from './commands/srb.ts';
import { registerUsers } from './commands/users.ts';

const program = new Command('canbang')
  .description('Cân Bằng — kế hoạch, hoạt động và giám sát mất cân bằng giới tính khi sinh')
  .version(APP_VERSION)
  .option(
    '--data-dir <thư mục>',
    'thư mục dữ liệu PGlite (mặc định ./data hoặc CANBANG_DATA_DIR); bỏ qua khi có DATABASE_URL',
  )
  .option('--port <cổng>', 'cổng HTTP (mặc định 3000 hoặc PORT)')
  .showHelpAfterError()
  .addHelpText(
    'after',
    '\nBiến môi trường: DATABASE_URL (máy chủ PostgreSQL), CANBANG_DATA_DIR, PORT, HOST, CANBANG_DEMO_PASSWORD, CANBANG_TRUSTED_PROXIES, SMTP_URL, LOG_LEVEL.',
  );

registerServe(program);
registerDb(program);
registerUsers(program);
registerBackup(program);
registerAudit(program);
registerPlan(program);
registerSrb(program);
registerBirths(program);
registerProvince(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  if (isAppError(err)) {
    process.stderr.write(`Lỗi: ${err.message}\n`);
    for (const issue of err.issues ?? [])
      process.stderr.write(`  - ${issue.path.join('.')}: ${issue.message}\n`);
  } else {
    process.stderr.write(`Lỗi không mong đợi: ${(err as Error)?.stack ?? err}\n`);
  }
  process.exit(1);
}
