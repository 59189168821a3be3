import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/api/common.ts';
import type { ServiceContext } from '../../context.ts';
import { sendDownload } from '../../http/responses.ts';
import { requireActor } from '../../http/session-hook.ts';
import { readNominationFile } from './nomination-files.service.ts';

/** Files are read through the record they belong to: whoever may see the nomination may see its files. */
export const nominationFileRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/files/:id',
      {
        schema: {
          tags: ['Tệp'],
          summary: 'Ảnh chân dung hoặc biên bản của một đề cử',
          params: idParamsSchema,
        },
      },
      async (request, reply) => {
        const { meta, data } = await readNominationFile(ctx, requireActor(request), request.params.id);
        const file = { fileName: meta.fileName, contentType: meta.contentType, bytes: data };
        return sendDownload(reply, file, { inline: true, maxAgeSeconds: 3600 });
      },
    );
  };
