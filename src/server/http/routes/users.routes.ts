import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOf, okBody } from '../../../shared/contracts/common.ts';
import {
  createUserInput,
  importUsersInput,
  importUsersResult,
  resetPasswordInput,
  updateUserInput,
  userDto,
  userListQuery,
} from '../../../shared/contracts/users.ts';
import { MANAGER_ROLES } from '../../../shared/roles.ts';
import { oneTimePasswordsXlsx } from '../../documents/one-time-passwords-xlsx.ts';
import {
  createUser,
  getUser,
  listUsers,
  resetPassword,
  updateUser,
} from '../../modules/users/users.service.ts';
import { importUsers } from '../../modules/users/users-import.ts';
import { principalOf } from '../auth.ts';

const idParams = z.object({ id: z.string().uuid('Mã người dùng không hợp lệ') });

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const access = { access: MANAGER_ROLES };

  app.get(
    '/api/users',
    {
      config: access,
      schema: {
        tags: ['users'],
        summary: 'Người dùng trong phạm vi quản lý',
        querystring: userListQuery,
        response: { 200: listOf(userDto) },
      },
    },
    async (req) => ({ items: await listUsers(db(), principalOf(req), req.query) }),
  );

  app.get(
    '/api/users/:id',
    { config: access, schema: { tags: ['users'], params: idParams, response: { 200: userDto } } },
    async (req) => getUser(db(), principalOf(req), req.params.id),
  );

  app.post(
    '/api/users',
    {
      config: access,
      schema: {
        tags: ['users'],
        summary: 'Tạo tài khoản',
        body: createUserInput,
        response: { 201: userDto },
      },
    },
    async (req, reply) => reply.status(201).send(await createUser(db(), principalOf(req), req.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      config: access,
      schema: {
        tags: ['users'],
        summary: 'Sửa tài khoản (khóa, đổi vai trò, đơn vị)',
        params: idParams,
        body: updateUserInput,
        response: { 200: userDto },
      },
    },
    async (req) => updateUser(db(), principalOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      config: access,
      schema: {
        tags: ['users'],
        summary: 'Đặt lại mật khẩu (kết thúc mọi phiên)',
        params: idParams,
        body: resetPasswordInput,
        response: { 200: okBody },
      },
    },
    async (req) => {
      await resetPassword(db(), principalOf(req), req.params.id, req.body.password);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/users/import',
    {
      config: access,
      bodyLimit: 15 * 1024 * 1024,
      schema: {
        tags: ['users'],
        summary:
          'Nhập tài khoản từ XLSX/CSV (base64; cột Tên đăng nhập, Họ tên, Vai trò, Cơ quan, Thư điện tử): tất cả hoặc không; trả về mật khẩu dùng một lần dạng XLSX',
        body: importUsersInput,
        response: { 201: importUsersResult },
      },
    },
    async (req, reply) => {
      const made = await importUsers(db(), principalOf(req), {
        fileName: req.body.fileName,
        content: Buffer.from(req.body.contentBase64, 'base64'),
      });
      const day = new Date().toISOString().slice(0, 10);
      return reply.status(201).send({
        users: made.map(({ password: _clear, line: _line, ...u }) => u),
        passwordsFileName: `mat-khau-dung-mot-lan-${day}.xlsx`,
        passwordsXlsxBase64: (await oneTimePasswordsXlsx(made)).toString('base64'),
      });
    },
  );
};
