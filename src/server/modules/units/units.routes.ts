import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/api/common.ts';
import {
  createUnitBodySchema,
  unitSchema,
  unitTreeResponseSchema,
  updateUnitBodySchema,
  updateUnitOfficeBodySchema,
} from '../../../shared/api/units.ts';
import { z } from '../../../shared/api/zod-vi.ts';
import type { ServiceContext } from '../../context.ts';
import { errorResponses, errorResponsesWithConflict } from '../../http/responses.ts';
import { requestMeta, requireActor } from '../../http/session-hook.ts';
import { createUnit, getUnitDetail, getUnitTree, updateUnit, updateUnitOffice } from './units.service.ts';

const tags = ['Đơn vị'];

export const unitRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/units',
      {
        schema: {
          tags,
          summary: 'Cây đơn vị mà người dùng được xem',
          response: { 200: unitTreeResponseSchema, ...errorResponses },
        },
      },
      async (request) => getUnitTree(ctx, requireActor(request)),
    );
    app.get(
      '/api/units/:id',
      {
        schema: {
          tags,
          summary: 'Một đơn vị và các đơn vị trực thuộc',
          params: idParamsSchema,
          response: { 200: z.object({ unit: unitSchema, children: z.array(unitSchema) }), ...errorResponses },
        },
      },
      async (request) => getUnitDetail(ctx, requireActor(request), request.params.id),
    );
    app.post(
      '/api/units',
      {
        schema: {
          tags,
          summary: 'Thêm cơ quan, phòng ban hoặc đơn vị trước sắp xếp',
          body: createUnitBodySchema,
          response: { 201: unitSchema, ...errorResponsesWithConflict },
        },
      },
      async (request, reply) => {
        const unit = await createUnit(ctx, requireActor(request), request.body, requestMeta(request));
        return reply.status(201).send(unit);
      },
    );
    app.patch(
      '/api/units/:id',
      {
        schema: {
          tags,
          summary: 'Sửa tên, loại hình, mã của đơn vị',
          params: idParamsSchema,
          body: updateUnitBodySchema,
          response: { 200: unitSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateUnit(ctx, requireActor(request), request.params.id, request.body, requestMeta(request)),
    );
    app.put(
      '/api/units/:id/office',
      {
        schema: {
          tags,
          summary: 'Văn phòng của thành phố, xã, phường, đặc khu: có Hội đồng nhân dân không, tên văn phòng',
          params: idParamsSchema,
          body: updateUnitOfficeBodySchema,
          response: { 200: unitSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateUnitOffice(ctx, requireActor(request), request.params.id, request.body, requestMeta(request)),
    );
  };
