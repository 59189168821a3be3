import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/api/common.ts';
import {
  conferenceTemplateSchema,
  templateListResponseSchema,
  updateTemplateBodySchema,
} from '../../../shared/api/conferences.ts';
import type { ServiceContext } from '../../context.ts';
import { errorResponses, errorResponsesWithConflict } from '../../http/responses.ts';
import { requestMeta, requireActor } from '../../http/session-hook.ts';
import { getTemplate, listTemplates, updateTemplate } from './templates.service.ts';

const tags = ['Mẫu kế hoạch'];

export const templateRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/templates',
      {
        schema: {
          tags,
          summary: 'Các mẫu kế hoạch dùng được',
          response: { 200: templateListResponseSchema, ...errorResponses },
        },
      },
      async (request) => ({ templates: await listTemplates(ctx, requireActor(request)) }),
    );
    app.get(
      '/api/templates/:id',
      {
        schema: {
          tags,
          summary: 'Một mẫu kế hoạch',
          params: idParamsSchema,
          response: { 200: conferenceTemplateSchema, ...errorResponses },
        },
      },
      async (request) => getTemplate(ctx, requireActor(request), request.params.id),
    );
    app.put(
      '/api/templates/:id',
      {
        schema: {
          tags,
          summary: 'Sửa mẫu kế hoạch (thành phố)',
          params: idParamsSchema,
          body: updateTemplateBodySchema,
          response: { 200: conferenceTemplateSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateTemplate(ctx, requireActor(request), request.params.id, request.body, requestMeta(request)),
    );
  };
