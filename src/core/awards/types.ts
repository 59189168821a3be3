/**
 * Commendations (thi đua, khen thưởng): the catalogue of titles and forms with their legal basis and
 * money coefficients, the base salary table, award records (history), proposals with the council's
 * vote, award decisions with money, and certificates. Plain data shared by server, web and documents.
 */
import type { Gender } from '../nominations/types.ts';

/** Nhà nước, thành phố (tỉnh), cơ sở (đặc khu/xã/phường). */
export const AWARD_FORM_LEVELS = ['nha_nuoc', 'thanh_pho', 'co_so'] as const;
export type AwardFormLevel = (typeof AWARD_FORM_LEVELS)[number];

/** Danh hiệu thi đua (emulation title) or hình thức khen thưởng (form of commendation). */
export const AWARD_FORM_CATEGORIES = ['title', 'form'] as const;
export type AwardFormCategory = (typeof AWARD_FORM_CATEGORIES)[number];

/** Who can receive it. */
export const AWARD_RECIPIENTS = ['individual', 'collective', 'household', 'village'] as const;
export type AwardRecipient = (typeof AWARD_RECIPIENTS)[number];

/** The council's vote needed for a form (share of members or of those present). */
export interface AwardVoteThreshold {
  share: number;
  strict: boolean;
  base: 'members' | 'present';
}

/** One title or form of the catalogue, valid from `effectiveFrom` to `effectiveTo` (inclusive, ISO dates). */
export interface AwardForm {
  /** Stable code: 'giay-khen', 'lao-dong-tien-tien', 'chien-si-thi-dua-co-so', … */
  code: string;
  name: string;
  category: AwardFormCategory;
  level: AwardFormLevel;
  recipients: AwardRecipient[];
  /** Who confers it ("Chủ tịch UBND cấp xã"). */
  authority: string;
  /** A commune-level chairman may confer it (otherwise it is proposed to the city). */
  conferredByCommune: boolean;
  /** Money = coefficient × base salary, rounded up to 10.000 đ; null = no money for that kind. */
  coefficientIndividual: number | null;
  coefficientCollective: number | null;
  /** What comes with it: "Giấy khen, khung". */
  comesWith: string;
  legalBasis: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** False = the values come from an unverified source: shown as "cần kiểm tra". */
  verified: boolean;
  /** Eligibility: the subject must hold each of these forms in the same year (e.g. CSTĐCS needs LĐTT). */
  requiresSameYear: string[];
  threshold: AwardVoteThreshold;
  sortOrder: number;
}

/** Mức lương cơ sở in force from `effectiveFrom`. */
export interface BaseSalary {
  amount: number;
  effectiveFrom: string;
  legalBasis: string;
  verified: boolean;
}

export type AwardSubjectKind = 'individual' | 'collective';

/** Who was awarded: enough to recognise the same person or collective across years. */
export interface AwardSubject {
  kind: AwardSubjectKind;
  name: string;
  birthYear: number | null;
  gender: Gender | null;
  ethnicCode: string | null;
  directWorker: boolean;
  /** "Chức vụ, đơn vị công tác". */
  position: string;
  unitId: string | null;
  unitName: string;
}

export type AwardRecordSource = 'manual' | 'import' | 'decision';

/** One award received (2020 onward): entered, imported, or written by an approved decision. */
export interface AwardRecord extends AwardSubject {
  id: string;
  /** The same person/collective across records: folded name, birth year, unit. */
  subjectKey: string;
  formCode: string;
  year: number;
  achievement: string;
  decisionNumber: string;
  decisionDate: string | null;
  /** "Chủ tịch UBND đặc khu Bạch Long Vĩ". */
  issuer: string;
  amount: number | null;
  source: AwardRecordSource;
  decisionId: string | null;
  nominationId: string | null;
  /** The unit whose records these are (scope of access). */
  ownerUnitId: string;
  version: number;
  createdAt: string;
}

/** What a user enters for one award received (a form, or a row of the history sheet). */
export type AwardRecordFields = AwardSubject &
  Pick<
    AwardRecord,
    'formCode' | 'year' | 'achievement' | 'decisionNumber' | 'decisionDate' | 'issuer' | 'amount'
  >;

/** One person or collective proposed for a form, with the council's count for them. */
export interface ProposalItem {
  id: string;
  subject: AwardSubject;
  subjectKey: string;
  nominationId: string | null;
  achievement: string;
  /** Council members in favour of this item; null until the meeting is recorded. */
  inFavour: number | null;
  /** Whether the council's vote reached the form's threshold. */
  passed: boolean | null;
}

/** The Hội đồng Thi đua - Khen thưởng meeting that voted on a proposal. */
export interface CouncilMeeting {
  date: string;
  /** Members in total, present, and absent members who voted in writing. */
  members: number;
  present: number;
  writtenVotes: number;
  chair: string;
  secretary: string;
  location: string;
}

