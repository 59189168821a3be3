import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changePasswordBodySchema,
  loginBodySchema,
  sessionResponseSchema,
} from '../../../shared/api/auth.ts';
import { errorResponseSchema } from '../../../shared/api/common.ts';
import type { ServiceContext } from '../../context.ts';
import {
  clearSessionCookie,
  requestMeta,
  requireSession,
  setSessionCookie,
} from '../../http/session-hook.ts';
import { changeOwnPassword, login, logout, SESSION_TTL_MS } from './auth.service.ts';

export const authRoutes =
  (ctx: ServiceContext, opts: { secureCookies: boolean; loginRateLimit: number }): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { rateLimit: { max: opts.loginRateLimit, timeWindow: '1 minute' } },
        schema: {
          tags: ['Đăng nhập'],
          summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu',
          body: loginBodySchema,
          response: { 200: sessionResponseSchema, 401: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const result = await login(ctx, request.body, {
          ...requestMeta(request),
          userAgent: request.headers['user-agent'] ?? null,
        });
        setSessionCookie(reply, result.token, opts.secureCookies, SESSION_TTL_MS);
        return { user: result.user, csrfToken: result.csrfToken };
      },
    );

    app.post(
      '/api/auth/logout',
      { schema: { tags: ['Đăng nhập'], summary: 'Đăng xuất' } },
      async (request, reply) => {
        const session = requireSession(request);
        await logout(ctx, session.sessionId);
        clearSessionCookie(reply);
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/auth/me',
      {
        schema: {
          tags: ['Đăng nhập'],
          summary: 'Người dùng đang đăng nhập và mã CSRF',
          response: { 200: sessionResponseSchema, 401: errorResponseSchema },
        },
      },
      async (request) => {
        const session = requireSession(request);
        return { user: session.user, csrfToken: session.csrfToken };
      },
    );

    app.post(
      '/api/auth/password',
      { schema: { tags: ['Đăng nhập'], summary: 'Đổi mật khẩu của mình', body: changePasswordBodySchema } },
      async (request, reply) => {
        await changeOwnPassword(ctx, requireSession(request), request.body, requestMeta(request));
        return reply.status(204).send();
      },
    );
  };
