import type { Command } from 'commander';
import { type ChainReport, describeChain, verifyAudit } from '../../server/modules/audit/audit-chain.ts';
import { configFrom, type GlobalOptions, withDatabase } from '../context.ts';
import { askServer, connectToServer } from '../control-client.ts';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('Nhật ký thay đổi');
  audit
    .command('verify')
    .description(
      'Kiểm tra chuỗi băm của nhật ký: dòng nào đã bị sửa, xóa sau khi niêm phong (mã thoát 1 nếu chuỗi gãy)',
    )
    .option('--json', 'in kết quả dạng JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const config = configFrom(cmd.optsWithGlobals<GlobalOptions>());
      const socket = config.databaseUrl ? null : await connectToServer(config.dataDir);
      let report: ChainReport;
      if (socket) {
        try {
          report = (await askServer(socket, { op: 'audit-verify' })).report as ChainReport;
        } finally {
          socket.destroy();
        }
      } else {
        report = await withDatabase(cmd, verifyAudit);
      }
      process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${describeChain(report)}\n`);
      if (!report.ok) process.exitCode = 1;
    });
}
