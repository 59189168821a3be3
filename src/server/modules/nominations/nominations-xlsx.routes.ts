import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DomainError } from '../../../core/errors/domain-error.ts';
import { errorResponseSchema, idParamsSchema } from '../../../shared/api/common.ts';
import {
  importPreviewSchema,
  importResultSchema,
  nominationListQuerySchema,
} from '../../../shared/api/nominations.ts';
import { z } from '../../../shared/api/zod-vi.ts';
import type { ServiceContext } from '../../context.ts';
import { readUpload } from '../../http/multipart.ts';
import { errorResponses, sendDownload } from '../../http/responses.ts';
import { requireActor } from '../../http/session-hook.ts';
import {
  importNominations,
  nominationsExportFile,
  nominationTemplateFile,
  previewImport,
} from './nominations-xlsx.service.ts';

const tags = ['Đề cử'];

/** The mapping field of the import form: JSON of {columnKey: source column index or null}. */
function parseMapping(raw: string | undefined): Record<string, number | null> | undefined {
  if (!raw) return undefined;
  try {
    const parsed = z.record(z.string(), z.number().int().min(0).nullable()).parse(JSON.parse(raw));
    return parsed;
  } catch {
    throw new DomainError('VALIDATION', 'Bảng ghép cột không hợp lệ.', [
      { path: 'mapping', message: 'Ghép cột: không đọc được' },
    ]);
  }
}

export const nominationXlsxRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/nominations/template.xlsx',
      { schema: { tags, summary: 'Tải mẫu Excel đề cử (có danh sách chọn và hướng dẫn)' } },
      async (request, reply) => {
        requireActor(request);
        return sendDownload(reply, await nominationTemplateFile(ctx));
      },
    );
    app.get(
      '/api/conferences/:id/nominations/export.xlsx',
      {
        schema: {
          tags,
          summary: 'Xuất danh sách đề cử đang lọc ra Excel',
          params: idParamsSchema,
          querystring: nominationListQuerySchema,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        return sendDownload(reply, await nominationsExportFile(ctx, actor, request.params.id, request.query));
      },
    );
    app.post(
      '/api/conferences/:id/nominations/import/preview',
      {
        schema: {
          tags,
          summary: 'Đọc tệp Excel và đề xuất ghép cột',
          params: idParamsSchema,
          response: { 200: importPreviewSchema, ...errorResponses },
        },
      },
      async (request) => {
        const upload = await readUpload(request);
        return previewImport(ctx, requireActor(request), request.params.id, {
          data: upload.data,
          fileName: upload.fileName,
        });
      },
    );
    app.post(
      '/api/conferences/:id/nominations/import',
      {
        schema: {
          tags,
          summary: 'Nhập đề cử từ Excel: nhập tất cả hoặc không nhập dòng nào',
          params: idParamsSchema,
          response: {
            ...errorResponses,
            200: importResultSchema,
            400: importResultSchema.or(errorResponseSchema),
          },
        },
      },
      async (request, reply) => {
        const upload = await readUpload(request);
        const unitId = upload.fields.unitId ? z.uuid().safeParse(upload.fields.unitId) : null;
        if (unitId && !unitId.success) {
          throw new DomainError('VALIDATION', 'Đơn vị đề cử không hợp lệ.', [
            { path: 'unitId', message: 'Đơn vị đề cử: không hợp lệ' },
          ]);
        }
        const result = await importNominations(
          ctx,
          requireActor(request),
          request.params.id,
          { data: upload.data, fileName: upload.fileName },
          {
            mapping: parseMapping(upload.fields.mapping),
            unitId: unitId?.data,
            dryRun: upload.fields.dryRun === 'true',
          },
        );
        return reply.status(result.ok ? 200 : 400).send(result);
      },
    );
  };
