import { idSchema, intSchema } from './common.ts';
import { z } from './zod-vi.ts';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string(),
  unitId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const auditQuerySchema = z.object({
  unitId: idSchema.optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().pipe(intSchema(0)).default(0),
});

export const auditListResponseSchema = z.object({ entries: z.array(auditEntrySchema), total: z.number() });

export type AuditEntry = z.infer<typeof auditEntrySchema>;
