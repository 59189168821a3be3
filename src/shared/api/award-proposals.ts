/** Proposals of commendation (đề nghị khen thưởng) and the council's vote on them. */
import { PROPOSER_KINDS } from '../../core/awards/types.ts';
import { idSchema, isoDateSchema, versionSchema } from './common.ts';
import { z } from './zod-vi.ts';

const text = (max: number) => z.string().trim().max(max);

export const awardSubjectSchema = z.object({
  kind: z.enum(['individual', 'collective']),
  name: z.string(),
  birthYear: z.number().nullable(),
  gender: z.enum(['nam', 'nu']).nullable(),
  ethnicCode: z.string().nullable(),
  directWorker: z.boolean(),
  position: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string(),
});

/**
 * One person or collective to propose: an exemplary delegate of the latest approved list ('delegate',
 * the id is the delegate's) or a nomination the council approved ('nomination'). Without an
 * achievement, the standard wording of the conference's period is used.
 */
export const proposalItemInputSchema = z.object({
  source: z.enum(['delegate', 'nomination']),
  id: idSchema,
  achievement: text(1000).optional(),
});

const yearSchema = z.number().int().min(2000).max(2100);

/** The period honoured: "giai đoạn 2020 - 2025" is { from: 2020, to: 2025 }, "năm 2025" { from: 2025, to: 2025 }. */
export const awardPeriodSchema = z.object({ from: yearSchema, to: yearSchema });

/** The body that signs the Tờ trình (council's standing body, a department, or the Ủy ban to the city). */
export const proposerSchema = z.object({
  kind: z.enum(PROPOSER_KINDS),
  name: text(200),
  code: text(20),
  signerTitle: text(100),
  signerName: text(200),
});

export const proposalInputSchema = z.object({
  formCode: z.string().trim().min(1).max(80),
  year: yearSchema,
  /** Left out: the period of the conference's plan ("Thời kỳ đánh giá phong trào thi đua"). */
  period: awardPeriodSchema.optional(),
  title: text(500),
  /** Left out: the council's standing body (or, for a form of the city, the Ủy ban). */
  proposer: proposerSchema.optional(),
  /** "15", or "15/TTr-HĐTĐKT" when the symbol is the proposer's. */
  submissionNumber: text(60),
  submissionDate: isoDateSchema.nullable(),
  items: z.array(proposalItemInputSchema).min(1).max(5000),
});

export const createProposalBodySchema = proposalInputSchema;
export const updateProposalBodySchema = proposalInputSchema.extend({ version: versionSchema });

export const councilMeetingInputSchema = z.object({
  meetingDate: isoDateSchema,
  members: z.number().int().min(1).max(1000),
  present: z.number().int().min(0).max(1000),
  writtenVotes: z.number().int().min(0).max(1000),
  chair: text(200),
  secretary: text(200),
  location: text(300),
});

/** The council's meeting and, for every item of the proposal, the members in favour. */
export const councilBodySchema = z.object({
  version: versionSchema,
  council: councilMeetingInputSchema,
  votes: z
    .array(z.object({ itemId: z.string().min(1).max(100), inFavour: z.number().int().min(0).max(1000) }))
    .max(5000),
});

export const councilMeetingSchema = z.object({
  date: z.string(),
  members: z.number(),
  present: z.number(),
  writtenVotes: z.number(),
  chair: z.string(),
  secretary: z.string(),
  location: z.string(),
});

export const proposalItemSchema = z.object({
  id: z.string(),
  subject: awardSubjectSchema,
  subjectKey: z.string(),
  nominationId: z.string().nullable(),
  achievement: z.string(),
  inFavour: z.number().nullable(),
  passed: z.boolean().nullable(),
  /** Why the subject cannot receive the form (checked against the award history); empty = eligible. */
  problems: z.array(z.string()),
});

export const PROPOSAL_STATES = ['draft', 'voted', 'decided'] as const;

export const proposalSchema = z.object({
  id: z.string(),
  conferenceId: z.string(),
  unitId: z.string(),
  formCode: z.string(),
  formName: z.string(),
  year: z.number(),
  period: awardPeriodSchema,
  title: z.string(),
  proposer: proposerSchema,
  /** The number only ("15"). */
  submissionNumber: z.string(),
  /** "TTr-HĐTĐKT": follows the proposer. */
  submissionSymbol: z.string(),
  submissionDate: z.string().nullable(),
  items: z.array(proposalItemSchema),
  council: councilMeetingSchema.nullable(),
  /** The form's threshold in words ("trên 50% tổng số thành viên"). */
  thresholdText: z.string(),
  /**
   * The fields of the laws and decrees the Tờ trình cites that the legal table marks "cần kiểm tra"
   * ("Ngày ban hành 11/6/2025 của Nghị định số 129/2025/NĐ-CP"): the Tờ trình marks each one, as a
   * draft decision does; a Tờ trình has no approval to confirm them.
   */
  unverifiedBases: z.array(z.object({ key: z.string(), label: z.string(), text: z.string() })),
  state: z.enum(PROPOSAL_STATES),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const proposalSummarySchema = z.object({
  id: z.string(),
  formCode: z.string(),
  formName: z.string(),
  year: z.number(),
  period: awardPeriodSchema,
  title: z.string(),
  /** "15/TTr-HĐTĐKT", empty while the Tờ trình has no number. */
  submissionReference: z.string(),
  submissionDate: z.string().nullable(),
  state: z.enum(PROPOSAL_STATES),
  itemCount: z.number(),
  passedCount: z.number().nullable(),
  version: z.number(),
  updatedAt: z.string(),
});

/** The eligibility of the items of a proposal before it is saved. */
export const proposalCheckSchema = z.object({
  items: z.array(
    z.object({
      source: z.enum(['delegate', 'nomination']),
      id: z.string(),
      subject: awardSubjectSchema,
      achievement: z.string(),
      problems: z.array(z.string()),
    }),
  ),
});

export type ProposalInput = z.infer<typeof proposalInputSchema>;
export type ProposalItemInput = z.infer<typeof proposalItemInputSchema>;
export type CouncilBody = z.infer<typeof councilBodySchema>;
export type ProposalView = z.infer<typeof proposalSchema>;
export type ProposalItemView = z.infer<typeof proposalItemSchema>;
export type ProposalSummary = z.infer<typeof proposalSummarySchema>;
export type ProposalCheck = z.infer<typeof proposalCheckSchema>;
