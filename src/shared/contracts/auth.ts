import { z } from 'zod';
import { ADMIN_LEVELS } from '../admin-levels.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PASSWORD_TOO_SHORT } from '../password-rules.ts';
import { ROLES } from '../roles.ts';

export const loginInput = z.object({
  username: z.string().trim().min(1, 'Hãy nhập tên đăng nhập').max(64),
  password: z.string().min(1, 'Hãy nhập mật khẩu').max(256),
});

export const meDto = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  /** The unit's level: 'commune' is a Trạm Y tế, whose pages open on its own forms (issue 16). */
  unitLevel: z.enum(ADMIN_LEVELS).nullable(),
  provinceCode: z.string().nullable(),
  csrfToken: z.string(),
  /** Signed in with a one-time password: the app shows only the password change. */
  mustChangePassword: z.boolean(),
  /** The server can make PDFs (LibreOffice found): the app offers "PDF" only then. */
  pdf: z.boolean(),
});
export type MeDto = z.infer<typeof meDto>;

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, 'Hãy nhập mật khẩu hiện tại'),
  newPassword: z.string().min(MIN_PASSWORD_LENGTH, PASSWORD_TOO_SHORT).max(MAX_PASSWORD_LENGTH),
});
