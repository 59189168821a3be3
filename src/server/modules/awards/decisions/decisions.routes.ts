import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  approveDecisionBodySchema,
  createDecisionBodySchema,
  decisionSchema,
  decisionSummarySchema,
  updateDecisionBodySchema,
  versionBodySchema,
} from '../../../../shared/api/award-decisions.ts';
import { idParamsSchema, versionSchema } from '../../../../shared/api/common.ts';
import { z } from '../../../../shared/api/zod-vi.ts';
import type { ServiceContext } from '../../../context.ts';
import { errorResponsesWithConflict, sendDownload } from '../../../http/responses.ts';
import { requestMeta, requireActor } from '../../../http/session-hook.ts';
import { decisionDocumentFile } from './award-documents.service.ts';
import { approveDecision, replaceDecision } from './decision-approval.ts';
import {
  createDecision,
  deleteDecision,
  getDecision,
  listConferenceDecisions,
  updateDecision,
} from './decisions.service.ts';

const tags = ['Quyết định khen thưởng'];

/**
 * Award decisions: drafted from a voted proposal ('nomination.review'), approved by a leader or unit
 * administrator ('conference.approve'), replaced by a new decision once approved; Word and PDF.
 */
export const awardDecisionRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/conferences/:id/award-decisions',
      {
        schema: {
          tags,
          summary: 'Các quyết định khen thưởng của hội nghị, mới nhất trước',
          params: idParamsSchema,
          response: {
            200: z.object({ decisions: z.array(decisionSummarySchema) }),
            ...errorResponsesWithConflict,
          },
        },
      },
      async (request) => ({
        decisions: await listConferenceDecisions(ctx, requireActor(request), request.params.id),
      }),
    );
    app.post(
      '/api/conferences/:id/award-decisions',
      {
        schema: {
          tags,
          summary: 'Lập dự thảo quyết định khen thưởng từ đề nghị đã có kết quả Hội đồng',
          params: idParamsSchema,
          body: createDecisionBodySchema,
          response: { 201: decisionSchema, ...errorResponsesWithConflict },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const decision = await createDecision(
          ctx,
          actor,
          request.params.id,
          request.body,
          requestMeta(request),
        );
        return reply.status(201).send(decision);
      },
    );
    app.get(
      '/api/award-decisions/:id',
      {
        schema: {
          tags,
          summary: 'Một quyết định khen thưởng với danh sách và số tiền',
          params: idParamsSchema,
          response: { 200: decisionSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) => getDecision(ctx, requireActor(request), request.params.id),
    );
    app.put(
      '/api/award-decisions/:id',
      {
        schema: {
          tags,
          summary: 'Sửa dự thảo quyết định (tiền thưởng được tính lại theo ngày quyết định)',
          params: idParamsSchema,
          body: updateDecisionBodySchema,
          response: { 200: decisionSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateDecision(ctx, requireActor(request), request.params.id, request.body, requestMeta(request)),
    );
    app.delete(
      '/api/award-decisions/:id',
      {
        schema: {
          tags,
          summary: 'Xóa dự thảo quyết định khen thưởng',
          params: idParamsSchema,
          querystring: z.object({ version: z.coerce.number().pipe(versionSchema) }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await deleteDecision(ctx, actor, request.params.id, request.query.version, requestMeta(request));
        return reply.status(204).send();
      },
    );
    app.post(
      '/api/award-decisions/:id/approve',
      {
        schema: {
          tags,
          summary:
            'Phê duyệt quyết định: khóa quyết định và ghi vào lịch sử khen thưởng; giá trị chưa được kiểm tra phải được xác nhận (confirmUnverified)',
          params: idParamsSchema,
          body: approveDecisionBodySchema,
          response: { 200: decisionSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        approveDecision(ctx, requireActor(request), request.params.id, request.body, requestMeta(request)),
    );
    app.post(
      '/api/award-decisions/:id/replace',
      {
        schema: {
          tags,
          summary: 'Lập dự thảo quyết định thay thế một quyết định đã phê duyệt',
          params: idParamsSchema,
          body: versionBodySchema,
          response: { 201: decisionSchema, ...errorResponsesWithConflict },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const draft = await replaceDecision(
          ctx,
          actor,
          request.params.id,
          request.body.version,
          requestMeta(request),
        );
        return reply.status(201).send(draft);
      },
    );
    for (const format of ['docx', 'pdf'] as const) {
      app.get(
        `/api/award-decisions/:id/decision.${format}`,
        {
          schema: {
            tags,
            summary: `Tải quyết định khen thưởng kèm danh sách (${format === 'docx' ? 'Word' : 'PDF'})`,
            params: idParamsSchema,
          },
        },
        async (request, reply) =>
          sendDownload(
            reply,
            await decisionDocumentFile(ctx, requireActor(request), request.params.id, format),
          ),
      );
    }
  };
