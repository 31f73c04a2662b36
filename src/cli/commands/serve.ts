import type { Command } from 'commander';
import { startServer } from '../../server/main.ts';
import { configFrom, describeDatabase, type GlobalOptions } from '../context.ts';
import { buildWebIfStale } from '../web-build.ts';
import { printDemoAccounts } from './demo-accounts.ts';

const SHUTDOWN_GRACE_MS = 15_000;

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Chạy máy chủ web (mặc định http://localhost:3000)')
    .option('--demo', 'tạo dữ liệu và tài khoản mẫu nếu chưa có (không bao giờ dùng cho dữ liệu thật)')
    .option('--build-web', 'build giao diện web nếu chưa có hoặc đã cũ')
    .action(async (opts: { demo?: boolean; buildWeb?: boolean }, cmd: Command) => {
      const config = configFrom(cmd.optsWithGlobals<GlobalOptions>());
      if (opts.buildWeb) await buildWebIfStale(config.webDist);
      process.stderr.write(`Cơ sở dữ liệu: ${describeDatabase(config)}\n`);
      const server = await startServer(config, { demo: opts.demo, logger: { level: config.logLevel } });
      if (server.demo) printDemoAccounts(server.demo, config.demoPassword);
      process.stderr.write(`\nCân Bằng đang chạy tại ${server.url}  (Ctrl+C để dừng)\n`);
      const stop = async (signal: string) => {
        process.stderr.write(`\nNhận ${signal}: đang đóng máy chủ và cơ sở dữ liệu…\n`);
        // A request stuck on a write that never returns (a full disk under PGlite) must not keep
        // the process alive: after the grace period it exits anyway; a second signal at once.
        setTimeout(() => {
          process.stderr.write(`Chưa đóng xong sau ${SHUTDOWN_GRACE_MS / 1000} giây: dừng hẳn.\n`);
          process.exit(1);
        }, SHUTDOWN_GRACE_MS).unref();
        process.once(signal, () => process.exit(1));
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
}
