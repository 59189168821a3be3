import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFoundError } from '../../../core/errors/domain-error.ts';
import { idParamsSchema } from '../../../shared/api/common.ts';
import type { ServiceContext } from '../../context.ts';
import { sendDownload } from '../../http/responses.ts';
import { requireActor } from '../../http/session-hook.ts';
import { loadVisibleNomination } from '../nominations/nominations.service.ts';
import { findFileMeta, findNominationOfFile, readFileData } from './files.repo.ts';

/** Files are read through the record they belong to: whoever may see the nomination may see its files. */
export const fileRoutes =
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
        const actor = requireActor(request);
        const owner = await findNominationOfFile(ctx.db, request.params.id);
        const meta = await findFileMeta(ctx.db, request.params.id);
        if (!owner || !meta) throw notFoundError('tệp này');
        try {
          await loadVisibleNomination(ctx, actor, owner.id);
        } catch {
          throw notFoundError('tệp này');
        }
        const data = await readFileData(ctx.db, meta.id);
        if (!data) throw notFoundError('tệp này');
        const file = { fileName: meta.fileName, contentType: meta.contentType, bytes: data };
        return sendDownload(reply, file, { inline: true, maxAgeSeconds: 3600 });
      },
    );
  };
