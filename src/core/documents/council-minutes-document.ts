/**
 * Biên bản họp Hội đồng Thi đua - Khen thưởng: time and place, chair, secretary, the members in total,
 * present and voting in writing, the content, the count in favour of each item with its share, the
 * conclusion (the items that passed), the closing time, and the secretary's and the chair's signatures.
 * Times are left blank for the hand: the meeting stores its date only.
 */

import { occasionPhrase, periodPhrase } from '../awards/period.ts';
import { proposalAddressee, submissionReference } from '../awards/proposer.ts';
import type {
  AwardForm,
  AwardProposal,
  AwardVoteThreshold,
  CouncilMeeting,
  ProposalItem,
} from '../awards/types.ts';
import { DomainError } from '../errors/domain-error.ts';
import { formatShare } from '../nominations/rules.ts';
import { formatLongDate, formatShortDate, parseIsoDate } from '../vietnamese/dates.ts';
import {
  type AwardDocument,
  type AwardIssuer,
  cell,
  countsPhrase,
  countText,
  formPhrase,
  groupedRows,
  inListOrder,
  issuerUnitPhrase,
  positionAndUnit,
  whoPhrase,
} from './award-decision-document.ts';
import type { ProposalDocumentInput } from './award-proposal-document.ts';
import {
  type BodyBlock,
  dashItem,
  formatNumberLine,
  formatPlaceDateLine,
  heading,
  keptWithNext,
  paragraph,
  type TableBlock,
} from './model.ts';

const HAND = '      ';
const COUNCIL = 'Hội đồng Thi đua - Khen thưởng';

