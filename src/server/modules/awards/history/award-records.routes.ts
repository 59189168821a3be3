import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  awardHistoryResponseSchema,
  awardRecordImportResultSchema,
  awardRecordListQuerySchema,
  awardRecordListResponseSchema,
  awardRecordSchema,
  createAwardRecordBodySchema,
  unitParamsSchema,
  updateAwardRecordBodySchema,
} from '../../../../shared/api/award-records.ts';
import { errorResponseSchema, idParamsSchema } from '../../../../shared/api/common.ts';
import { versionQuerySchema } from '../../../../shared/api/delegation.ts';
import type { ServiceContext } from '../../../context.ts';
import { readUpload } from '../../../http/multipart.ts';
import { errorResponses, errorResponsesWithConflict, sendDownload } from '../../../http/responses.ts';
import { requestMeta, requireActor } from '../../../http/session-hook.ts';
import {
  createAwardRecord,
  deleteAwardRecord,
  listAwardRecords,
  nominationAwardHistory,
  updateAwardRecord,
} from './award-records.service.ts';
import { awardRecordTemplate, importAwardRecords } from './award-records-xlsx.service.ts';

const tags = ['Lịch sử khen thưởng'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const awardRecordRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/award-records',
      {
        schema: {
          tags,
          summary: 'Lịch sử khen thưởng (từ 2020): lọc theo đơn vị, người, năm, hình thức; tìm không dấu',
          querystring: awardRecordListQuerySchema,
          response: { 200: awardRecordListResponseSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) => listAwardRecords(ctx, requireActor(request), request.query),
    );
    app.post(
      '/api/award-records',
      {
        schema: {
          tags,
          summary: 'Ghi một lần khen thưởng vào lịch sử',
          body: createAwardRecordBodySchema,
          response: { 201: awardRecordSchema, ...errorResponsesWithConflict },
        },
      },
      async (request, reply) => {
        const record = await createAwardRecord(
          ctx,
          requireActor(request),
          request.body,
          requestMeta(request),
        );
        return reply.status(201).send(record);
      },
    );
    app.put(
      '/api/award-records/:id',
      {
        schema: {
          tags,
          summary: 'Sửa một lần khen thưởng (không sửa được khen thưởng ghi từ quyết định)',
          params: idParamsSchema,
          body: updateAwardRecordBodySchema,
          response: { 200: awardRecordSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateAwardRecord(ctx, requireActor(request), request.params.id, request.body, requestMeta(request)),
    );
    app.delete(
      '/api/award-records/:id',
      {
        schema: {
          tags,
          summary: 'Xóa một lần khen thưởng (không xóa được khen thưởng ghi từ quyết định)',
          params: idParamsSchema,
          querystring: versionQuerySchema,
        },
      },
      async (request, reply) => {
        await deleteAwardRecord(
          ctx,
          requireActor(request),
          request.params.id,
          request.query.version,
          requestMeta(request),
        );
        return reply.status(204).send();
      },
    );
    app.get(
      '/api/nominations/:id/award-history',
      {
        schema: {
          tags,
          summary: 'Các lần khen thưởng trước đây của người (tập thể) được đề cử',
          params: idParamsSchema,
          response: { 200: awardHistoryResponseSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) => nominationAwardHistory(ctx, requireActor(request), request.params.id),
    );
    app.get(
      '/api/units/:unitId/award-records/template.xlsx',
      {
        schema: {
          tags,
          summary: 'Tải mẫu Excel lịch sử khen thưởng (có danh sách chọn và hướng dẫn)',
          params: unitParamsSchema,
        },
      },
      async (request, reply) => {
        const bytes = await awardRecordTemplate(ctx, requireActor(request), request.params.unitId);
        return sendDownload(reply, { fileName: 'Mẫu lịch sử khen thưởng.xlsx', contentType: XLSX, bytes });
      },
    );
    app.post(
      '/api/units/:unitId/award-records/import',
      {
        schema: {
          tags,
          summary:
            'Nhập lịch sử khen thưởng từ Excel: nhập tất cả hoặc không nhập dòng nào (dryRun để xem trước)',
          params: unitParamsSchema,
          response: {
            ...errorResponses,
            200: awardRecordImportResultSchema,
            400: awardRecordImportResultSchema.or(errorResponseSchema),
          },
        },
      },
      async (request, reply) => {
        const upload = await readUpload(request);
        const result = await importAwardRecords(
          ctx,
          requireActor(request),
          request.params.unitId,
          { data: upload.data, fileName: upload.fileName },
          { dryRun: upload.fields.dryRun === 'true' },
          requestMeta(request),
        );
        return reply.status(result.ok ? 200 : 400).send(result);
      },
    );
  };
