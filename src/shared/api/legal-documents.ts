/** The legal documents award decisions cite: the table the city's administrator corrects. */
import { LEGAL_DOCUMENT_KINDS, LEGAL_FIELDS, LEGAL_ROLES } from '../../core/awards/legal-bases.ts';
import { isoDateSchema, versionSchema } from './common.ts';
import { z } from './zod-vi.ts';

export const legalDocumentSchema = z.object({
  code: z.string(),
  kind: z.enum(LEGAL_DOCUMENT_KINDS),
  number: z.string(),
  issuedOn: isoDateSchema,
  issuer: z.string(),
  title: z.string(),
  effectiveFrom: isoDateSchema,
  effectiveTo: isoDateSchema.nullable(),
  role: z.enum(LEGAL_ROLES),
  amends: z.string().nullable(),
  forms: z.array(z.string()).nullable(),
  levels: z.array(z.enum(['commune', 'city'])).nullable(),
  unverified: z.array(z.enum(LEGAL_FIELDS)),
  source: z.string(),
});

/** A stored document with its order, the version an edit must send back, and its full citation. */
export const legalDocumentRecordSchema = legalDocumentSchema.extend({
  sortOrder: z.number(),
  version: z.number(),
  updatedAt: z.string(),
  citation: z.string(),
});

export const legalDocumentsResponseSchema = z.object({ documents: z.array(legalDocumentRecordSchema) });

export const legalDocumentParamsSchema = z.object({ code: z.string().min(1).max(60) });

/**
 * PUT /api/legal-documents/:code: what the administrator corrects (number, dates, trích yếu, source)
 * and whether every value is now checked against the official text.
 */
export const updateLegalDocumentBodySchema = z.object({
  version: versionSchema,
  number: z
    .string()
    .trim()
    .min(3)
    .max(40)
    .regex(/^\d+\/\d{4}\/[\p{L}\d-]+$/u, { error: 'phải có dạng số/năm/ký hiệu, ví dụ 152/2025/NĐ-CP' }),
  issuedOn: isoDateSchema,
  title: z.string().trim().min(3).max(500),
  effectiveFrom: isoDateSchema,
  effectiveTo: isoDateSchema.nullable(),
  source: z.string().trim().max(1000),
  verified: z.boolean(),
});

export type LegalDocumentRecord = z.infer<typeof legalDocumentRecordSchema>;
export type UpdateLegalDocumentBody = z.infer<typeof updateLegalDocumentBodySchema>;
