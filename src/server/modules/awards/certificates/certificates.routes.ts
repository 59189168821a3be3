import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  certificateTemplateSchema,
  decisionSchema,
  updateCertificateTemplateBodySchema,
  updateRegisterNumbersBodySchema,
} from '../../../../shared/api/award-decisions.ts';
import { idParamsSchema } from '../../../../shared/api/common.ts';
import type { ServiceContext } from '../../../context.ts';
import { readUpload } from '../../../http/multipart.ts';
import { errorResponsesWithConflict, sendDownload } from '../../../http/responses.ts';
import { requestMeta, requireActor } from '../../../http/session-hook.ts';
import { updateRegisterNumbers } from '../decisions/register-numbers.service.ts';
import {
  certificateBackground,
  certificatesFile,
  getCertificateTemplate,
  updateCertificateTemplate,
  uploadCertificateBackground,
} from './certificates.service.ts';

const tags = ['Giấy khen'];

/** The certificates of a decision (one PDF) and each unit's certificate template. */
export const certificateRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/award-decisions/:id/certificates.pdf',
      {
        schema: {
          tags,
          summary:
            'In giấy khen của quyết định đã phê duyệt: mỗi trang một người, kèm mã QR xác thực (cần Địa chỉ công khai trong Cài đặt)',
          params: idParamsSchema,
          response: { ...errorResponsesWithConflict },
        },
      },
      async (request, reply) => {
        const file = await certificatesFile(ctx, requireActor(request), request.params.id);
        return sendDownload(reply, file);
      },
    );
    app.put(
      '/api/award-decisions/:id/register-numbers',
      {
        schema: {
          tags,
          summary: 'Ghi số vào sổ của từng giấy khen (dự thảo hoặc quyết định đã phê duyệt chưa bị thay thế)',
          params: idParamsSchema,
          body: updateRegisterNumbersBodySchema,
          response: { 200: decisionSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateRegisterNumbers(
          ctx,
          requireActor(request),
          request.params.id,
          request.body,
          requestMeta(request),
        ),
    );
    app.get(
      '/api/units/:id/certificate-template',
      {
        schema: {
          tags,
          summary: 'Mẫu giấy khen của đơn vị (mẫu chung khi đơn vị chưa lưu mẫu riêng)',
          params: idParamsSchema,
          response: { 200: certificateTemplateSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) => getCertificateTemplate(ctx, requireActor(request), request.params.id),
    );
    app.put(
      '/api/units/:id/certificate-template',
      {
        schema: {
          tags,
          summary: 'Lưu mẫu giấy khen của đơn vị: vị trí các trường và ảnh nền',
          params: idParamsSchema,
          body: updateCertificateTemplateBodySchema,
          response: { 200: certificateTemplateSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateCertificateTemplate(
          ctx,
          requireActor(request),
          request.params.id,
          request.body,
          requestMeta(request),
        ),
    );
    app.post(
      '/api/units/:id/certificate-template/background',
      {
        schema: {
          tags,
          summary: 'Tải ảnh nền (JPG, PNG) cho mẫu giấy khen của đơn vị',
          params: idParamsSchema,
          response: { 200: certificateTemplateSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const upload = await readUpload(request);
        return uploadCertificateBackground(ctx, actor, request.params.id, upload, requestMeta(request));
      },
    );
    app.get(
      '/api/units/:id/certificate-template/background',
      {
        schema: {
          tags,
          summary: 'Ảnh nền của mẫu giấy khen',
          params: idParamsSchema,
        },
      },
      async (request, reply) => {
        const image = await certificateBackground(ctx, requireActor(request), request.params.id);
        return reply
          .header('content-type', image.contentType)
          .header('cache-control', 'private, max-age=3600')
          .send(image.bytes);
      },
    );
  };
