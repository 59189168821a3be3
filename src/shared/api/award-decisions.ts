/** Award decisions (Quyết định khen thưởng), certificate templates and the public verification. */
import { awardPeriodSchema, awardSubjectSchema } from './award-proposals.ts';
import { idSchema, isoDateSchema, versionOrZeroSchema, versionSchema } from './common.ts';
import { z } from './zod-vi.ts';

const text = (max: number) => z.string().trim().max(max);
const lines = z.array(z.string().trim().min(1).max(1000)).max(30);

/** Everything but the proposal may be left out: the law, the plan and the unit give defaults. */
export const createDecisionBodySchema = z.object({
  proposalId: idSchema,
  decisionNumber: text(20).optional(),
  symbol: text(40).optional(),
  decisionDate: isoDateSchema.optional(),
  signingPrefix: text(100).optional(),
  signerTitle: text(100).optional(),
  signerName: text(200).optional(),
  bases: lines.optional(),
  fundSource: text(500).optional(),
  executors: lines.optional(),
});

/** The whole draft as the editor shows it; items may be dropped or their achievement reworded. */
export const updateDecisionBodySchema = z.object({
  version: versionSchema,
  decisionNumber: text(20),
  symbol: text(40).min(1),
  decisionDate: isoDateSchema,
  signingPrefix: text(100),
  signerTitle: text(100),
  signerName: text(200),
  bases: lines,
  fundSource: text(500),
  executors: lines,
  items: z
    .array(z.object({ id: z.string().min(1).max(100), achievement: text(1000).min(1) }))
    .min(1)
    .max(5000),
});

export const versionBodySchema = z.object({ version: versionSchema });

/**
 * Approval: the version loaded, and the key of every unverified value the approver confirms (each
 * value of the decision's `unverified` list must be named, or the approval is refused).
 */
export const approveDecisionBodySchema = z.object({
  version: versionSchema,
  confirmUnverified: z.array(z.string().min(1).max(300)).max(100).optional(),
});

/**
 * A value the decision prints that is marked "cần kiểm tra": in the catalogue (a coefficient, a base
 * salary, a form) or in the legal table (a field of a law or decree its căn cứ cite).
 */
export const unverifiedValueSchema = z.object({
  key: z.string(),
  kind: z.enum(['coefficient', 'base-salary', 'form', 'legal-basis']),
  /** "Hệ số 0,6 của “Giấy khen” (tập thể)", "Ngày ban hành 16/6/2025 của Luật … số 72/2025/QH15". */
  label: z.string(),
  /** The legal basis the catalogue gives; for a căn cứ, the source the legal table gives. */
  legalBasis: z.string(),
  /** "Hệ số 0,6 của “Giấy khen” (tập thể) chưa được kiểm tra với văn bản gốc (…)." */
  text: z.string(),
  /** For a coefficient: the lines it prices (kind of subject and value); null otherwise. */
  subjectKind: z.enum(['individual', 'collective']).nullable(),
  coefficient: z.number().nullable(),
});

/** Who confirmed which unverified values when approving. */
export const unverifiedConfirmationSchema = z.object({
  confirmedAt: z.string(),
  confirmedBy: z.string().nullable(),
  confirmedByName: z.string(),
  values: z.array(z.object({ key: z.string(), label: z.string() })),
});

export const decisionItemSchema = z.object({
  id: z.string(),
  subject: awardSubjectSchema,
  subjectKey: z.string(),
  achievement: z.string(),
  coefficient: z.number(),
  amount: z.number(),
  certificateToken: z.string(),
  /** Số vào sổ; absent in decisions saved before it existed. */
  registerNumber: z.string().optional(),
});

/** Số vào sổ of each line ('' clears one); lines not listed keep theirs. */
export const updateRegisterNumbersBodySchema = z.object({
  version: versionSchema,
  items: z
    .array(
      z.object({
        id: z.string().min(1).max(100),
        registerNumber: z
          .string()
          .trim()
          .max(30)
          .regex(/^[\p{L}\p{N} ./_-]*$/u, { error: 'chỉ gồm chữ, số và các dấu . / - _' }),
      }),
    )
    .min(1)
    .max(5000),
});

