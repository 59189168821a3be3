import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type DomainErrorCode } from '../../core/errors/domain-error.ts';
import { describeIssue } from '../../shared/api/field-labels.ts';

const STATUS: Record<DomainErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  DUPLICATE: 409,
  RATE_LIMITED: 429,
  INVALID_STATE: 409,
};

/** Turns every failure into `{ error: { code, message, fields? } }`; nothing but a bug becomes a 500. */
/** `maxUploadBytes`: the size limit of one uploaded file, named in the refusal of a larger one. */
export function registerErrorHandling(app: FastifyInstance, limits: { maxUploadBytes: number }): void {
  app.setErrorHandler((error: FastifyError | DomainError | Error, request, reply) => {
    if (error instanceof DomainError) {
      return reply.status(STATUS[error.code]).send({
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
        },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => {
        const path = v.instancePath
          .split('/')
          .filter(Boolean)
          .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
        return {
          path: path.join('.'),
          message: describeIssue({ path, message: v.message ?? 'không hợp lệ' }),
        };
      });
      return reply.status(400).send({
        error: {
          code: 'VALIDATION',
          message: `Dữ liệu chưa hợp lệ: ${fields.map((f) => f.message).join('; ')}`,
          fields,
        },
      });
    }
    const fe = error as FastifyError;
    if (fe.statusCode === 429) {
      return reply.status(429).send({
        error: {
          code: 'RATE_LIMITED',
          message: 'Bạn đã thử quá nhiều lần. Vui lòng đợi một phút rồi thử lại.',
        },
      });
    }
    if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return reply
        .status(400)
        .send({ error: { code: 'VALIDATION', message: 'Nội dung gửi lên không phải JSON hợp lệ.' } });
    }
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply
        .status(415)
        .send({ error: { code: 'VALIDATION', message: 'Kiểu nội dung gửi lên không được hỗ trợ.' } });
    }
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const mb = Math.round(request.routeOptions.bodyLimit / (1024 * 1024));
      return reply
        .status(413)
        .send({ error: { code: 'VALIDATION', message: `Nội dung gửi lên quá lớn: tối đa ${mb} MB.` } });
    }
    if (fe.code === 'FST_REQ_FILE_TOO_LARGE') {
      const mb = Math.round(limits.maxUploadBytes / (1024 * 1024));
      const message = `Tệp: tệp quá lớn, tối đa ${mb} MB`;
      return reply.status(413).send({
        error: {
          code: 'VALIDATION',
          message: `Tệp quá lớn: tối đa ${mb} MB.`,
          fields: [{ path: 'file', message }],
        },
      });
    }
    if (
      fe.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' ||
      fe.code === 'FST_MP_PREMATURE_CLOSE' ||
      /^(Multipart: |Malformed part header|Unexpected end of (form|file))/.test(fe.message ?? '')
    ) {
      return reply.status(400).send({
        error: {
          code: 'VALIDATION',
          message: 'Tệp tải lên không đúng định dạng multipart.',
          fields: [{ path: 'file', message: 'Tệp: biểu mẫu tải lên không đúng định dạng multipart' }],
        },
      });
    }
    if (fe.code === 'FST_PARTS_LIMIT' || fe.code === 'FST_FILES_LIMIT' || fe.code === 'FST_FIELDS_LIMIT') {
      return reply
        .status(413)
        .send({ error: { code: 'VALIDATION', message: 'Biểu mẫu tải lên có quá nhiều tệp hoặc trường.' } });
    }
    if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply
        .status(fe.statusCode)
        .send({ error: { code: 'VALIDATION', message: 'Yêu cầu không hợp lệ.' } });
    }
    request.log.error(error);
    return reply.status(500).send({
      error: { code: 'INTERNAL', message: 'Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.' },
    });
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Không có địa chỉ này.' } });
    }
    return reply.callNotFound();
  });
}
