import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOf, okBody } from '../../../shared/contracts/common.ts';
import {
  createUserInput,
  resetPasswordInput,
  updateUserInput,
  userDto,
  userListQuery,
} from '../../../shared/contracts/users.ts';
import { MANAGER_ROLES } from '../../../shared/roles.ts';
import {
  createUser,
  getUser,
  listUsers,
  resetPassword,
  updateUser,
} from '../../modules/users/users.service.ts';
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
};
