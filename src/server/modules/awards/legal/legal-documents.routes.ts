import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  legalDocumentParamsSchema,
  legalDocumentRecordSchema,
  legalDocumentsResponseSchema,
  updateLegalDocumentBodySchema,
} from '../../../../shared/api/legal-documents.ts';
import type { ServiceContext } from '../../../context.ts';
import { errorResponses, errorResponsesWithConflict } from '../../../http/responses.ts';
import { requestMeta, requireActor } from '../../../http/session-hook.ts';
import { listLegalDocuments, updateLegalDocument } from './legal-documents.service.ts';

const tags = ['Khen thưởng'];

export const legalDocumentRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/legal-documents',
      {
        schema: {
          tags,
          summary: 'Các văn bản căn cứ của quyết định khen thưởng, với thời gian hiệu lực',
          response: { 200: legalDocumentsResponseSchema, ...errorResponses },
        },
      },
      async (request) => {
        requireActor(request);
        return { documents: await listLegalDocuments(ctx) };
      },
    );
    app.put(
      '/api/legal-documents/:code',
      {
        schema: {
          tags,
          summary: 'Sửa số hiệu, ngày, trích yếu, hiệu lực của một văn bản căn cứ (quản trị thành phố)',
          params: legalDocumentParamsSchema,
          body: updateLegalDocumentBodySchema,
          response: { 200: legalDocumentRecordSchema, ...errorResponsesWithConflict },
        },
      },
      async (request) =>
        updateLegalDocument(
          ctx,
          requireActor(request),
          request.params.code,
          request.body,
          requestMeta(request),
        ),
    );
  };
