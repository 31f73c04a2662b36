import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePasswordInput, loginInput, meDto } from '../../../shared/contracts/auth.ts';
import { okBody } from '../../../shared/contracts/common.ts';
import { changeOwnPassword, login, logout, me } from '../../modules/users/auth.service.ts';
import { resolveSession } from '../../modules/users/sessions.ts';
import { principalOf, SESSION_COOKIE } from '../auth.ts';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config, throttle } = app.deps;

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập (đặt cookie phiên)',
        body: loginInput,
        response: { 200: meDto },
      },
    },
    async (req, reply) => {
      const result = await login(database.db, throttle, config, {
        username: req.body.username,
        password: req.body.password,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        expires: result.expiresAt,
      });
      const principal = await resolveSession(database.db, result.token, config);
      return me(database.db, principal!);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Đăng xuất (thu hồi phiên)', response: { 200: okBody } },
    },
    async (req, reply) => {
      await logout(database.db, principalOf(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/me',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Người dùng đang đăng nhập', response: { 200: meDto } },
    },
    async (req) => me(database.db, principalOf(req)),
  );

  app.post(
    '/api/me/password',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Đổi mật khẩu của mình',
        body: changePasswordInput,
        response: { 200: okBody },
      },
    },
    async (req) => {
      await changeOwnPassword(database.db, principalOf(req), req.body.currentPassword, req.body.newPassword);
      return { ok: true as const };
    },
  );
};
