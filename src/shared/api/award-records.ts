/** The award history API: records of awards received (2020 onward), their import, and statistics. */
import { idSchema, intSchema, isoDateSchema, versionSchema } from './common.ts';
import { importResultSchema } from './nominations.ts';
import { z } from './zod-vi.ts';

const text = (max: number) => z.string().trim().max(max);

export const AWARD_SUBJECT_KINDS = ['individual', 'collective'] as const;
export const AWARD_RECORD_SOURCES = ['manual', 'import', 'decision'] as const;

/** What a user enters for one award received; the subject key is derived. */
export const awardRecordInputSchema = z.object({
  kind: z.enum(AWARD_SUBJECT_KINDS),
  name: z.string().trim().min(2).max(300),
  birthYear: z.number().int().min(1900).max(2100).nullable(),
  gender: z.enum(['nam', 'nu']).nullable(),
  ethnicCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
  directWorker: z.boolean(),
  /** "Chức vụ, đơn vị công tác"; its length is checked by the service, which names the field. */
  position: text(5000),
  /** The unit in the organisation tree, when known (it makes the same person recognisable). */
  unitId: idSchema.nullable(),
  unitName: text(300),
  formCode: z.string().trim().min(1).max(60),
  year: z.number().int().min(2000).max(2100),
  achievement: text(2000),
  decisionNumber: text(60),
  decisionDate: isoDateSchema.nullable(),
  issuer: text(300),
  amount: z.number().int().min(0).max(10_000_000_000).nullable(),
});

/** POST /api/award-records: the record and the unit whose history it joins. */
export const createAwardRecordBodySchema = awardRecordInputSchema.extend({ ownerUnitId: idSchema });
export const updateAwardRecordBodySchema = awardRecordInputSchema.extend({ version: versionSchema });

/** A stored record (AwardRecord) with the names a list shows. */
export const awardRecordSchema = awardRecordInputSchema.extend({
  id: z.string(),
  subjectKey: z.string(),
  source: z.enum(AWARD_RECORD_SOURCES),
  decisionId: z.string().nullable(),
  nominationId: z.string().nullable(),
  ownerUnitId: z.string(),
  ownerUnitName: z.string(),
  formName: z.string(),
  version: z.number(),
  createdAt: z.string(),
});

export const awardRecordListQuerySchema = z.object({
  /** Records of this unit's subtree (default: every unit the user may read). */
  unitId: idSchema.optional(),
  subjectKey: z.string().max(500).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  formCode: z.string().max(60).optional(),
  kind: z.enum(AWARD_SUBJECT_KINDS).optional(),
  source: z.enum(AWARD_RECORD_SOURCES).optional(),
  /** Words of the name, position, unit, achievement or decision number, with or without diacritics. */
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(2000).default(200),
  offset: z.coerce.number().pipe(intSchema(0)).default(0),
});

export const awardRecordListResponseSchema = z.object({
  records: z.array(awardRecordSchema),
  total: z.number(),
});

/** GET /api/nominations/:id/award-history: the nominee's records, matched by subject key. */
export const awardHistoryResponseSchema = z.object({
  subjectKey: z.string(),
  records: z.array(awardRecordSchema),
});

export const awardRecordImportResultSchema = importResultSchema.extend({
  records: z.array(awardRecordInputSchema),
});

export const unitParamsSchema = z.object({ unitId: idSchema });

export const awardStatisticsQuerySchema = z
  .object({
    from: z.coerce.number().int().min(2000).max(2100).default(2020),
    to: z.coerce.number().int().min(2000).max(2100).default(2025),
  })
  .refine((q) => q.from <= q.to, { error: 'phải từ năm bắt đầu trở đi', path: ['to'] })
  .refine((q) => q.to - q.from <= 20, { error: 'không được quá 20 năm', path: ['to'] });

export type AwardRecordInput = z.infer<typeof awardRecordInputSchema>;
export type CreateAwardRecordBody = z.infer<typeof createAwardRecordBodySchema>;
export type UpdateAwardRecordBody = z.infer<typeof updateAwardRecordBodySchema>;
export type AwardRecordView = z.infer<typeof awardRecordSchema>;
export type AwardRecordListQuery = z.infer<typeof awardRecordListQuerySchema>;
export type AwardRecordImportResult = z.infer<typeof awardRecordImportResultSchema>;

const countAndMoneySchema = z.object({ count: z.number(), amount: z.number() });
const yearCellSchema = z.object({
  collective: countAndMoneySchema,
  individual: countAndMoneySchema,
  all: countAndMoneySchema,
});
const statisticsLineSchema = z.object({ years: z.array(yearCellSchema), total: yearCellSchema });
const shareCellSchema = z.object({ count: z.number(), share: z.number() });
const shareRowSchema = z.object({
  level: z.string(),
  levelName: z.string(),
  individuals: z.number(),
  directWorkers: shareCellSchema,
  women: shareCellSchema,
  ethnicMinorities: shareCellSchema,
});

/** Biểu 1 (by level and form, per year) and Biểu 2 (shares of individuals) of a unit's subtree. */
export const awardStatisticsResponseSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  years: z.array(z.number()),
  byForm: z.object({
    levels: z.array(
      statisticsLineSchema.extend({
        level: z.string(),
        levelName: z.string(),
        rows: z.array(statisticsLineSchema.extend({ formCode: z.string(), formName: z.string() })),
      }),
    ),
    total: statisticsLineSchema,
  }),
  shares: z.object({ levels: z.array(shareRowSchema), total: shareRowSchema }),
});

export type AwardStatisticsResponse = z.infer<typeof awardStatisticsResponseSchema>;