export type ProposalState = 'draft' | 'voted' | 'decided';

/** The period a commendation honours, `from` to `to` inclusive; a single year when they are equal. */
export interface AwardPeriod {
  from: number;
  to: number;
}

/**
 * Who signs a Tờ trình: the standing body of the Hội đồng Thi đua - Khen thưởng, a department of the
 * Ủy ban (Phòng Văn hóa - Xã hội), or the Ủy ban itself (to a higher level). See `proposer.ts`.
 */
export const PROPOSER_KINDS = ['council', 'department', 'committee'] as const;
export type ProposerKind = (typeof PROPOSER_KINDS)[number];

/** The body that signs the Tờ trình, and its signer. */
export interface Proposer {
  kind: ProposerKind;
  /** A department's name ("Phòng Văn hóa - Xã hội"); empty for the council and the committee. */
  name: string;
  /** A department's abbreviation in the symbol ("VHXH"); the council's is HĐTĐKT, the committee's UBND. */
  code: string;
  /** One of `SIGNER_TITLES[kind]` (proposer.ts): "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "TRƯỞNG PHÒNG", … */
  signerTitle: string;
  /** Empty until known: the document leaves the name for the hand. */
  signerName: string;
}

/** A proposal (đợt đề nghị khen thưởng) of one form for several subjects, with its Tờ trình. */
export interface AwardProposal {
  id: string;
  conferenceId: string;
  unitId: string;
  formCode: string;
  year: number;
  /** The period honoured ("giai đoạn 2020 - 2025"); every document of the proposal and its decision prints it. */
  period: AwardPeriod;
  title: string;
  /** The body that signs the Tờ trình (its header, symbol and signature follow from it). */
  proposer: Proposer;
  /** The number of the Tờ trình without its symbol ("15"; the symbol is the proposer's), and its date. */
  submissionNumber: string;
  submissionDate: string | null;
  items: ProposalItem[];
  council: CouncilMeeting | null;
  state: ProposalState;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** One line of a decision's attached list. */
export interface DecisionItem {
  id: string;
  subject: AwardSubject;
  subjectKey: string;
  achievement: string;
  coefficient: number;
  amount: number;
  /** Unguessable token of the certificate's public verification page (/xac-thuc/<token>). */
  certificateToken: string;
  /** Số vào sổ: the certificate's number in the unit's register of commendations; absent or '' = none yet. */
  registerNumber?: string;
}

export type DecisionState = 'draft' | 'approved';

/** Quyết định khen thưởng: Điều 1 the attached list, Điều 2 the money, Điều 3 execution. */
export interface AwardDecision {
  id: string;
  conferenceId: string;
  unitId: string;
  proposalId: string | null;
  formCode: string;
  year: number;
  /** The period honoured, copied from the proposal. */
  period: AwardPeriod;
  /** "125" and the symbol "QĐ-UBND". */
  number: string;
  symbol: string;
  date: string;
  /** Signing prefix ("KT. CHỦ TỊCH" / "CHỦ TỊCH" / "TM. ỦY BAN NHÂN DÂN"), title and name. */
  signingPrefix: string;
  signerTitle: string;
  signerName: string;
  /** Căn cứ lines. */
  bases: string[];
  /** "Quỹ thi đua, khen thưởng của đặc khu Bạch Long Vĩ". */
  fundSource: string;
  /** Units charged with carrying it out (Điều 3). */
  executors: string[];
  baseSalary: number;
  items: DecisionItem[];
  total: number;
  state: DecisionState;
  approvedAt: string | null;
  approvedBy: string | null;
  /** Who confirmed, at approval, the unverified values the decision uses (see `unverified.ts`). */
  unverifiedConfirmation?: UnverifiedConfirmation | null;
  /** A later decision replacing this one (changes after approval need a new decision). */
  replacedBy: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The unverified values an approver confirmed, by key and label, with who and when. */
export interface UnverifiedConfirmation {
  confirmedAt: string;
  confirmedBy: string | null;
  confirmedByName: string;
  values: { key: string; label: string }[];
}

/** A positioned field of the certificate template (millimetres from the top-left of A4 landscape). */
export interface CertificateField {
  key: 'title' | 'name' | 'unit' | 'achievement' | 'decision' | 'register' | 'place_date' | 'signer' | 'qr';
  x: number;
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  align: 'left' | 'center' | 'right';
}

export interface CertificateTemplate {
  /** Optional background image (stored file id), drawn at full page. */
  backgroundFileId: string | null;
  fields: CertificateField[];
  version: number;
}

/** What the public verification page shows: never personal data. */
export interface CertificateVerification {
  name: string;
  formName: string;
  achievement: string;
  decisionNumber: string;
  decisionDate: string;
  issuer: string;
  /** False when the decision was replaced. */
  valid: boolean;
}
