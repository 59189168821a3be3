import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponseSchema, sortOrderSchema, versionOrZeroSchema } from '../../../shared/api/common.ts';
import {
  REFERENCE_LISTS,
  referenceItemSchema,
  referenceListsResponseSchema,
} from '../../../shared/api/nominations.ts';
import { z } from '../../../shared/api/zod-vi.ts';
import type { ServiceContext } from '../../context.ts';
import { errorResponsesWithConflict } from '../../http/responses.ts';
import { requestMeta, requireActor } from '../../http/session-hook.ts';
import { loadReferenceLists, loadReferenceVersions, updateReferenceList } from './reference.service.ts';

const tags = ['Danh mục'];

export const referenceRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/reference',
      {
        schema: {
          tags,
          summary: 'Danh mục dân tộc, lĩnh vực, thành phần kinh tế, lĩnh vực ưu tiên',
          response: { 200: referenceListsResponseSchema, 401: errorResponseSchema },
        },
      },
      async (request) => {
        requireActor(request);
        return { ...(await loadReferenceLists(ctx.db)), versions: await loadReferenceVersions(ctx.db) };
      },
    );
    app.put(
      '/api/reference/:list',
      {
        schema: {
          tags,
          summary: 'Sửa một danh mục (quản trị thành phố)',
          params: z.object({ list: z.enum(REFERENCE_LISTS) }),
          body: z.object({
            items: z
              .array(
                referenceItemSchema.extend({
                  code: z.string().trim().min(1).max(40),
                  label: z.string().trim().min(1).max(200),
                  aliases: z.array(z.string().trim().min(1).max(200)).max(30),
                  sortOrder: sortOrderSchema,
                }),
              )
              .min(1)
              .max(500),
            version: versionOrZeroSchema,
          }),
          response: {
            200: z.object({ items: z.array(referenceItemSchema), version: z.number().int() }),
            ...errorResponsesWithConflict,
          },
        },
      },
      async (request) =>
        updateReferenceList(
          ctx,
          requireActor(request),
          request.params.list,
          request.body.items,
          request.body.version,
          requestMeta(request),
        ),
    );
  };
