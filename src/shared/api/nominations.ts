import { NOMINATION_STATES } from '../../core/nominations/types.ts';
import { NOMINATION_ACTIONS, type NominationAction } from '../../core/nominations/workflow.ts';
import { REFERENCE_LIST_NAMES, type ReferenceListName } from '../../core/reference/types.ts';
import { idSchema, isoDateSchema, versionOrZeroSchema, versionSchema } from './common.ts';
import { z } from './zod-vi.ts';

const text = (max: number) => z.string().trim().max(max);

export const grassrootsVoteSchema = z.object({
  meetingDate: isoDateSchema,
  present: z.number().int().min(1).max(100000),
  inFavour: z.number().int().min(0).max(100000),
  minutesFileId: z.string().nullable(),
});

export const councilVoteSchema = z.object({
  meetingDate: isoDateSchema,
  members: z.number().int().min(1).max(1000),
  present: z.number().int().min(1).max(1000),
  inFavour: z.number().int().min(0).max(1000),
});

export const nominationInputSchema = z.object({
  kind: z.enum(['individual', 'collective']),
  name: z.string().trim().min(2).max(300),
  gender: z.enum(['nam', 'nu']).nullable(),
  birthYear: z.number().int().min(1900).max(2100).nullable(),
  ethnicCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
  position: text(500),
  nominatingUnitId: idSchema,
  formerUnitName: text(300),
  fieldCode: z.string().max(40).nullable(),
  sectorCode: z.string().max(40).nullable(),
  directWorker: z.boolean(),
  priorityAreas: z.array(z.string().max(40)).max(10),
  achievements: text(10000),
  awards: text(5000),
  memberCount: z.number().int().min(1).max(1000000).nullable(),
  representativeName: text(200),
  // Optional in requests: a client written before the representative's details sends none.
  representativeGender: z.enum(['nam', 'nu']).nullable().default(null),
  representativeBirthYear: z.number().int().min(1900).max(2100).nullable().default(null),
  representativeEthnicCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable()
    .default(null),
  vote: grassrootsVoteSchema.nullable(),
  citizenId: z
    .string()
    .trim()
    .regex(/^(\d{12})?$/, { error: 'phải gồm đúng 12 chữ số' }),
  phone: z
    .string()
    .trim()
    .regex(/^(0\d{9,10})?$/, { error: 'phải là số điện thoại Việt Nam, ví dụ 0912345678' }),
});

export const nominationSchema = nominationInputSchema.extend({
  /** Masked ("********2345") for users who may not read personal data. */
  citizenId: z.string(),
  phone: z.string(),
  id: z.string(),
  conferenceId: z.string(),
  number: z.number(),
  nominatingUnitName: z.string(),
  state: z.enum(NOMINATION_STATES),
  returnReason: z.string(),
  council: councilVoteSchema.nullable(),
  photoFileId: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** Vote share in whole percent with one decimal, computed. */
  voteShare: z.number().nullable(),
  /** Whether the grassroots vote meets the conference's threshold. */
  votePasses: z.boolean().nullable(),
  /** Other nominations with the same name, birth year and unit. */
  duplicateOf: z.array(z.object({ id: z.string(), number: z.number(), conferenceId: z.string() })),
  /** True when CCCD and phone are masked for this user. */
  personalMasked: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const nominationListQuerySchema = z.object({
  q: z.string().max(200).optional(),
  unitId: idSchema.optional(),
  kind: z.enum(['individual', 'collective']).optional(),
  fieldCode: z.string().max(40).optional(),
  sectorCode: z.string().max(40).optional(),
  gender: z.enum(['nam', 'nu']).optional(),
  ethnicCode: z.string().max(4).optional(),
  directWorker: z.enum(['true', 'false']).optional(),
  state: z.enum(NOMINATION_STATES).optional(),
});

const countMap = z.record(z.string(), z.number());

export const nominationListResponseSchema = z.object({
  nominations: z.array(nominationSchema),
  total: z.number(),
  /** Counts per value of each filter, over the nominations matching the other filters' search text. */
  counts: z.object({
    unit: countMap,
    kind: countMap,
    field: countMap,
    sector: countMap,
    gender: countMap,
    ethnic: countMap,
    directWorker: countMap,
    state: countMap,
  }),
});

export const createNominationBodySchema = nominationInputSchema;
export const updateNominationBodySchema = nominationInputSchema.extend({ version: versionSchema });

export { NOMINATION_ACTIONS, type NominationAction };

export const transitionBodySchema = z.object({
  action: z.enum(NOMINATION_ACTIONS),
  version: versionSchema,
  /** Required when returning. */
  reason: text(2000).optional(),
  /** Required for the council's decision. */
  council: councilVoteSchema.optional(),
});

export const nominationSettingsSchema = z.object({
  grassroots: z.object({ share: z.number().min(0).max(1), strict: z.boolean() }),
  council: z.object({
    share: z.number().min(0).max(1),
    strict: z.boolean(),
    base: z.enum(['members', 'present']),
  }),
});

/** The thresholds with the version the client read; a save naming an older version is refused (409). */
export const versionedNominationSettingsSchema = nominationSettingsSchema.extend({
  version: versionOrZeroSchema,
});

export const referenceItemSchema = z.object({
  code: z.string(),
  label: z.string(),
  aliases: z.array(z.string()),
  active: z.boolean(),
  sortOrder: z.number(),
});

export const REFERENCE_LISTS = REFERENCE_LIST_NAMES;
export type { ReferenceListName };

export const referenceListsResponseSchema = z.object({
  ...(Object.fromEntries(REFERENCE_LISTS.map((l) => [l, z.array(referenceItemSchema)])) as Record<
    ReferenceListName,
    z.ZodArray<typeof referenceItemSchema>
  >),
  /** Each list's version; a save names the one it read and a stale save is refused (409). */
  versions: z.record(z.enum(REFERENCE_LISTS), z.number().int()),
});

export const importResultSchema = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  imported: z.number(),
  /** "Dòng N, cột X: lý do", every bad cell, when ok is false. */
  errors: z.array(z.string()),
  /** Rows that match an existing nomination (same name, birth year and unit): flagged, still imported. */
  warnings: z.array(z.string()),
});

export const importPreviewSchema = z.object({
  sheetName: z.string(),
  headerRow: z.number(),
  headers: z.array(z.string()),
  rowCount: z.number(),
  /** For each template column key, the index of the proposed source column, or null. */
  mapping: z.record(z.string(), z.number().nullable()),
});

export const notificationSchema = z.object({
  id: z.string(),
  at: z.string(),
  message: z.string(),
  link: z.string().nullable(),
  read: z.boolean(),
});

export type NominationRecord = z.infer<typeof nominationSchema>;
export type NominationInputBody = z.infer<typeof nominationInputSchema>;
export type NominationListQuery = z.infer<typeof nominationListQuerySchema>;
export type NominationListResponse = z.infer<typeof nominationListResponseSchema>;
export type TransitionBody = z.infer<typeof transitionBodySchema>;
export type ReferenceItem = z.infer<typeof referenceItemSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
export type ImportPreview = z.infer<typeof importPreviewSchema>;
export type NotificationRecord = z.infer<typeof notificationSchema>;
