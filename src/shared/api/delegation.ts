/** The delegation API (thành phần đại biểu): candidates, composition rules, proposals, approved lists. */
import { AWARD_LEVELS, DELEGATE_CATEGORIES, DELEGATE_COLUMNS } from '../../core/delegation/types.ts';
import { APPORTION_LIMITS } from '../../core/selection/apportion.ts';
import { idSchema, intSchema, versionOrZeroSchema, versionSchema } from './common.ts';
import { z } from './zod-vi.ts';

const text = (max: number) => z.string().trim().max(max);

export const guestInputSchema = z.object({
  category: z.enum(['khach_moi', 'lanh_dao']),
  name: z.string().trim().min(2).max(300),
  gender: z.enum(['nam', 'nu']).nullable(),
  birthYear: z.number().int().min(1900).max(2100).nullable(),
  ethnicCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
  position: text(500),
  nominatingUnitId: idSchema.nullable(),
  formerUnitName: text(300),
  fieldCode: z.string().max(40).nullable(),
  sectorCode: z.string().max(40).nullable(),
  directWorker: z.boolean(),
  priorityAreas: z.array(z.string().max(40)).max(10),
  achievements: text(5000),
});

export const guestSchema = guestInputSchema.extend({
  id: z.string(),
  conferenceId: z.string(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const createGuestBodySchema = guestInputSchema;
export const updateGuestBodySchema = guestInputSchema.extend({ version: versionSchema });
export const guestParamsSchema = z.object({ id: idSchema, guestId: idSchema });
export const versionQuerySchema = z.object({ version: z.coerce.number().pipe(versionSchema) });

export const quotaRuleSchema = z
  .object({
    column: z.enum(DELEGATE_COLUMNS),
    value: z.string().trim().min(1).max(300).optional(),
    each: z.boolean().optional(),
    min: z.number().int().min(0).max(100000).optional(),
    max: z.number().int().min(0).max(100000).optional(),
    minShare: z.number().min(0).max(1).optional(),
    maxShare: z.number().min(0).max(1).optional(),
  })
  .refine((r) => r.each === true || r.value !== undefined, {
    error: 'cần chọn giá trị, hoặc chọn "mọi giá trị"',
    path: ['value'],
  })
  .refine(
    (r) => r.min !== undefined || r.max !== undefined || r.minShare !== undefined || r.maxShare !== undefined,
    {
      error: 'cần ít nhất một giới hạn (tối thiểu hoặc tối đa)',
      path: ['min'],
    },
  );

export const scoreWeightsSchema = z.object({
  award: z.object(
    Object.fromEntries(AWARD_LEVELS.map((l) => [l, z.number().min(0).max(1000)])) as {
      [K in (typeof AWARD_LEVELS)[number]]: z.ZodNumber;
    },
  ),
  councilShare: z.number().min(0).max(1000),
  directWorker: z.number().min(0).max(1000),
  priorityArea: z.number().min(0).max(1000),
  guest: z.number().min(0).max(1000),
  leader: z.number().min(0).max(1000),
});

/** Seats, rules, locks and exclusions; used both to save and, unsaved, for a what-if proposal. */
export const compositionInputSchema = z.object({
  seats: z.number().int().min(1).max(100000),
  rules: z.array(quotaRuleSchema).max(500),
  include: z.array(z.string()).max(100000),
  exclude: z.array(z.string()).max(100000),
  weights: scoreWeightsSchema,
});

export const compositionSchema = compositionInputSchema.extend({ version: z.number() });
/** `version` 0 = the defaults were never saved. */
export const updateCompositionBodySchema = compositionInputSchema.extend({
  version: versionOrZeroSchema,
});

export const scorePartSchema = z.object({ label: z.string(), points: z.number() });

export const delegateCandidateSchema = z.object({
  id: z.string(),
  source: z.enum(['nomination', 'guest']),
  category: z.enum(DELEGATE_CATEGORIES),
  kind: z.enum(['individual', 'collective']),
  name: z.string(),
  gender: z.enum(['nam', 'nu']).nullable(),
  birthYear: z.number().nullable(),
  ethnicCode: z.string().nullable(),
  position: z.string(),
  nominatingUnitId: z.string().nullable(),
  nominatingUnitName: z.string(),
  formerUnitName: z.string(),
  fieldCode: z.string().nullable(),
  sectorCode: z.string().nullable(),
  directWorker: z.boolean(),
  priorityAreas: z.array(z.string()),
  achievements: z.string(),
  awards: z.string(),
  score: z.number(),
  scoreParts: z.array(scorePartSchema),
  representative: z
    .object({
      name: z.string(),
      gender: z.enum(['nam', 'nu']).nullable(),
      birthYear: z.number().nullable(),
      ethnicCode: z.string().nullable(),
    })
    .nullable()
    .optional(),
});

/** A resolved bound with its Vietnamese label ("Nữ", "Lĩnh vực: Ngư nghiệp"). */
export const quotaOutcomeSchema = z.object({
  index: z.number(),
  column: z.string(),
  value: z.string(),
  label: z.string(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  count: z.number(),
  met: z.boolean(),
});

export const relaxationSchema = z.object({
  index: z.number(),
  column: z.string(),
  value: z.string(),
  label: z.string(),
  bound: z.enum(['min', 'max']),
  required: z.number(),
  achieved: z.number(),
});

export const explanationSchema = z.object({
  id: z.string(),
  score: z.number(),
  reason: z.enum(['at_max', 'keeps_minimum', 'excluded']),
  /** Positions in the proposal's `quotas`. */
  quotas: z.array(z.number()),
  /** One Vietnamese sentence: "Nữ đã đủ tối đa 45 người." */
  text: z.string(),
});

export const listSummarySchema = z.object({
  number: z.number(),
  approvedAt: z.string(),
  approvedByName: z.string(),
  note: z.string(),
  seats: z.number(),
  objective: z.number(),
  delegateCount: z.number(),
});

/** GET /api/conferences/:id/delegates: everything the tab needs to draw itself. */
export const delegationResponseSchema = z.object({
  conferenceId: z.string(),
  maxDelegates: z.number(),
  /** Plan targets in whole percent. */
  exemplaryShare: z.number(),
  guestShare: z.number(),
  candidates: z.array(delegateCandidateSchema),
  composition: compositionSchema,
  /** The latest approved list, or null before the first approval. */
  current: listSummarySchema.extend({ selected: z.array(z.string()) }).nullable(),
  /** The rules evaluated on the current list (empty list when none is approved). */
  evaluation: z.array(quotaOutcomeSchema),
});

export const proposeBodySchema = z.object({
  /** Unsaved what-if settings; absent = the saved composition. */
  composition: compositionInputSchema.optional(),
});

export const proposalSchema = z.object({
  status: z.enum(['optimal', 'infeasible']),
  selected: z.array(z.string()),
  objective: z.number(),
  quotas: z.array(quotaOutcomeSchema),
  violation: z.number().optional(),
  relaxation: z.array(relaxationSchema).optional(),
  explanations: z.array(explanationSchema),
  ms: z.number(),
  /** Against the current approved list (all "added" before the first approval). */
  diff: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
});

export const approveListBodySchema = z.object({
  selected: z.array(z.string()).min(1).max(100000),
  /** The list number the user saw as current (null before the first); a mismatch is a conflict. */
  basedOn: versionSchema.nullable(),
  note: text(1000),
});

export const listParamsSchema = z.object({ id: idSchema, number: z.coerce.number().pipe(intSchema(1)) });

export const delegateListSchema = listSummarySchema.extend({
  conferenceId: z.string(),
  rules: z.array(quotaRuleSchema),
  delegates: z.array(delegateCandidateSchema),
  evaluation: z.array(quotaOutcomeSchema),
});

const vn = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/** Bounded to what the tool is for: see APPORTION_LIMITS and docs/rules/delegate-selection.md. */
export const apportionBodySchema = z.object({
  seats: z
    .number()
    .int()
    .min(1)
    .max(APPORTION_LIMITS.seats, { error: `tối đa ${vn(APPORTION_LIMITS.seats)}.` }),
  method: z.enum(['hamilton', 'sainte-lague']),
  min: z
    .number()
    .int()
    .min(0)
    .max(APPORTION_LIMITS.seats, { error: `tối đa ${vn(APPORTION_LIMITS.seats)}.` }),
  units: z
    .array(
      z.object({
        unit: z
          .string()
          .trim()
          .min(1)
          .max(APPORTION_LIMITS.name, { error: `tối đa ${APPORTION_LIMITS.name} ký tự.` }),
        weight: z
          .number()
          .min(0)
          .max(APPORTION_LIMITS.weight, { error: `tối đa ${vn(APPORTION_LIMITS.weight)}.` }),
      }),
    )
    .min(1)
    .max(APPORTION_LIMITS.units, { error: `tối đa ${vn(APPORTION_LIMITS.units)} đơn vị.` }),
});

export const apportionResponseSchema = z.object({
  seats: z.record(z.string(), z.number()),
  steps: z.array(z.record(z.string(), z.unknown())),
});

export type GuestInputBody = z.infer<typeof guestInputSchema>;
export type CompositionInput = z.infer<typeof compositionInputSchema>;
export type DelegationResponse = z.infer<typeof delegationResponseSchema>;
export type Proposal = z.infer<typeof proposalSchema>;
export type QuotaOutcomeView = z.infer<typeof quotaOutcomeSchema>;
export type DelegateListView = z.infer<typeof delegateListSchema>;
export type ListSummary = z.infer<typeof listSummarySchema>;

/** PUT /api/conferences/:id/delegates/representatives/:nominationId: who attends for a collective. */
export const representativeBodySchema = z.object({
  representativeName: z.string().trim().max(200),
  representativeGender: z.enum(['nam', 'nu']).nullable(),
  representativeBirthYear: z.number().int().min(1900).max(2100).nullable(),
  representativeEthnicCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
  /** The nomination's version the user loaded. */
  version: versionSchema,
});
export type RepresentativeBody = z.infer<typeof representativeBodySchema>;

export const representativeViewSchema = representativeBodySchema.extend({ nominationId: z.string() });
export type RepresentativeView = z.infer<typeof representativeViewSchema>;

export const representativeParamsSchema = z.object({ id: idSchema, nominationId: idSchema });
