import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFoundError } from '../../../../core/errors/domain-error.ts';
import { certificateVerificationSchema, tokenParamsSchema } from '../../../../shared/api/award-decisions.ts';
import { errorResponseSchema } from '../../../../shared/api/common.ts';
import type { ServiceContext } from '../../../context.ts';
import { verifyCertificate } from './verification.service.ts';
import { unknownCertificatePage, verificationPage } from './verification-page.ts';

/**
 * The public verification of a certificate's QR code, without login: the page /xac-thuc/<token> and
 * the same facts as JSON. Rate-limited per address, both routes on one budget, so tokens cannot be guessed by brute force (they
 * have 128 random bits anyway) and the page cannot be used to load the server.
 */
export const verificationRoutes =
  (ctx: ServiceContext, opts: { rateLimit: number }): FastifyPluginAsyncZod =>
  async (app) => {
    // One budget per address for the page and the JSON together: two routes are not twice the guesses.
    const onRequest = app.rateLimit({ max: opts.rateLimit, timeWindow: '1 minute' });
    app.get('/xac-thuc/:token', { onRequest, schema: { hide: true } }, async (request, reply) => {
      // No schema on the token: whatever was typed, the answer is the Vietnamese page, never JSON.
      const { token } = request.params as { token: string };
      const found = await verifyCertificate(ctx.db, token);
      return reply
        .status(found ? 200 : 404)
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('x-robots-tag', 'noindex')
        .header('referrer-policy', 'no-referrer')
        .send(found ? verificationPage(found) : unknownCertificatePage());
    });
    app.get(
      '/api/public/certificates/:token',
      {
        onRequest,
        schema: {
          tags: ['Xác thực giấy khen (công khai)'],
          summary:
            'Xác thực giấy khen theo mã QR: tên, hình thức, thành tích, quyết định (không cần đăng nhập)',
          params: tokenParamsSchema,
          response: {
            200: certificateVerificationSchema,
            404: errorResponseSchema,
            429: errorResponseSchema,
          },
        },
      },
      async (request, reply) => {
        const found = await verifyCertificate(ctx.db, request.params.token);
        if (!found) throw notFoundError('giấy khen với mã xác thực này');
        return reply.header('cache-control', 'no-store').send(found);
      },
    );
  };
