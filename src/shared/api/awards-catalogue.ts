/** The commendation catalogue API: titles and forms with their coefficients, and the base salary table. */
import { AWARD_FORM_LEVELS, AWARD_RECIPIENTS } from '../../core/awards/types.ts';
import { isoDateSchema, sortOrderSchema, versionOrZeroSchema, versionSchema } from './common.ts';
import { z } from './zod-vi.ts';

const text = (max: number) => z.string().trim().max(max);
const coefficient = z.number().min(0).max(100).nullable();

/** One title or form, as AwardForm. */
export const awardFormSchema = z.object({
  code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, { error: 'chỉ gồm chữ thường không dấu, số và "-"' }),
  name: z.string().trim().min(1).max(300),
  category: z.enum(['title', 'form']),
  level: z.enum(AWARD_FORM_LEVELS),
  recipients: z.array(z.enum(AWARD_RECIPIENTS)).min(1).max(AWARD_RECIPIENTS.length),
  authority: text(300),
  conferredByCommune: z.boolean(),
  coefficientIndividual: coefficient,
  coefficientCollective: coefficient,
  comesWith: text(300),
  legalBasis: text(1000),
  effectiveFrom: isoDateSchema,
  effectiveTo: isoDateSchema.nullable(),
  verified: z.boolean(),
  requiresSameYear: z.array(z.string().trim().min(1).max(60)).max(10),
  threshold: z.object({
    share: z.number().gt(0).max(1),
    strict: z.boolean(),
    base: z.enum(['members', 'present']),
  }),
  sortOrder: sortOrderSchema,
});

/** A stored form with the version an edit must send back. */
export const awardFormRecordSchema = awardFormSchema.extend({
  version: z.number(),
  updatedAt: z.string(),
});

export const awardFormsResponseSchema = z.object({ forms: z.array(awardFormRecordSchema) });

export const awardFormParamsSchema = z.object({ code: z.string().min(1).max(60) });

/** Which version of the form an edit aims at (its stored start of validity); default: the newest. */
export const awardFormQuerySchema = z.object({ effectiveFrom: isoDateSchema.optional() });

/** PUT /api/award-forms/:code: every field but the code, and the version loaded. */
export const updateAwardFormBodySchema = awardFormSchema
  .omit({ code: true })
  .extend({ version: versionSchema });

export const baseSalarySchema = z.object({
  amount: z.number().int().min(100_000).max(1_000_000_000),
  effectiveFrom: isoDateSchema,
  legalBasis: text(1000),
  verified: z.boolean(),
});

export const baseSalariesResponseSchema = z.object({
  salaries: z.array(baseSalarySchema),
  /** The table's version; a save names the one it read and a stale save is refused (409). */
  version: z.number().int(),
});

/** PUT /api/base-salaries replaces the whole table. */
export const replaceBaseSalariesBodySchema = z.object({
  salaries: z.array(baseSalarySchema).min(1).max(100),
  version: versionOrZeroSchema,
});

export type AwardFormRecord = z.infer<typeof awardFormRecordSchema>;
export type UpdateAwardFormBody = z.infer<typeof updateAwardFormBodySchema>;
export type ReplaceBaseSalariesBody = z.infer<typeof replaceBaseSalariesBodySchema>;
