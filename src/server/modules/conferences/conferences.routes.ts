import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/api/common.ts';
import {
  conferenceListQuerySchema,
  conferenceListResponseSchema,
  conferenceSchema,
  createConferenceBodySchema,
  updateConferenceBodySchema,
} from '../../../shared/api/conferences.ts';
import type { ServiceContext } from '../../context.ts';
import { errorResponses, errorResponsesWithConflict, sendDownload } from '../../http/responses.ts';
import { requestMeta, requireActor } from '../../http/session-hook.ts';
import {
  createConference,
  getConference,
  listConferenceSummaries,
  updateConference,
} from './conferences.service.ts';
import { planDocumentFile } from './plan-document.service.ts';

const tags = ['Hội nghị'];

export const conferenceRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/conferences',
      {
        schema: {
          tags,
          summary: 'Danh sách hội nghị trong phạm vi người dùng',
          querystring: conferenceListQuerySchema,
          response: { 200: conferenceListResponseSchema, ...errorResponses },
        },
      },
      async (request) => ({
        conferences: await listConferenceSummaries(ctx, requireActor(request), request.query.unitId),
      }),
    );
    app.post(
      '/api/conferences',
      {
        schema: {
          tags,
          summary: 'Tạo hội nghị cho một đơn vị từ mẫu kế hoạch',
          body: createConferenceBodySchema,
          response: { 201: conferenceSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const created = await createConference(
          ctx,
          requireActor(request),
          request.body,
          requestMeta(request),
        );
        return reply.status(201).send(created);
      },
    );
    app.get(
      '/api/conferences/:id',
      {
        schema: {
          tags,
          summary: 'Một hội nghị và kế hoạch của nó',
          params: idParamsSchema,
          response: { 200: conferenceSchema, ...errorResponses },
        },
      },
      async (request) => getConference(ctx, requireActor(request), request.params.id),
    );
    app.put(
      '/api/conferences/:id',
      {
        schema: {
          tags,
          summary: 'Lưu hội nghị và kế hoạch (kèm phiên bản đã mở)',
          params: idParamsSchema,
          body: updateConferenceBodySchema,
          response: { 200: conferenceSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateConference(ctx, requireActor(request), request.params.id, request.body, requestMeta(request)),
    );
    for (const format of ['docx', 'pdf'] as const) {
      app.get(
        `/api/conferences/:id/plan.${format}`,
        {
          schema: {
            tags,
            summary: `Tải Kế hoạch tổ chức hội nghị (${format.toUpperCase()})`,
            params: idParamsSchema,
          },
        },
        async (request, reply) => {
          const file = await planDocumentFile(ctx, requireActor(request), request.params.id, format);
          return sendDownload(reply, file);
        },
      );
    }
  };
