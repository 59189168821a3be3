import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, versionSchema } from '../../../shared/api/common.ts';
import { conferenceSummarySchema } from '../../../shared/api/conferences.ts';
import {
  createNominationBodySchema,
  nominationListQuerySchema,
  nominationListResponseSchema,
  nominationSchema,
  transitionBodySchema,
  updateNominationBodySchema,
  versionedNominationSettingsSchema,
} from '../../../shared/api/nominations.ts';
import { z } from '../../../shared/api/zod-vi.ts';
import type { ServiceContext } from '../../context.ts';
import { readUpload } from '../../http/multipart.ts';
import { errorResponsesWithConflict } from '../../http/responses.ts';
import { requestMeta, requireActor } from '../../http/session-hook.ts';
import { listNominationConferences } from './nomination-conferences.service.ts';
import {
  createNomination,
  deleteNomination,
  getNomination,
  listFilteredNominations,
  updateNomination,
} from './nominations.service.ts';
import {
  attachFile,
  getSettings,
  transitionNomination,
  updateSettings,
} from './nominations-workflow.service.ts';

const tags = ['Đề cử'];

export const nominationRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/nomination-conferences',
      {
        schema: {
          tags,
          summary: 'Hội nghị mà người dùng tổ chức hoặc được đề cử vào',
          response: {
            200: z.object({
              conferences: z.array(
                conferenceSummarySchema.extend({ role: z.enum(['organiser', 'nominator']) }),
              ),
            }),
            ...errorResponsesWithConflict,
          },
        },
      },
      async (request) => ({ conferences: await listNominationConferences(ctx, requireActor(request)) }),
    );
    app.get(
      '/api/conferences/:id/nominations',
      {
        schema: {
          tags,
          summary: 'Danh sách đề cử (tìm không dấu, lọc, đếm, sắp theo tên)',
          params: idParamsSchema,
          querystring: nominationListQuerySchema,
          response: { 200: nominationListResponseSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) => {
        const { scope: _scope, ...list } = await listFilteredNominations(
          ctx,
          requireActor(request),
          request.params.id,
          request.query,
        );
        return list;
      },
    );
    app.post(
      '/api/conferences/:id/nominations',
      {
        schema: {
          tags,
          summary: 'Thêm một đề cử (nháp)',
          params: idParamsSchema,
          body: createNominationBodySchema,
          response: { 201: nominationSchema, ...errorResponsesWithConflict },
        },
      },
      async (request, reply) => {
        const created = await createNomination(
          ctx,
          requireActor(request),
          request.params.id,
          request.body,
          requestMeta(request),
        );
        return reply.status(201).send(created);
      },
    );
    app.get(
      '/api/nominations/:id',
      {
        schema: {
          tags,
          summary: 'Một đề cử',
          params: idParamsSchema,
          response: { 200: nominationSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) => getNomination(ctx, requireActor(request), request.params.id),
    );
    app.put(
      '/api/nominations/:id',
      {
        schema: {
          tags,
          summary: 'Sửa đề cử (khi Nháp hoặc Trả lại)',
          params: idParamsSchema,
          body: updateNominationBodySchema,
          response: { 200: nominationSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateNomination(ctx, requireActor(request), request.params.id, request.body, requestMeta(request)),
    );
    app.delete(
      '/api/nominations/:id',
      {
        schema: {
          tags,
          summary: 'Xóa đề cử (khi Nháp hoặc Trả lại)',
          params: idParamsSchema,
          querystring: z.object({ version: z.coerce.number().pipe(versionSchema) }),
        },
      },
      async (request, reply) => {
        await deleteNomination(
          ctx,
          requireActor(request),
          request.params.id,
          request.query.version,
          requestMeta(request),
        );
        return reply.status(204).send();
      },
    );
    app.post(
      '/api/nominations/:id/transition',
      {
        schema: {
          tags,
          summary: 'Gửi, tiếp nhận, trả lại, ghi kết quả Hội đồng, mở lại',
          params: idParamsSchema,
          body: transitionBodySchema,
          response: { 200: nominationSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        transitionNomination(
          ctx,
          requireActor(request),
          request.params.id,
          request.body,
          requestMeta(request),
        ),
    );
    app.get(
      '/api/conferences/:id/nomination-settings',
      {
        schema: {
          tags,
          summary: 'Ngưỡng biểu quyết',
          params: idParamsSchema,
          response: { 200: versionedNominationSettingsSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) => getSettings(ctx, requireActor(request), request.params.id),
    );
    app.put(
      '/api/conferences/:id/nomination-settings',
      {
        schema: {
          tags,
          summary: 'Đặt ngưỡng biểu quyết của hội nghị',
          params: idParamsSchema,
          body: versionedNominationSettingsSchema,
          response: { 200: versionedNominationSettingsSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) => {
        const { version, ...settings } = request.body;
        return updateSettings(
          ctx,
          requireActor(request),
          request.params.id,
          settings,
          version,
          requestMeta(request),
        );
      },
    );
    for (const purpose of ['photo', 'minutes'] as const) {
      app.post(
        `/api/nominations/:id/${purpose}`,
        {
          schema: {
            tags,
            summary:
              purpose === 'photo'
                ? 'Tải ảnh chân dung (ảnh được thu nhỏ)'
                : 'Đính kèm biên bản bình xét (PDF, DOCX, ảnh)',
            params: idParamsSchema,
            response: { 200: nominationSchema, ...errorResponsesWithConflict },
          },
        },
        async (request) => {
          const upload = await readUpload(request);
          return attachFile(
            ctx,
            requireActor(request),
            request.params.id,
            purpose,
            upload,
            requestMeta(request),
          );
        },
      );
    }
  };
