import type { Conference, ConferencePlan } from '../../core/conference/types.ts';
import { idSchema, isoDateSchema, timeSchema, versionSchema } from './common.ts';
import { z } from './zod-vi.ts';

const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const textBlockSchema = z.object({
  style: z.enum(['paragraph', 'dash', 'plus']),
  text: requiredText(5000),
});

export const keyContentSchema = z.object({
  code: requiredText(10),
  heading: text(500),
  blocks: z.array(textBlockSchema).max(50),
});

export const assignmentSchema = z.object({
  unitName: requiredText(300),
  unitId: z.string().nullable(),
  isRequest: z.boolean(),
  /** Plans saved before the label could be bold print it plain. */
  labelBold: z.boolean().default(false),
  duties: z.array(requiredText(5000)).min(1).max(20),
});

export const signatureSchema = z.object({
  authority: text(100),
  prefix: text(100),
  position: requiredText(100),
  signerName: text(100),
});

export const conferencePlanSchema = z.object({
  documentNumber: text(20),
  documentSymbol: requiredText(30),
  issuedDate: isoDateSchema.nullable(),
  place: requiredText(100),
  parentBody: text(200),
  issuingBody: requiredText(200),
  title: requiredText(1000),
  basis: text(5000),
  purposes: z.array(requiredText(5000)).min(1).max(20),
  form: requiredText(1000),
  composition: requiredText(5000),
  compositionNotes: z.array(requiredText(5000)).max(20),
  programItems: z.array(requiredText(1000)).min(1).max(30),
  activities: z.array(requiredText(5000)).max(20),
  keyContents: z.array(keyContentSchema).max(20),
  assignments: z.array(assignmentSchema).max(30),
  closing: text(5000),
  recipients: z.array(requiredText(300)).min(1).max(30),
  signature: signatureSchema,
}) satisfies z.ZodType<ConferencePlan>;

export const sessionSchema = z.object({
  date: isoDateSchema.nullable(),
  part: z.enum(['sang', 'chieu']),
  startTime: timeSchema,
  endTime: timeSchema,
  venue: text(300),
});

export const conferenceSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  name: z.string(),
  nameLine2: z.string(),
  ordinal: z.number(),
  term: z.string(),
  year: z.number(),
  session: sessionSchema,
  deadline: z.string().nullable(),
  maxDelegates: z.number(),
  exemplaryShare: z.number(),
  guestShare: z.number(),
  plan: conferencePlanSchema,
  status: z.enum(['draft', 'approved']),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<Conference>;

export const conferenceSummarySchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  name: z.string(),
  nameLine2: z.string(),
  year: z.number(),
  sessionDate: z.string().nullable(),
  deadline: z.string().nullable(),
  maxDelegates: z.number(),
  status: z.enum(['draft', 'approved']),
  updatedAt: z.string(),
});

export const conferenceListQuerySchema = z.object({
  unitId: idSchema.optional(),
});

export const conferenceListResponseSchema = z.object({ conferences: z.array(conferenceSummarySchema) });

export const createConferenceBodySchema = z.object({
  unitId: idSchema,
  templateId: idSchema.optional(),
});

/** A whole-conference edit; `version` must be the one the editor loaded (optimistic locking). */
export const updateConferenceBodySchema = z
  .object({
    version: versionSchema,
    name: requiredText(300),
    nameLine2: requiredText(200),
    ordinal: z.number().int().min(1).max(50),
    term: z
      .string()
      .trim()
      .regex(/^\d{4} - \d{4}$/, { error: 'phải có dạng 2025 - 2030' }),
    year: z.number().int().min(2000).max(2100),
    session: sessionSchema,
    deadline: isoDateSchema.nullable(),
    maxDelegates: z.number().int().min(1).max(5000),
    exemplaryShare: z.number().int().min(0).max(100),
    guestShare: z.number().int().min(0).max(100),
    plan: conferencePlanSchema,
  })
  .superRefine((v, ctx) => {
    if (v.exemplaryShare + v.guestShare !== 100) {
      ctx.addIssue({
        code: 'custom',
        path: ['guestShare'],
        message: `cộng với tỷ lệ điển hình tiên tiến phải bằng 100% (hiện là ${v.exemplaryShare + v.guestShare}%)`,
      });
    }
    if (v.session.startTime >= v.session.endTime) {
      ctx.addIssue({ code: 'custom', path: ['session', 'endTime'], message: 'phải sau giờ bắt đầu' });
    }
  });

export const conferenceTemplateSummarySchema = z.object({
  id: z.string(),
  ownerUnitId: z.string(),
  title: z.string(),
  year: z.number(),
  isDefault: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
});

export const templateListResponseSchema = z.object({ templates: z.array(conferenceTemplateSummarySchema) });

export const conferenceTemplateBodySchema = z.object({
  title: requiredText(300),
  cityName: requiredText(100),
  year: z.number().int().min(2000).max(2100),
  ordinal: z.number().int().min(1).max(50),
  term: z
    .string()
    .trim()
    .regex(/^\d{4} - \d{4}$/, { error: 'phải có dạng 2025 - 2030' }),
  previousTerm: z
    .string()
    .trim()
    .regex(/^\d{4} - \d{4}$/, { error: 'phải có dạng 2020 - 2025' }),
  upperCongress: requiredText(500),
  upperPlanReference: requiredText(2000),
  deadline: isoDateSchema.nullable(),
  maxDelegates: z.number().int().min(1).max(5000),
  exemplaryShare: z.number().int().min(0).max(100),
  guestShare: z.number().int().min(0).max(100),
  session: z.object({ part: z.enum(['sang', 'chieu']), startTime: timeSchema, endTime: timeSchema }),
  plan: conferencePlanSchema,
});

export const conferenceTemplateSchema = conferenceTemplateSummarySchema.extend({
  body: conferenceTemplateBodySchema,
});

export const updateTemplateBodySchema = z.object({
  version: versionSchema,
  body: conferenceTemplateBodySchema,
});

export type ConferenceSummary = z.infer<typeof conferenceSummarySchema>;
export type CreateConferenceBody = z.infer<typeof createConferenceBodySchema>;
export type UpdateConferenceBody = z.infer<typeof updateConferenceBodySchema>;
export type ConferenceTemplateSummary = z.infer<typeof conferenceTemplateSummarySchema>;
export type ConferenceTemplateRecord = z.infer<typeof conferenceTemplateSchema>;
