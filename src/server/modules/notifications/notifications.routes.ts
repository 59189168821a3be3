import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../shared/api/common.ts';
import { notificationSchema } from '../../../shared/api/nominations.ts';
import { z } from '../../../shared/api/zod-vi.ts';
import type { ServiceContext } from '../../context.ts';
import { requireActor } from '../../http/session-hook.ts';
import { countUnread, listNotifications, markRead } from './notifications.repo.ts';

const tags = ['Thông báo'];

/** Each user reads and clears only their own notifications. */
export const notificationRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/notifications',
      {
        schema: {
          tags,
          summary: 'Thông báo của người dùng',
          response: {
            200: z.object({ notifications: z.array(notificationSchema), unread: z.number() }),
            401: errorResponseSchema,
          },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const rows = await listNotifications(ctx.db, actor.userId, 50);
        return {
          notifications: rows.map((r) => ({
            id: String(r.id),
            at: new Date(r.at).toISOString(),
            message: r.message,
            link: r.link,
            read: r.read,
          })),
          unread: await countUnread(ctx.db, actor.userId),
        };
      },
    );
    app.post(
      '/api/notifications/read',
      {
        schema: {
          tags,
          summary: 'Đánh dấu đã đọc (tất cả khi không nêu mã)',
          body: z.object({ ids: z.array(z.string().regex(/^\d+$/)).max(500).optional() }).optional(),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await markRead(ctx.db, actor.userId, request.body?.ids);
        return reply.status(204).send();
      },
    );
  };
