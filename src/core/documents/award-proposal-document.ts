/**
 * Tờ trình (TTr) đề nghị khen thưởng in the Nghị định 30/2020 layout, from the body that proposes
 * (`proposer.ts`): its header, number and signature, "Kính gửi" the chairman who decides, căn cứ, the
 * proposal, the list (STT, họ tên, chức vụ - đơn vị, thành tích) and "Kính trình … xem xét, quyết
 * định./.". The council's standing body or a department proposes before the council meets, so its
 * Tờ trình lists every item and cites no meeting; the Ủy ban's Tờ trình to the city follows the vote,
 * cites the meeting and proposes only the items that passed.
 */
import { type BasisQuery, emulationBasisLines, type LegalDocument } from '../awards/legal-bases.ts';
import { occasionPhrase } from '../awards/period.ts';
import {
  CITY_CHAIRMAN,
  proposalAddressee,
  proposerBodyName,
  proposerHeader,
  proposerProblems,
  proposerSigningLines,
  submissionSymbol,
} from '../awards/proposer.ts';
import type { AwardForm, AwardProposal, ProposalItem } from '../awards/types.ts';
import type { UnverifiedValue } from '../awards/unverified.ts';
import { markUnverifiedBases, unverifiedBasisValues } from '../awards/unverified-bases.ts';
import type { ConferencePlan } from '../conference/types.ts';
import { DomainError } from '../errors/domain-error.ts';
import { formatLongDate, formatShortDate, parseIsoDate } from '../vietnamese/dates.ts';
import {
  type AwardDocument,
  type AwardIssuer,
  basisParagraphs,
  cell,
  countsPhrase,
  formPhrase,
  groupedRows,
  issuerBodyName,
  issuerUnitPhrase,
  positionAndUnit,
  unverifiedNote,
  whoPhrase,
} from './award-decision-document.ts';
import {
  type BodyBlock,
  formatNumberLine,
  formatPlaceDateLine,
  keptWithNext,
  paragraph,
  type TableBlock,
} from './model.ts';

export { CITY_CHAIRMAN };

export interface ProposalDocumentInput {
  proposal: AwardProposal;
  form: AwardForm;
  /** The unit whose chairman decides (the conference's plan): "ỦY BAN NHÂN DÂN" / "ĐẶC KHU BẠCH LONG VĨ". */
  issuer: AwardIssuer;
  /** The conference's plan, cited once it has a number and a date. */
  plan?: Pick<ConferencePlan, 'documentNumber' | 'documentSymbol' | 'issuedDate' | 'title'> | null;
  /**
   * Căn cứ lines; default the emulation law and decrees in force on the submission date
   * (`emulationBasisLines`), the plan and, for the Ủy ban's Tờ trình to the city, the council's meeting.
   */
  bases?: string[];
  /** The laws and decrees to choose from (the legal table as saved); default the built-in table. */
  legalDocuments?: readonly LegalDocument[];
}

/** What the Tờ trình's căn cứ are chosen for: its submission date, its form, the level that decides. */
export function proposalBasisQuery(
  proposal: Pick<AwardProposal, 'submissionDate' | 'year' | 'formCode'>,
  form: Pick<AwardForm, 'conferredByCommune'>,
): BasisQuery {
  return {
    date: proposal.submissionDate ?? `${proposal.year}-12-31`,
    formCode: proposal.formCode,
    level: form.conferredByCommune ? 'commune' : 'city',
  };
}

/**
 * The unconfirmed căn cứ values a Tờ trình prints (`unverified-bases.ts`). A Tờ trình has no approval
 * in which to confirm them: it marks each one until the legal table is checked ("Đã đối chiếu").
 */
export function proposalUnverified(
  input: Pick<ProposalDocumentInput, 'proposal' | 'form' | 'legalDocuments'> & { bases?: readonly string[] },
): UnverifiedValue[] {
  const query = proposalBasisQuery(input.proposal, input.form);
  return unverifiedBasisValues({
    query,
    lines: input.bases ?? emulationBasisLines(query, input.legalDocuments),
    documents: input.legalDocuments,
  });
}

/** The closing note of a Tờ trình that cites unconfirmed values. */
export const PROPOSAL_UNVERIFIED_CLOSING =
  'Người ký đối chiếu trước khi ký; khi quản trị thành phố đánh dấu “Đã đối chiếu” văn bản căn cứ trong danh mục khen thưởng, Tờ trình in ra không còn ghi chú này.';

/**
 * The items the Tờ trình proposes: every item when the Tờ trình comes before the council's meeting;
 * for the Ủy ban's Tờ trình to the city, once the council has voted, those that passed.
 */
export function proposedItems(
  proposal: Pick<AwardProposal, 'proposer' | 'council' | 'items'>,
): ProposalItem[] {
  const afterVote =
    proposal.proposer.kind === 'committee' &&
    proposal.council !== null &&
    proposal.items.some((i) => i.passed !== null);
  return afterVote ? proposal.items.filter((i) => i.passed === true) : [...proposal.items];
}

const COLUMNS = ['STT', 'Họ và tên', 'Chức vụ - đơn vị', 'Thành tích'];
const WEIGHTS = [11, 38, 50, 66];