/** "Nguyễn Văn Hậu, Phó Chủ tịch …" → "Nguyễn Văn Hậu": the name printed under a signature. */
export function personName(described: string): string {
  return described.split(/\s*(?:,|\s-\s|\s–\s|\()\s*/u)[0].trim();
}

/** "trên 50% tổng số thành viên Hội đồng", "từ 90% trở lên tổng số thành viên Hội đồng". */
export function thresholdPhrase(t: AwardVoteThreshold): string {
  const share = formatShare(t.share).replace(/,0%$/u, '%');
  const base = t.base === 'members' ? 'tổng số thành viên Hội đồng' : 'số thành viên dự họp';
  return t.strict ? `trên ${share} ${base}` : `từ ${share} ${base} trở lên`;
}

/** The share of the threshold's base an item received: 7 of 9 members → "77,8%". */
export function itemShare(item: ProposalItem, council: CouncilMeeting, t: AwardVoteThreshold): string {
  if (item.inFavour === null) return '';
  const base = t.base === 'members' ? council.members : council.present + council.writtenVotes;
  return base > 0 ? formatShare(item.inFavour / base) : '';
}

const RESULT = (passed: boolean | null) =>
  passed === null ? 'Chưa biểu quyết' : passed ? 'Đạt' : 'Không đạt';
const COLUMNS = ['STT', 'Họ và tên', 'Chức vụ - đơn vị', 'Số phiếu đồng ý', 'Tỷ lệ', 'Kết quả'];
const WEIGHTS = [11, 38, 50, 19, 18, 20];

function voteTable(
  items: readonly ProposalItem[],
  council: CouncilMeeting,
  t: AwardVoteThreshold,
): TableBlock {
  const rows = groupedRows(items, COLUMNS.length, (item, stt) => [
    cell(String(stt), 'center'),
    cell(item.subject.name),
    cell(positionAndUnit(item.subject)),
    cell(item.inFavour === null ? '' : `${item.inFavour}/${council.members}`, 'center'),
    cell(itemShare(item, council, t), 'center'),
    cell(RESULT(item.passed), 'center'),
  ]);
  return { kind: 'table', columnWeights: WEIGHTS, header: COLUMNS.map((h) => cell(h)), rows, fontSize: 12 };
}

/** "Ngô Văn A; Trần Thị B." in list order. */
function names(items: readonly ProposalItem[]): string {
  return `${inListOrder(items)
    .map((i) => i.subject.name)
    .join('; ')}.`;
}

function conclusion(items: readonly ProposalItem[], form: AwardForm, decider: string): BodyBlock[] {
  const passed = items.filter((i) => i.passed === true);
  const failed = items.filter((i) => i.passed === false);
  const blocks: BodyBlock[] = [];
  if (passed.length > 0) {
    blocks.push(
      keptWithNext(
        paragraph(
          `Hội đồng thống nhất đề nghị ${decider} tặng ${formPhrase(form)} cho ${countsPhrase(passed.map((i) => i.subject))} có số phiếu đồng ý đạt tiêu chuẩn, gồm:`,
        ),
      ),
    );
    const collectives = passed.filter((i) => i.subject.kind === 'collective');
    const individuals = passed.filter((i) => i.subject.kind !== 'collective');
    if (collectives.length > 0)
      blocks.push(dashItem(`Tập thể (${countText(collectives.length)}): ${names(collectives)}`));
    if (individuals.length > 0)
      blocks.push(dashItem(`Cá nhân (${countText(individuals.length)}): ${names(individuals)}`));
  } else {
    blocks.push(paragraph('Không có tập thể, cá nhân nào đạt số phiếu đồng ý theo tiêu chuẩn.'));
  }
  if (failed.length > 0) {
    blocks.push(
      paragraph(
        `Không đề nghị khen thưởng ${countsPhrase(failed.map((i) => i.subject))} chưa đạt số phiếu đồng ý: ${names(failed)}`,
      ),
    );
  }
  return blocks;
}

/** The Biên bản of the council meeting that voted on a proposal. */
export function buildCouncilMinutesDocument(input: ProposalDocumentInput): AwardDocument {
  const { proposal, form, issuer } = input;
  const council = proposal.council;
  if (!council) {
    throw new DomainError(
      'INVALID_STATE',
      'Chưa ghi kết quả họp Hội đồng Thi đua - Khen thưởng cho đợt đề nghị này.',
    );
  }
  return minutesDocument(proposal, council, form, issuer);
}

/**
 * What the council reviews: the Tờ trình of the council's standing body or of a department ("Hội đồng
 * nghe Thường trực Hội đồng trình bày Tờ trình số 15/TTr-HĐTĐKT ngày 15/8/2025 …"); for the Ủy ban's
 * own proposal to the city, which follows the meeting, the list the secretary reports.
 */
function reviewed(proposal: AwardProposal, form: AwardForm): string {
  const { proposer } = proposal;
  const what = `đề nghị tặng ${formPhrase(form)} cho ${countsPhrase(proposal.items.map((i) => i.subject))}`;
  if (proposer.kind === 'committee') return `Hội đồng nghe Thư ký báo cáo danh sách ${what}`;
  const presenter = proposer.kind === 'council' ? 'Thường trực Hội đồng' : `đại diện ${proposer.name.trim()}`;
  const reference = submissionReference(proposal.submissionNumber, proposer);
  const dated = proposal.submissionDate ? ` ngày ${formatShortDate(proposal.submissionDate)}` : '';
  return `Hội đồng nghe ${presenter} trình bày Tờ trình${reference ? ` số ${reference}` : ''}${dated} ${what}`;
}

function minutesDocument(
  proposal: AwardProposal,
  council: CouncilMeeting,
  form: AwardForm,
  issuer: AwardIssuer,
): AwardDocument {
  const unit = issuerUnitPhrase(issuer);
  const decider = proposalAddressee(proposal.proposer, issuer);
  const subjects = proposal.items.map((i) => i.subject);
  const absent = Math.max(0, council.members - council.present);
  const voting = council.present + council.writtenVotes;
  const t = form.threshold;
  const body: BodyBlock[] = [
    paragraph(
      `Hôm nay, vào hồi${HAND}giờ${HAND}phút, ${formatLongDate(council.date)}, tại ${council.location.trim().replace(/[.;]+$/u, '')}, ${COUNCIL} ${unit} họp xét đề nghị tặng ${formPhrase(form)} cho ${whoPhrase(subjects)} ${occasionPhrase(proposal.period)}.`,
    ),
    heading(1, 'I. THÀNH PHẦN'),
    dashItem(`Chủ trì: ${council.chair.trim()}.`),
    dashItem(`Thư ký: ${council.secretary.trim()}.`),
    dashItem(
      `Thành viên Hội đồng: tổng số ${countText(council.members)} người; có mặt ${countText(council.present)} người; vắng mặt ${countText(absent)} người` +
        (council.writtenVotes > 0
          ? `, trong đó ${countText(council.writtenVotes)} người gửi phiếu bằng văn bản.`
          : '.'),
    ),
    dashItem(`Số thành viên tham gia biểu quyết: ${countText(voting)}/${countText(council.members)} người.`),
    heading(1, 'II. NỘI DUNG'),
    paragraph(`${reviewed(proposal, form)}; thảo luận, xem xét thành tích và biểu quyết bằng phiếu kín.`),
    paragraph(`Tiêu chuẩn: được đề nghị khen thưởng khi có số phiếu đồng ý ${thresholdPhrase(t)}.`),
    // Not kept with the table: the PDF renderer cannot keep a block taller than a page together.
    paragraph('Kết quả biểu quyết:'),
    voteTable(proposal.items, council, t),
    heading(1, 'III. KẾT LUẬN'),
    ...conclusion(proposal.items, form, decider),
    paragraph(
      `Cuộc họp kết thúc vào hồi${HAND}giờ${HAND}phút cùng ngày. Biên bản đã được đọc lại trước Hội đồng và các thành viên dự họp nhất trí thông qua./.`,
    ),
  ];
  return {
    header: {
      parentBody: `${issuer.parentBody} ${issuer.issuingBody}`.trim(),
      issuingBody: COUNCIL.toLocaleUpperCase('vi'),
      numberLine: formatNumberLine('', 'BB-HĐTĐKT'),
      placeDateLine: formatPlaceDateLine(issuer.place, council.date, parseIsoDate(council.date).year),
    },
    typeName: 'BIÊN BẢN',
    subject: `Họp ${COUNCIL} ${unit} xét đề nghị tặng ${formPhrase(form)} ${periodPhrase(proposal.period)}`,
    body,
    recipients: [],
    signature: { titleLines: ['CHỦ TỊCH HỘI ĐỒNG'], signerName: personName(council.chair) },
    leftSignature: { titleLines: ['THƯ KÝ'], signerName: personName(council.secretary) },
  };
}
