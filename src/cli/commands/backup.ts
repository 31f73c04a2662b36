import fs from 'node:fs';
import type net from 'node:net';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import {
  type BackupHeader,
  checkBackupFile,
  readBackupHeader,
  restoreBackup,
  writeBackup,
} from '../../server/db/backup.ts';
import { openDatabase } from '../../server/db/client.ts';
import { migrateDatabase } from '../../server/db/migrate.ts';
import { describeChain, sealAudit, verifyAudit } from '../../server/modules/audit/audit-chain.ts';
import { prepareDatabase } from '../../server/startup.ts';
import { configFrom, describeDatabase, type GlobalOptions } from '../context.ts';
import { askServer, connectToServer } from '../control-client.ts';
import { progressBar } from '../progress.ts';

/** The running PGlite server makes the backup (one consistent snapshot); we write the file, 0600. */
async function backupThroughServer(socket: net.Socket, file: string): Promise<BackupHeader> {
  const partial = `${file}.part`;
  fs.rmSync(partial, { force: true });
  try {
    await askServer(socket, { op: 'backup' });
    await pipeline(socket, fs.createWriteStream(partial, { mode: 0o600, flags: 'wx' }));
    const header = await checkBackupFile(partial);
    fs.chmodSync(partial, 0o600);
    fs.renameSync(partial, file);
    return header;
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  } finally {
    socket.destroy();
  }
}

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description(
      'Sao lưu toàn bộ dữ liệu vào một tệp (.jsonl.gz, chỉ chủ tệp đọc được; dùng được cho cả PGlite và PostgreSQL), kể cả khi máy chủ đang chạy',
    )
    .argument('<tệp>', 'tệp sao lưu sẽ tạo, ví dụ canbang-2026-11-23.jsonl.gz')
    .action(async (file: string, _opts, cmd: Command) => {
      const config = configFrom(cmd.optsWithGlobals<GlobalOptions>());
      const report = (header: BackupHeader, how: string) => {
        const total = header.tables.reduce((s, t) => s + t.rows, 0);
        process.stdout.write(
          `Đã sao lưu ${total} dòng của ${header.tables.length} bảng từ ${describeDatabase(config)}${how} vào ${file}.\n`,
        );
      };
      // PGlite in use by a running server: the server makes it. PostgreSQL: a repeatable-read
      // snapshot of our own, whether or not servers are running.
      const socket = config.databaseUrl ? null : await connectToServer(config.dataDir);
      if (socket) {
        report(await backupThroughServer(socket, file), ' (qua máy chủ đang chạy)');
        return;
      }
      const { database } = await prepareDatabase(config);
      const bar = progressBar('Sao lưu');
      try {
        await sealAudit(database.db);
        const header = await writeBackup(database.db, file, bar.update);
        bar.stop();
        report(header, '');
      } finally {
        bar.stop();
        await database.close();
      }
    });

  program
    .command('restore')
    .description(
      'Khôi phục dữ liệu từ tệp sao lưu (tất cả hoặc không gì cả), rồi kiểm tra chuỗi băm của nhật ký',
    )
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
          `Đã khôi phục ${total} dòng (bản sao lưu lúc ${header.createdAt}) vào ${describeDatabase(config)}. Mọi người cần đăng nhập lại.\n`,
        );
        // The audit log came from a file: say whether it is the log that was sealed, or where not.
        process.stdout.write(`${describeChain(await verifyAudit(database.db))}\n`);
      } finally {
        bar.stop();
        await database.close();
      }
    });
}
