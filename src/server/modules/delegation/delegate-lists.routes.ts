import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/api/common.ts';
import {
  approveListBodySchema,
  delegateListSchema,
  listParamsSchema,
  listSummarySchema,
  proposalSchema,
  proposeBodySchema,
} from '../../../shared/api/delegation.ts';
import { z } from '../../../shared/api/zod-vi.ts';
import type { ServiceContext } from '../../context.ts';
import { errorResponses, errorResponsesWithConflict, sendDownload } from '../../http/responses.ts';
import { requestMeta, requireActor } from '../../http/session-hook.ts';
import { approveDelegateList, getDelegateList, listDelegateLists } from './delegate-lists.service.ts';
import { delegateListFile } from './delegate-lists-file.service.ts';
import { proposeDelegates } from './proposals.service.ts';

const tags = ['Thành phần đại biểu'];
const FORMAT_NAMES: Record<'xlsx' | 'docx' | 'pdf', string> = { xlsx: 'Excel', docx: 'Word', pdf: 'PDF' };

/** Proposals of the engine, approved list versions and their downloads. */
export const delegateListRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/conferences/:id/delegates/propose',
      {
        schema: {
          tags,
          summary: 'Đề xuất danh sách đại biểu tối ưu theo thành phần đã lưu hoặc thử với thành phần khác',
          params: idParamsSchema,
          body: proposeBodySchema,
          response: { 200: proposalSchema, ...errorResponses },
        },
      },
      async (request) => proposeDelegates(ctx, requireActor(request), request.params.id, request.body),
    );
    app.get(
      '/api/conferences/:id/delegates/lists',
      {
        schema: {
          tags,
          summary: 'Các lần phê duyệt danh sách đại biểu, mới nhất trước',
          params: idParamsSchema,
          response: { 200: z.object({ lists: z.array(listSummarySchema) }), ...errorResponses },
        },
      },
      async (request) => ({ lists: await listDelegateLists(ctx, requireActor(request), request.params.id) }),
    );
    app.post(
      '/api/conferences/:id/delegates/lists',
      {
        schema: {
          tags,
          summary: 'Phê duyệt danh sách đại biểu (lần mới, kèm số của lần đang xem)',
          params: idParamsSchema,
          body: approveListBodySchema,
          response: { 201: delegateListSchema, ...errorResponsesWithConflict },
        },
      },
      async (request, reply) => {
        const list = await approveDelegateList(
          ctx,
          requireActor(request),
          request.params.id,
          request.body,
          requestMeta(request),
        );
        return reply.status(201).send(list);
      },
    );
    app.get(
      '/api/conferences/:id/delegates/lists/:number',
      {
        schema: {
          tags,
          summary: 'Một lần phê duyệt danh sách đại biểu',
          params: listParamsSchema,
          response: { 200: delegateListSchema, ...errorResponses },
        },
      },
      async (request) =>
        getDelegateList(ctx, requireActor(request), request.params.id, request.params.number),
    );
    for (const format of ['xlsx', 'docx', 'pdf'] as const) {
      app.get(
        `/api/conferences/:id/delegates/lists/:number/export.${format}`,
        {
          schema: {
            tags,
            summary: `Tải danh sách đại biểu đã phê duyệt (${FORMAT_NAMES[format]})`,
            params: listParamsSchema,
          },
        },
        async (request, reply) => {
          const { id, number } = request.params;
          const file = await delegateListFile(ctx, requireActor(request), id, number, format);
          return sendDownload(reply, file);
        },
      );
    }
  };
