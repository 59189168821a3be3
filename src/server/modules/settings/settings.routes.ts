import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicAddressSchema, updatePublicAddressBodySchema } from '../../../shared/api/settings.ts';
import type { ServiceContext } from '../../context.ts';
import { errorResponses, errorResponsesWithConflict } from '../../http/responses.ts';
import { requestMeta, requireActor } from '../../http/session-hook.ts';
import { publicAddress, setPublicAddress } from './settings.service.ts';

const tags = ['Cài đặt'];

/** The installation's settings: anyone signed in reads the public address; the system administrator sets it. */
export const settingsRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/settings/public-address',
      {
        schema: {
          tags,
          summary: 'Địa chỉ công khai của hệ thống (mã QR trên giấy khen mở địa chỉ này)',
          response: { 200: publicAddressSchema, ...errorResponses },
        },
      },
      async (request) => {
        requireActor(request);
        return publicAddress(ctx);
      },
    );
    app.put(
      '/api/settings/public-address',
      {
        schema: {
          tags,
          summary: 'Đặt địa chỉ công khai của hệ thống (chỉ quản trị hệ thống)',
          body: updatePublicAddressBodySchema,
          response: { 200: publicAddressSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) => setPublicAddress(ctx, requireActor(request), request.body, requestMeta(request)),
    );
  };
