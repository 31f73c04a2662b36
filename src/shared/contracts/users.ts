import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PASSWORD_TOO_SHORT } from '../password-rules.ts';
import { ROLES } from '../roles.ts';
import { versionField } from './common.ts';

export const usernameField = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9._-]{2,64}$/,
    'Tên đăng nhập gồm 2–64 ký tự: chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang',
  );

export const userDto = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  isDemo: z.boolean(),
  lastLoginAt: z.string().nullable(),
  version: z.number(),
  /** May the caller edit, deactivate and reset this account (delegated administration)? */
  manageable: z.boolean(),
});
export type UserDto = z.infer<typeof userDto>;

export const createUserInput = z.object({
  username: usernameField,
  displayName: z.string().trim().min(1, 'Hãy nhập họ và tên').max(200),
  password: z.string().min(MIN_PASSWORD_LENGTH, PASSWORD_TOO_SHORT).max(MAX_PASSWORD_LENGTH),
  role: z.enum(ROLES),
  organisationId: z.string().uuid('Cơ quan, đơn vị không hợp lệ').nullable(),
  email: z.string().trim().email('Thư điện tử không hợp lệ').nullable().optional(),
  phone: z.string().trim().max(30).nullable().optional(),
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z.object({
  version: versionField,
  displayName: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES).optional(),
  organisationId: z.string().uuid('Cơ quan, đơn vị không hợp lệ').nullable().optional(),
  email: z.string().trim().email('Thư điện tử không hợp lệ').nullable().optional(),
  phone: z.string().trim().max(30).nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const resetPasswordInput = z.object({
  password: z.string().min(MIN_PASSWORD_LENGTH, PASSWORD_TOO_SHORT).max(MAX_PASSWORD_LENGTH),
});

export const userListQuery = z.object({
  q: z.string().optional(),
  organisationId: z.string().uuid().optional(),
  role: z.enum(ROLES).optional(),
});

/** An accounts table (XLSX or CSV, base64) to import: all or nothing. */
export const importUsersInput = z.object({
  fileName: z.string().min(1).max(200),
  contentBase64: z.string().min(1),
});

/** The accounts created, and their one-time passwords as a workbook (the only copy). */
export const importUsersResult = z.object({
  users: z.array(
    z.object({
      username: z.string(),
      displayName: z.string(),
      role: z.enum(ROLES),
      organisationName: z.string(),
      email: z.string().nullable(),
    }),
  ),
  passwordsFileName: z.string(),
  passwordsXlsxBase64: z.string(),
});
export type ImportUsersResult = z.infer<typeof importUsersResult>;
