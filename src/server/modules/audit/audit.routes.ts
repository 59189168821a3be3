import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditListResponseSchema, auditQuerySchema } from '../../../shared/api/audit.ts';
import { errorResponseSchema } from '../../../shared/api/common.ts';
import type { ServiceContext } from '../../context.ts';
import { requireActor } from '../../http/session-hook.ts';
import { listAuditEntries } from './audit.service.ts';

export const auditRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/audit',
      {
        schema: {
          tags: ['Nhật ký thay đổi'],
          summary: 'Nhật ký thay đổi của các đơn vị trong phạm vi quản trị',
          querystring: auditQuerySchema,
          response: {
            200: auditListResponseSchema,
            400: errorResponseSchema,
            401: errorResponseSchema,
            403: errorResponseSchema,
          },
        },
      },
      async (request) => listAuditEntries(ctx, requireActor(request), request.query),
    );
  };
