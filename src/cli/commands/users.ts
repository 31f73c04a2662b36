import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { systemPrincipal } from '../../server/access/principal.ts';
import type { Db } from '../../server/db/client.ts';
import { organisations } from '../../server/db/schema/index.ts';
import { oneTimePasswordsXlsx } from '../../server/documents/one-time-passwords-xlsx.ts';
import { LOCAL_FILE_LIMITS } from '../../server/files/upload-limits.ts';
import { generatePassword } from '../../server/modules/users/passwords.ts';
import { createUser, setPasswordAsSystem } from '../../server/modules/users/users.service.ts';
import { importUsers } from '../../server/modules/users/users-import.ts';
import { AppError } from '../../shared/errors.ts';
import { ROLES, type Role } from '../../shared/roles.ts';
import { foldVietnamese } from '../../shared/text/index.ts';
import { withDatabase } from '../context.ts';

/** The CLI is run by whoever runs the server: it acts as the system administrator. */
const SYSTEM = systemPrincipal('cli');

async function findOrganisation(db: Db, ref: string): Promise<string> {
  if (/^[0-9a-f-]{36}$/i.test(ref)) return ref;
  const all = await db.select({ id: organisations.id, name: organisations.name }).from(organisations);
  const needle = foldVietnamese(ref);
  const exact = all.filter((o) => foldVietnamese(o.name) === needle);
  const found = exact.length ? exact : all.filter((o) => foldVietnamese(o.name).includes(needle));
  if (found.length === 1) return found[0].id;
  if (!found.length)
    throw new AppError('VALIDATION', { detail: `Không có cơ quan nào tên "${ref}" (--organisation).` });
  throw new AppError('VALIDATION', {
    detail: `Có ${found.length} cơ quan khớp "${ref}": ${found
      .slice(0, 5)
      .map((o) => o.name)
      .join('; ')}${found.length > 5 ? '…' : ''}. Hãy ghi đầy đủ tên hoặc mã (UUID).`,
  });
}

export function registerUsers(program: Command): void {
  const users = program.command('users').description('Tài khoản người dùng');

  users
    .command('add')
    .description('Tạo tài khoản')
    .requiredOption('--username <tên>', 'tên đăng nhập (chữ không dấu, số, . _ -)')
    .requiredOption('--name <họ tên>', 'họ và tên hiển thị')
    .requiredOption('--role <vai trò>', `vai trò: ${ROLES.join(', ')}`)
    .option('--organisation <tên hoặc mã>', 'cơ quan, đơn vị (bắt buộc trừ vai trò admin)')
    .option('--password <mật khẩu>', 'mật khẩu (nếu bỏ trống: tạo ngẫu nhiên và in ra)')
    .action(
      async (
        opts: { username: string; name: string; role: string; organisation?: string; password?: string },
        cmd: Command,
      ) => {
        if (!ROLES.includes(opts.role as Role))
          throw new AppError('VALIDATION', {
            detail: `Vai trò "${opts.role}" không hợp lệ. Chọn một trong: ${ROLES.join(', ')}.`,
          });
        await withDatabase(cmd, async (db) => {
          const organisationId = opts.organisation ? await findOrganisation(db, opts.organisation) : null;
          const password = opts.password ?? generatePassword();
          const user = await createUser(db, SYSTEM, {
            username: opts.username.trim().toLowerCase(),
            displayName: opts.name,
            role: opts.role as Role,
            organisationId,
            password,
          });
          process.stdout.write(
            `Đã tạo tài khoản ${user.username} (${opts.role}${user.organisationName ? `, ${user.organisationName}` : ''}).\n`,
          );
          if (!opts.password) process.stdout.write(`Mật khẩu: ${password}\n`);
        });
      },
    );

  users
    .command('reset-password')
    .description('Đặt lại mật khẩu (mọi phiên đăng nhập của người đó kết thúc)')
    .argument('<username>', 'tên đăng nhập')
    .option('--password <mật khẩu>', 'mật khẩu mới (nếu bỏ trống: tạo ngẫu nhiên và in ra)')
    .action(async (username: string, opts: { password?: string }, cmd: Command) => {
      await withDatabase(cmd, async (db) => {
        const password = opts.password ?? generatePassword();
        await setPasswordAsSystem(db, username, password);
        process.stdout.write(`Đã đặt lại mật khẩu cho ${username.toLowerCase()}.\n`);
        if (!opts.password) process.stdout.write(`Mật khẩu mới: ${password}\n`);
      });
    });

  users
    .command('import')
    .description(
      'Nhập tài khoản từ tệp XLSX/CSV (cột Tên đăng nhập, Họ tên, Vai trò, Cơ quan, Thư điện tử); tất cả hoặc không; mỗi tài khoản mới có một mật khẩu dùng một lần, ghi ra tệp XLSX',
    )
    .argument('<tệp>', 'tệp .xlsx hoặc .csv')
    .option('--output <tệp.xlsx>', 'tệp ghi mật khẩu dùng một lần (mặc định: <tệp>-mat-khau.xlsx)')
    .action(async (file: string, opts: { output?: string }, cmd: Command) => {
      if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', { detail: `Không tìm thấy tệp ${file}.` });
      const output = opts.output ?? file.replace(/\.(xlsx|csv)$/i, '') + '-mat-khau.xlsx';
      if (fs.existsSync(output))
        throw new AppError('VALIDATION', {
          detail: `Tệp ${output} đã có; hãy xóa hoặc chọn tệp khác (--output) để không ghi đè mật khẩu cũ.`,
        });
      const made = await withDatabase(cmd, (db) =>
        importUsers(
          db,
          SYSTEM,
          { fileName: path.basename(file), content: fs.readFileSync(file) },
          { limits: LOCAL_FILE_LIMITS },
        ),
      );
      fs.writeFileSync(output, await oneTimePasswordsXlsx(made), { mode: 0o600 });
      process.stdout.write(
        `Đã tạo ${made.length} tài khoản: ${made.map((u) => u.username).join(', ')}.\n` +
          `Mật khẩu dùng một lần ghi ở ${output}: mỗi mật khẩu đăng nhập được một lần và phải đổi ngay; hãy giao riêng cho từng người rồi xóa tệp.\n`,
      );
    });
}
