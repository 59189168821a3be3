import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { scopePaths } from '../../../core/auth/access.ts';
import { DomainError } from '../../../core/errors/domain-error.ts';
import { apportion } from '../../../core/selection/apportion.ts';
import { errorResponseSchema } from '../../../shared/api/common.ts';
import { apportionBodySchema, apportionResponseSchema } from '../../../shared/api/delegation.ts';
import type { ServiceContext } from '../../context.ts';
import { requireActor } from '../../http/session-hook.ts';

/**
 * POST /api/apportion: shares delegate seats among units in proportion to a weight (largest remainder
 * or Sainte-Laguë), each step explained in Vietnamese. A pure computation, open to those who compose a
 * delegation (conference.manage somewhere); the body is bounded by APPORTION_LIMITS.
 */
export const apportionRoutes =
  (_ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/apportion',
      {
        schema: {
          tags: ['Thành phần đại biểu'],
          summary: 'Phân bổ chỉ tiêu đại biểu cho các đơn vị theo tỷ lệ, có giải thích từng bước',
          body: apportionBodySchema,
          response: {
            200: apportionResponseSchema,
            400: errorResponseSchema,
            401: errorResponseSchema,
            403: errorResponseSchema,
          },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        if (scopePaths(actor, 'conference.manage').length === 0)
          throw new DomainError(
            'FORBIDDEN',
            'Bạn không có quyền phân bổ chỉ tiêu đại biểu: chỉ người lập thành phần đại biểu được dùng.',
          );
        return apportion(request.body);
      },
    );
  };