/** The proposed list: collectives then individuals, numbered inside each group. */
export function proposalListTable(items: readonly ProposalItem[]): TableBlock {
  const rows = groupedRows(items, COLUMNS.length, (item, stt) => [
    cell(String(stt), 'center'),
    cell(item.subject.name),
    cell(positionAndUnit(item.subject)),
    cell(item.achievement.trim()),
  ]);
  return { kind: 'table', columnWeights: WEIGHTS, header: COLUMNS.map((h) => cell(h)), rows, fontSize: 12 };
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** "Căn cứ Kế hoạch số 06/KH-UBND ngày 14 tháng 8 năm 2025 của Ủy ban nhân dân … về việc …"; null before it is numbered. */
export function planBasis(
  plan: ProposalDocumentInput['plan'],
  issuer: Pick<AwardIssuer, 'parentBody' | 'issuingBody' | 'place'>,
): string | null {
  if (!plan?.documentNumber.trim() || !plan.issuedDate) return null;
  return `Căn cứ Kế hoạch số ${plan.documentNumber.trim()}/${plan.documentSymbol} ${formatLongDate(plan.issuedDate)} của ${issuerBodyName(issuer)} về việc ${lowerFirst(plan.title.trim())}`;
}

/** The Tờ trình of a proposal. */
export function buildProposalDocument(input: ProposalDocumentInput): AwardDocument {
  const { proposal, form, issuer } = input;
  const { proposer } = proposal;
  const problems = proposerProblems(proposer, form);
  if (problems.length > 0) {
    throw new DomainError(
      'VALIDATION',
      `Tờ trình chưa lập được: ${problems.map((p) => p.message).join('; ')}.`,
      problems,
    );
  }
  const items = proposedItems(proposal);
  if (items.length === 0) {
    throw new DomainError(
      'VALIDATION',
      proposal.items.length === 0
        ? 'Đợt đề nghị chưa có tập thể, cá nhân nào.'
        : 'Không có tập thể, cá nhân nào đạt số phiếu của Hội đồng để đề nghị khen thưởng.',
    );
  }
  const subjects = items.map((i) => i.subject);
  const occasion = occasionPhrase(proposal.period);
  const addressee = proposalAddressee(proposer, issuer);
  const council = proposal.council;
  const upward = proposer.kind === 'committee';
  const plan = planBasis(input.plan, issuer);
  const bases = input.bases ?? [
    ...emulationBasisLines(proposalBasisQuery(proposal, form), input.legalDocuments),
    ...(plan ? [plan] : []),
    // Only the Ủy ban's Tờ trình to the city reports a meeting: the others are what the meeting reviews.
    ...(upward && council
      ? [
          `Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng ${issuerUnitPhrase(issuer)} ngày ${formatShortDate(council.date)}`,
        ]
      : []),
  ];
  const unconfirmed = proposalUnverified({ ...input, bases });
  const date = proposal.submissionDate;
  const body: BodyBlock[] = [
    paragraph([{ text: `Kính gửi: ${addressee}.` }], 'center'),
    ...basisParagraphs(markUnverifiedBases(bases, unconfirmed), false),
    // Not kept with the table: the PDF renderer cannot keep a block taller than a page together.
    paragraph(
      `${upward ? 'Trên cơ sở kết quả bình xét của Hội đồng Thi đua - Khen thưởng' : 'Trên cơ sở đề nghị của các cơ quan, đơn vị'}, ${proposerBodyName(proposer, issuer)} kính trình ${addressee} xem xét, quyết định tặng ${formPhrase(form)} cho ${countsPhrase(subjects)} ${occasion}, cụ thể như sau:`,
    ),
    proposalListTable(items),
    paragraph(`(Tổng số: ${countsPhrase(subjects)}; thành tích cụ thể theo báo cáo thành tích kèm theo.)`),
    // With a note after it, the closing sentence still goes with the signature.
    ...[paragraph(`Kính trình ${addressee} xem xét, quyết định./.`)].map((p) =>
      unconfirmed.length > 0 ? keptWithNext(p) : p,
    ),
    ...unverifiedNote(unconfirmed, { heading: 'Ghi chú', closing: PROPOSAL_UNVERIFIED_CLOSING }),
  ];
  return {
    header: {
      ...proposerHeader(proposer, issuer),
      numberLine: formatNumberLine(proposal.submissionNumber, submissionSymbol(proposer)),
      placeDateLine: formatPlaceDateLine(issuer.place, date, date ? parseIsoDate(date).year : proposal.year),
    },
    typeName: 'TỜ TRÌNH',
    subject: `Về việc đề nghị tặng ${formPhrase(form)} cho ${whoPhrase(subjects)} ${occasion}`,
    body,
    recipients: upward
      ? ['Như trên;', 'Lưu: VT.']
      : ['Như trên;', 'Các thành viên Hội đồng Thi đua - Khen thưởng;', 'Lưu: VT.'],
    signature: {
      titleLines: proposerSigningLines(proposer),
      signerName: proposer.signerName.trim(),
    },
  };
}
