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
import { requireActor } from '../../http/session-hook.ts';
import { loadReferenceLists } from '../reference/index.ts';
import {
  exportNominations,
  importNominations,
  nominationTemplate,
  previewImport,
} from './nominations-xlsx.service.ts';

const tags = ['Đề cử'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

function attachment(fileName: string, ascii: string): string {
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

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
        const bytes = await nominationTemplate(await loadReferenceLists(ctx.db));
        return reply
          .header('content-type', XLSX)
          .header(
            'content-disposition',
            attachment('Mẫu đề cử điển hình tiên tiến.xlsx', 'mau-de-cu-dien-hinh-tien-tien.xlsx'),
          )
          .send(bytes);
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
        const bytes = await exportNominations(ctx, requireActor(request), request.params.id, request.query);
        return reply
          .header('content-type', XLSX)
          .header('content-disposition', attachment('Danh sách đề cử.xlsx', 'danh-sach-de-cu.xlsx'))
          .send(bytes);
      },
    );
    app.post(
      '/api/conferences/:id/nominations/import/preview',
      {
        schema: {
          tags,
          summary: 'Đọc tệp Excel và đề xuất ghép cột',
          params: idParamsSchema,
          response: { 200: importPreviewSchema, ...errors },
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
            200: importResultSchema,
            400: importResultSchema.or(errorResponseSchema),
            401: errorResponseSchema,
            403: errorResponseSchema,
            404: errorResponseSchema,
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