export const DECISION_STATES = ['draft', 'approved'] as const;

export const decisionSchema = z.object({
  id: z.string(),
  conferenceId: z.string(),
  unitId: z.string(),
  proposalId: z.string().nullable(),
  formCode: z.string(),
  formName: z.string(),
  year: z.number(),
  /** The period honoured, the proposal's. */
  period: awardPeriodSchema,
  number: z.string(),
  symbol: z.string(),
  date: z.string(),
  signingPrefix: z.string(),
  signerTitle: z.string(),
  signerName: z.string(),
  bases: z.array(z.string()),
  fundSource: z.string(),
  executors: z.array(z.string()),
  /** "Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ". */
  issuer: z.string(),
  baseSalary: z.number(),
  items: z.array(decisionItemSchema),
  total: z.number(),
  /** "Bảy trăm mười nghìn đồng". */
  totalInWords: z.string(),
  state: z.enum(DECISION_STATES),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  /** The unverified values the decision uses now (from the catalogue), confirmed or not. */
  unverified: z.array(unverifiedValueSchema),
  /** The confirmation recorded at approval; null for a draft or when nothing needed confirming. */
  unverifiedConfirmation: unverifiedConfirmationSchema.nullable(),
  replacedBy: z.string().nullable(),
  /** The approved decision this draft (or decision) replaces. */
  replaces: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const decisionSummarySchema = z.object({
  id: z.string(),
  proposalId: z.string().nullable(),
  formCode: z.string(),
  formName: z.string(),
  year: z.number(),
  number: z.string(),
  symbol: z.string(),
  date: z.string(),
  itemCount: z.number(),
  total: z.number(),
  state: z.enum(DECISION_STATES),
  replacedBy: z.string().nullable(),
  replaces: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
});

export const CERTIFICATE_FIELD_KEYS = [
  'title',
  'name',
  'unit',
  'achievement',
  'decision',
  'register',
  'place_date',
  'signer',
  'qr',
] as const;

/** Millimetres from the top-left corner of an A4 landscape page (297 × 210 mm). */
export const certificateFieldSchema = z.object({
  key: z.enum(CERTIFICATE_FIELD_KEYS),
  x: z.number().min(0).max(297),
  y: z.number().min(0).max(210),
  width: z.number().min(1).max(297),
  fontSize: z.number().min(4).max(96),
  bold: z.boolean(),
  italic: z.boolean(),
  align: z.enum(['left', 'center', 'right']),
});

export const certificateTemplateSchema = z.object({
  unitId: z.string(),
  backgroundFileId: z.string().nullable(),
  fields: z.array(certificateFieldSchema),
  /** 0 = the unit has not saved its own template: the built-in one is shown. */
  version: z.number(),
});

/** `version` 0 saves the unit's first template. */
export const updateCertificateTemplateBodySchema = z.object({
  version: versionOrZeroSchema,
  backgroundFileId: idSchema.nullable(),
  fields: z.array(certificateFieldSchema).min(1).max(20),
});

export const tokenParamsSchema = z.object({ token: z.string().min(1).max(100) });

export const certificateVerificationSchema = z.object({
  name: z.string(),
  formName: z.string(),
  achievement: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  issuer: z.string(),
  registerNumber: z.string().nullable(),
  valid: z.boolean(),
});

export type CreateDecisionBody = z.infer<typeof createDecisionBodySchema>;
export type UpdateDecisionBody = z.infer<typeof updateDecisionBodySchema>;
export type ApproveDecisionBody = z.infer<typeof approveDecisionBodySchema>;
export type UnverifiedValueView = z.infer<typeof unverifiedValueSchema>;
export type DecisionView = z.infer<typeof decisionSchema>;
export type DecisionSummary = z.infer<typeof decisionSummarySchema>;
export type UpdateRegisterNumbersBody = z.infer<typeof updateRegisterNumbersBodySchema>;
export type CertificateTemplateView = z.infer<typeof certificateTemplateSchema>;
export type UpdateCertificateTemplateBody = z.infer<typeof updateCertificateTemplateBodySchema>;
