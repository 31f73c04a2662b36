import ExcelJS from 'exceljs';
import { formatDateTimeVi } from '../../shared/format/index.ts';
import { ROLE_LABELS } from '../../shared/roles.ts';
import type { ImportedUser } from '../modules/users/users-import.ts';

/** The one-time passwords of imported accounts, for the administrator to hand out one by one. */
export async function oneTimePasswordsXlsx(made: ImportedUser[], now = new Date()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cân Bằng';
  const ws = wb.addWorksheet('Mật khẩu dùng một lần');
  ws.addRow([
    `Mật khẩu dùng một lần của ${made.length} tài khoản mới, lập lúc ${formatDateTimeVi(now)}. Mỗi mật khẩu chỉ đăng nhập được một lần và phải đổi ngay; hãy giao riêng cho từng người rồi xóa tệp này.`,
  ]).font = { bold: true };
  ws.addRow([]);
  ws.addRow(['Tên đăng nhập', 'Họ tên', 'Vai trò', 'Cơ quan', 'Thư điện tử', 'Mật khẩu dùng một lần']).font =
    {
      bold: true,
    };
  for (const u of made)
    ws.addRow([
      u.username,
      u.displayName,
      ROLE_LABELS[u.role].vi,
      u.organisationName,
      u.email ?? '',
      u.password,
    ]);
  ws.columns.forEach((c, i) => {
    c.width = [18, 28, 22, 40, 28, 24][i];
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
