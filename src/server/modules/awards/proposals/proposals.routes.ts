import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  councilBodySchema,
  createProposalBodySchema,
  proposalCheckSchema,
  proposalSchema,
  proposalSummarySchema,
  updateProposalBodySchema,
} from '../../../../shared/api/award-proposals.ts';
import { idParamsSchema, versionSchema } from '../../../../shared/api/common.ts';
import { z } from '../../../../shared/api/zod-vi.ts';
import type { ServiceContext } from '../../../context.ts';
import { errorResponsesWithConflict, sendDownload } from '../../../http/responses.ts';
import { requestMeta, requireActor } from '../../../http/session-hook.ts';
import { proposalDocumentFile } from '../decisions/award-documents.service.ts';
import { recordCouncilVote } from './proposal-council.service.ts';
import {
  checkProposal,
  createProposal,
  deleteProposal,
  getProposal,
  listConferenceProposals,
  updateProposal,
} from './proposals.service.ts';

const tags = ['Đề nghị khen thưởng'];
const DOCUMENTS = {
  submission: 'Tờ trình đề nghị khen thưởng',
  minutes: 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
} as const;

/** Proposals of commendation for a conference, the council's vote, the Tờ trình and the Biên bản. */
export const awardProposalRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/conferences/:id/award-proposals',
      {
        schema: {
          tags,
          summary: 'Các đợt đề nghị khen thưởng của hội nghị, mới nhất trước',
          params: idParamsSchema,
          response: {
            200: z.object({ proposals: z.array(proposalSummarySchema) }),
            ...errorResponsesWithConflict,
          },
        },
      },
      async (request) => ({
        proposals: await listConferenceProposals(ctx, requireActor(request), request.params.id),
      }),
    );
    app.post(
      '/api/conferences/:id/award-proposals/check',
      {
        schema: {
          tags,
          summary: 'Kiểm tra điều kiện khen thưởng của từng người trước khi lưu đề nghị (không lưu gì)',
          params: idParamsSchema,
          body: createProposalBodySchema,
          response: { 200: proposalCheckSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) => checkProposal(ctx, requireActor(request), request.params.id, request.body),
    );
    app.post(
      '/api/conferences/:id/award-proposals',
      {
        schema: {
          tags,
          summary: 'Lập đề nghị khen thưởng từ đại biểu điển hình và đề cử đã được Hội đồng thông qua',
          params: idParamsSchema,
          body: createProposalBodySchema,
          response: { 201: proposalSchema, ...errorResponsesWithConflict },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const proposal = await createProposal(
          ctx,
          actor,
          request.params.id,
          request.body,
          requestMeta(request),
        );
        return reply.status(201).send(proposal);
      },
    );
    app.get(
      '/api/award-proposals/:id',
      {
        schema: {
          tags,
          summary: 'Một đề nghị khen thưởng, mỗi dòng kèm điều kiện chưa đạt (nếu có)',
          params: idParamsSchema,
          response: { 200: proposalSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) => getProposal(ctx, requireActor(request), request.params.id),
    );
    app.put(
      '/api/award-proposals/:id',
      {
        schema: {
          tags,
          summary: 'Sửa đề nghị khen thưởng (đổi người hoặc hình thức thì phải ghi lại kết quả Hội đồng)',
          params: idParamsSchema,
          body: updateProposalBodySchema,
          response: { 200: proposalSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateProposal(ctx, requireActor(request), request.params.id, request.body, requestMeta(request)),
    );
    app.delete(
      '/api/award-proposals/:id',
      {
        schema: {
          tags,
          summary: 'Xóa đề nghị khen thưởng chưa có quyết định',
          params: idParamsSchema,
          querystring: z.object({ version: z.coerce.number().pipe(versionSchema) }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await deleteProposal(ctx, actor, request.params.id, request.query.version, requestMeta(request));
        return reply.status(204).send();
      },
    );
    app.put(
      '/api/award-proposals/:id/council',
      {
        schema: {
          tags,
          summary: 'Ghi kết quả họp Hội đồng Thi đua - Khen thưởng: số phiếu đồng ý của từng dòng',
          params: idParamsSchema,
          body: councilBodySchema,
          response: { 200: proposalSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        recordCouncilVote(ctx, requireActor(request), request.params.id, request.body, requestMeta(request)),
    );
    for (const kind of ['submission', 'minutes'] as const) {
      for (const format of ['docx', 'pdf'] as const) {
        app.get(
          `/api/award-proposals/:id/${kind}.${format}`,
          {
            schema: {
              tags,
              summary: `Tải ${DOCUMENTS[kind]} (${format === 'docx' ? 'Word' : 'PDF'})`,
              params: idParamsSchema,
            },
          },
          async (request, reply) =>
            sendDownload(
              reply,
              await proposalDocumentFile(ctx, requireActor(request), request.params.id, kind, format),
            ),
        );
      }
    }
  };
