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
export function registerErrorHandling(app: FastifyInstance): void {
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
      return reply.status(413).send({ error: { code: 'VALIDATION', message: 'Nội dung gửi lên quá lớn.' } });
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
