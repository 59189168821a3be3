import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponseSchema, idParamsSchema, versionOrZeroSchema } from '../../../shared/api/common.ts';
import {
  compositionSchema,
  createGuestBodySchema,
  delegationResponseSchema,
  guestInputSchema,
  guestParamsSchema,
  guestSchema,
  representativeBodySchema,
  representativeParamsSchema,
  representativeViewSchema,
  updateCompositionBodySchema,
  updateGuestBodySchema,
  versionQuerySchema,
} from '../../../shared/api/delegation.ts';
import { importResultSchema } from '../../../shared/api/nominations.ts';
import { z } from '../../../shared/api/zod-vi.ts';
import type { ServiceContext } from '../../context.ts';
import { readUpload } from '../../http/multipart.ts';
import { errorResponses, errorResponsesWithConflict, sendDownload } from '../../http/responses.ts';
import { requestMeta, requireActor } from '../../http/session-hook.ts';
import { updateRepresentative } from '../nominations/index.ts';
import { getComposition, updateComposition } from './composition.service.ts';
import { loadDelegation } from './delegation.service.ts';
import { createGuest, deleteGuest, listConferenceGuests, updateGuest } from './guests.service.ts';
import { guestTemplateFor, importGuests } from './guests-xlsx.service.ts';

const tags = ['Thành phần đại biểu'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The nominations import's answer with the guests read, which a dry run shows as a preview. */
export const guestImportResultSchema = importResultSchema.extend({ guests: z.array(guestInputSchema) });

/**
 * The first save of a composition sends the version 0 that GET answers before anything is saved;
 * later saves send the version they loaded.
 */
const compositionBodySchema = updateCompositionBodySchema.extend({ version: versionOrZeroSchema });

export const delegateRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/conferences/:id/delegates',
      {
        schema: {
          tags,
          summary: 'Đại biểu dự kiến, cơ cấu và danh sách đã duyệt của hội nghị',
          params: idParamsSchema,
          response: { 200: delegationResponseSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) => loadDelegation(ctx, requireActor(request), request.params.id),
    );
    app.get(
      '/api/conferences/:id/delegates/guests',
      {
        schema: {
          tags,
          summary: 'Khách mời, lãnh đạo của hội nghị (kèm phiên bản để sửa, xóa)',
          params: idParamsSchema,
          response: { 200: z.object({ guests: z.array(guestSchema) }), ...errorResponsesWithConflict },
        },
      },
      async (request) => ({
        guests: await listConferenceGuests(ctx, requireActor(request), request.params.id),
      }),
    );
    app.post(
      '/api/conferences/:id/delegates/guests',
      {
        schema: {
          tags,
          summary: 'Thêm một khách mời hoặc lãnh đạo',
          params: idParamsSchema,
          body: createGuestBodySchema,
          response: { 201: guestSchema, ...errorResponsesWithConflict },
        },
      },
      async (request, reply) => {
        const guest = await createGuest(
          ctx,
          requireActor(request),
          request.params.id,
          request.body,
          requestMeta(request),
        );
        return reply.status(201).send(guest);
      },
    );
    app.put(
      '/api/conferences/:id/delegates/guests/:guestId',
      {
        schema: {
          tags,
          summary: 'Sửa một khách mời hoặc lãnh đạo',
          params: guestParamsSchema,
          body: updateGuestBodySchema,
          response: { 200: guestSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateGuest(
          ctx,
          requireActor(request),
          request.params.id,
          request.params.guestId,
          request.body,
          requestMeta(request),
        ),
    );
    app.delete(
      '/api/conferences/:id/delegates/guests/:guestId',
      {
        schema: {
          tags,
          summary: 'Xóa một khách mời hoặc lãnh đạo',
          params: guestParamsSchema,
          querystring: versionQuerySchema,
        },
      },
      async (request, reply) => {
        await deleteGuest(
          ctx,
          requireActor(request),
          request.params.id,
          request.params.guestId,
          request.query.version,
          requestMeta(request),
        );
        return reply.status(204).send();
      },
    );
    app.get(
      '/api/conferences/:id/delegates/guests/template',
      {
        schema: {
          tags,
          summary: 'Tải mẫu Excel khách mời, lãnh đạo (có danh sách chọn và hướng dẫn)',
          params: idParamsSchema,
        },
      },
      async (request, reply) => {
        const bytes = await guestTemplateFor(ctx, requireActor(request), request.params.id);
        return sendDownload(reply, { fileName: 'Mẫu khách mời, lãnh đạo.xlsx', contentType: XLSX, bytes });
      },
    );
    app.post(
      '/api/conferences/:id/delegates/guests/import',
      {
        schema: {
          tags,
          summary:
            'Nhập khách mời, lãnh đạo từ Excel: nhập tất cả hoặc không nhập dòng nào (dryRun để xem trước)',
          params: idParamsSchema,
          response: {
            ...errorResponses,
            200: guestImportResultSchema,
            400: guestImportResultSchema.or(errorResponseSchema),
          },
        },
      },
      async (request, reply) => {
        const upload = await readUpload(request);
        const result = await importGuests(
          ctx,
          requireActor(request),
          request.params.id,
          { data: upload.data, fileName: upload.fileName },
          { dryRun: upload.fields.dryRun === 'true' },
          requestMeta(request),
        );
        return reply.status(result.ok ? 200 : 400).send(result);
      },
    );
    app.put(
      '/api/conferences/:id/delegates/representatives/:nominationId',
      {
        schema: {
          tags,
          summary: 'Người đại diện dự hội nghị của một tập thể (là đại biểu khi tập thể được chọn)',
          params: representativeParamsSchema,
          body: representativeBodySchema,
          response: { 200: representativeViewSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateRepresentative(
          ctx,
          requireActor(request),
          request.params.id,
          request.params.nominationId,
          request.body,
          requestMeta(request),
        ),
    );
    app.get(
      '/api/conferences/:id/composition',
      {
        schema: {
          tags,
          summary: 'Cơ cấu đại biểu: tổng số, quy tắc, chọn chắc chắn, loại ra, điểm ưu tiên',
          params: idParamsSchema,
          response: { 200: compositionSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) => getComposition(ctx, requireActor(request), request.params.id),
    );
    app.put(
      '/api/conferences/:id/composition',
      {
        schema: {
          tags,
          summary: 'Lưu cơ cấu đại biểu',
          params: idParamsSchema,
          body: compositionBodySchema,
          response: { 200: compositionSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateComposition(ctx, requireActor(request), request.params.id, request.body, requestMeta(request)),
    );
  };
