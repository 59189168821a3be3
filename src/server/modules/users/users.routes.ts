import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/api/common.ts';
import {
  createUserBodySchema,
  updateUserBodySchema,
  userListQuerySchema,
  userListResponseSchema,
  userSchema,
} from '../../../shared/api/users.ts';
import type { ServiceContext } from '../../context.ts';
import { errorResponses, errorResponsesWithConflict } from '../../http/responses.ts';
import { requestMeta, requireActor } from '../../http/session-hook.ts';
import { createUser, listUsers, updateUser } from './users.service.ts';

const tags = ['Người dùng'];

export const userRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/users',
      {
        schema: {
          tags,
          summary: 'Người dùng trong phạm vi quản lý',
          querystring: userListQuerySchema,
          response: { 200: userListResponseSchema, ...errorResponses },
        },
      },
      async (request) => ({ users: await listUsers(ctx, requireActor(request), request.query.unitId) }),
    );
    app.post(
      '/api/users',
      {
        schema: {
          tags,
          summary: 'Thêm người dùng',
          body: createUserBodySchema,
          response: { 201: userSchema, ...errorResponsesWithConflict },
        },
      },
      async (request, reply) => {
        const user = await createUser(ctx, requireActor(request), request.body, requestMeta(request));
        return reply.status(201).send(user);
      },
    );
    app.patch(
      '/api/users/:id',
      {
        schema: {
          tags,
          summary: 'Sửa, khóa, đặt lại mật khẩu, đổi vai trò',
          params: idParamsSchema,
          body: updateUserBodySchema,
          response: { 200: userSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateUser(ctx, requireActor(request), request.params.id, request.body, requestMeta(request)),
    );
  };
