/**
 * Tờ trình (TTr) đề nghị khen thưởng in the Nghị định 30/2020 layout: "Kính gửi", căn cứ, the proposal,
 * the list (STT, họ tên, chức vụ - đơn vị, thành tích) and "Kính trình … xem xét, quyết định./.".
 * After the council's vote only the items that passed are proposed.
 */
import { emulationBasisLines } from '../awards/legal-bases.ts';
import type { AwardForm, AwardProposal, ProposalItem } from '../awards/types.ts';
import { DomainError } from '../errors/domain-error.ts';
import { formatShortDate, parseIsoDate } from '../vietnamese/dates.ts';
import {
  type AwardDocument,
  type AwardIssuer,
  basisParagraphs,
  cell,
  chairmanOf,
  countsPhrase,
  defaultOccasion,
  formPhrase,
  groupedRows,
  issuerBodyName,
  positionAndUnit,
  signingLines,
  whoPhrase,
} from './award-decision-document.ts';
import {
  type BodyBlock,
  formatNumberLine,
  formatPlaceDateLine,
  paragraph,
  type TableBlock,
} from './model.ts';

export interface ProposalDocumentInput {
  proposal: AwardProposal;
  form: AwardForm;
  issuer: AwardIssuer;
  /**
   * Căn cứ lines; default the emulation law and decrees in force on the submission date
   * (`emulationBasisLines`) and, once recorded, the council's meeting.
   */
  bases?: string[];
  /** What the award is for; default "đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm <year>". */
  occasion?: string;
  /** Who decides; default the chairman of the issuer for forms a commune confers, the city's otherwise. */
  addressee?: string;
}

/** Who decides a form the commune cannot confer. */
export const CITY_CHAIRMAN = 'Chủ tịch Ủy ban nhân dân thành phố Hải Phòng';

/** "15/TTr-UBND" → number "15", symbol "TTr-UBND"; empty → a blank number with "TTr-UBND". */
export function splitDocumentNumber(full: string, defaultSymbol: string): { number: string; symbol: string } {
  const text = full.trim();
  const slash = text.indexOf('/');
  if (slash < 0) return { number: text, symbol: defaultSymbol };
  return { number: text.slice(0, slash).trim(), symbol: text.slice(slash + 1).trim() || defaultSymbol };
}

/** The items proposed: those that passed once the council has voted, all of them before. */
export function proposedItems(proposal: AwardProposal): ProposalItem[] {
  const voted = proposal.council !== null && proposal.items.some((i) => i.passed !== null);
  return voted ? proposal.items.filter((i) => i.passed === true) : [...proposal.items];
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

/** The Tờ trình of a proposal. */
export function buildProposalDocument(input: ProposalDocumentInput): AwardDocument {
  const { proposal, form, issuer } = input;
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
  const occasion = input.occasion?.trim() || defaultOccasion(proposal.year);
  const addressee = input.addressee?.trim() || (form.conferredByCommune ? chairmanOf(issuer) : CITY_CHAIRMAN);
  const council = proposal.council;
  const bases = input.bases ?? [
    ...emulationBasisLines({
      date: proposal.submissionDate ?? `${proposal.year}-12-31`,
      formCode: proposal.formCode,
      level: form.conferredByCommune ? 'commune' : 'city',
    }),
    ...(council
      ? [`Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng ngày ${formatShortDate(council.date)}`]
      : []),
  ];
  const { number, symbol } = splitDocumentNumber(proposal.submissionNumber, 'TTr-UBND');
  const date = proposal.submissionDate;
  const body: BodyBlock[] = [
    paragraph([{ text: `Kính gửi: ${addressee}.` }], 'center'),
    ...basisParagraphs(bases, false),
    // Not kept with the table: the PDF renderer cannot keep a block taller than a page together.
    paragraph(
      `${issuerBodyName(issuer)} kính đề nghị ${addressee} xem xét, tặng ${formPhrase(form)} cho ${countsPhrase(subjects)} ${occasion}, cụ thể như sau:`,
    ),
    proposalListTable(items),
    paragraph(`(Tổng số: ${countsPhrase(subjects)}; thành tích cụ thể theo báo cáo thành tích kèm theo.)`),
    paragraph(`Kính trình ${addressee} xem xét, quyết định./.`),
  ];
  return {
    header: {
      parentBody: issuer.parentBody,
      issuingBody: issuer.issuingBody,
      numberLine: formatNumberLine(number, symbol),
      placeDateLine: formatPlaceDateLine(issuer.place, date, date ? parseIsoDate(date).year : proposal.year),
    },
    typeName: 'TỜ TRÌNH',
    subject: `Về việc đề nghị tặng ${formPhrase(form)} cho ${whoPhrase(subjects)} ${occasion}`,
    body,
    recipients: ['Như trên;', 'Lưu: VT.'],
    signature: {
      titleLines: signingLines(issuer.signer.prefix, issuer.signer.title),
      signerName: issuer.signer.name,
    },
  };
}
