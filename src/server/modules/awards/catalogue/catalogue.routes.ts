import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  awardFormParamsSchema,
  awardFormQuerySchema,
  awardFormRecordSchema,
  awardFormsResponseSchema,
  baseSalariesResponseSchema,
  replaceBaseSalariesBodySchema,
  updateAwardFormBodySchema,
} from '../../../../shared/api/awards-catalogue.ts';
import { errorResponseSchema } from '../../../../shared/api/common.ts';
import type { ServiceContext } from '../../../context.ts';
import { errorResponsesWithConflict } from '../../../http/responses.ts';
import { requestMeta, requireActor } from '../../../http/session-hook.ts';
import {
  listAwardForms,
  listBaseSalaries,
  replaceBaseSalaries,
  updateAwardForm,
} from './catalogue.service.ts';

const tags = ['Danh mục khen thưởng'];

export const awardCatalogueRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/award-forms',
      {
        schema: {
          tags,
          summary: 'Danh hiệu thi đua, hình thức khen thưởng: cấp, thẩm quyền, hệ số tiền thưởng, căn cứ',
          response: { 200: awardFormsResponseSchema, 401: errorResponseSchema },
        },
      },
      async (request) => {
        requireActor(request);
        return { forms: await listAwardForms(ctx) };
      },
    );
    app.put(
      '/api/award-forms/:code',
      {
        schema: {
          tags,
          summary: 'Sửa một danh hiệu, hình thức khen thưởng (quản trị thành phố)',
          params: awardFormParamsSchema,
          querystring: awardFormQuerySchema,
          body: updateAwardFormBodySchema,
          response: { 200: awardFormRecordSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateAwardForm(
          ctx,
          requireActor(request),
          request.params.code,
          request.query.effectiveFrom,
          request.body,
          requestMeta(request),
        ),
    );
    app.get(
      '/api/base-salaries',
      {
        schema: {
          tags,
          summary: 'Mức lương cơ sở theo thời gian (để tính tiền thưởng)',
          response: { 200: baseSalariesResponseSchema, 401: errorResponseSchema },
        },
      },
      async (request) => {
        requireActor(request);
        return listBaseSalaries(ctx);
      },
    );
    app.put(
      '/api/base-salaries',
      {
        schema: {
          tags,
          summary: 'Thay cả bảng mức lương cơ sở (quản trị thành phố)',
          body: replaceBaseSalariesBodySchema,
          response: { 200: baseSalariesResponseSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        replaceBaseSalaries(
          ctx,
          requireActor(request),
          request.body.salaries,
          request.body.version,
          requestMeta(request),
        ),
    );
  };
