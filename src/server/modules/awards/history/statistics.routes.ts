import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  awardStatisticsQuerySchema,
  awardStatisticsResponseSchema,
  unitParamsSchema,
} from '../../../../shared/api/award-records.ts';
import type { ServiceContext } from '../../../context.ts';
import { errorResponses, sendDownload } from '../../../http/responses.ts';
import { requireActor } from '../../../http/session-hook.ts';
import { unitAwardStatistics, unitAwardStatisticsWorkbook } from './statistics.service.ts';

const tags = ['Lịch sử khen thưởng'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const awardStatisticsRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/units/:unitId/award-statistics',
      {
        schema: {
          tags,
          summary: 'Thống kê khen thưởng theo hình thức, cấp và năm (Biểu 1) và tỷ lệ cá nhân (Biểu 2)',
          params: unitParamsSchema,
          querystring: awardStatisticsQuerySchema,
          response: { 200: awardStatisticsResponseSchema, ...errorResponses },
        },
      },
      async (request) =>
        unitAwardStatistics(ctx, requireActor(request), request.params.unitId, request.query),
    );
    app.get(
      '/api/units/:unitId/award-statistics.xlsx',
      {
        schema: {
          tags,
          summary: 'Tải Biểu 1 và Biểu 2 thống kê khen thưởng (Excel)',
          params: unitParamsSchema,
          querystring: awardStatisticsQuerySchema,
        },
      },
      async (request, reply) => {
        const { from, to } = request.query;
        const { bytes } = await unitAwardStatisticsWorkbook(
          ctx,
          requireActor(request),
          request.params.unitId,
          {
            from,
            to,
          },
        );
        const fileName = `Thống kê khen thưởng ${from}-${to}.xlsx`;
        return sendDownload(reply, { fileName, contentType: XLSX, bytes });
      },
    );
  };
