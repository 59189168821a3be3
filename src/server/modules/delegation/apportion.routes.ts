import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apportion } from '../../../core/selection/apportion.ts';
import { errorResponseSchema } from '../../../shared/api/common.ts';
import { apportionBodySchema, apportionResponseSchema } from '../../../shared/api/delegation.ts';
import type { ServiceContext } from '../../context.ts';
import { requireActor } from '../../http/session-hook.ts';

/**
 * POST /api/apportion: shares delegate seats among units in proportion to a weight (largest remainder
 * or Sainte-Laguë), each step explained in Vietnamese. A pure computation for any signed-in user.
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
          response: { 200: apportionResponseSchema, 400: errorResponseSchema, 401: errorResponseSchema },
        },
      },
      async (request) => {
        requireActor(request);
        return apportion(request.body);
      },
    );
  };
