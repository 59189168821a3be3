/**
 * Who proposes a commendation to whom, and what follows from it on the Tờ trình (Nghị định 30/2020):
 * the header (cơ quan chủ quản + cơ quan ban hành), the number's symbol, the wording and the signing
 * lines; and the order of the documents (Tờ trình, the council's meeting and Biên bản, the decision).
 *
 * - The standing body of the Hội đồng Thi đua - Khen thưởng ('council') or a department of the
 *   Ủy ban ('department', usually the Phòng Văn hóa - Xã hội) proposes to the commune's chairman the
 *   forms the chairman confers; the council then meets on the Tờ trình, so the Tờ trình comes first.
 * - The Ủy ban itself ('committee') proposes to the city's chairman the forms the commune cannot confer,
 *   after its council has voted, so the meeting comes first and the Tờ trình cites it.
 *
 * @example council of đặc khu Bạch Long Vĩ, signed by the standing vice-chair:
 *   header "ỦY BAN NHÂN DÂN ĐẶC KHU BẠCH LONG VĨ" / "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "Số: 15/TTr-HĐTĐKT",
 *   "Thường trực Hội đồng Thi đua - Khen thưởng đặc khu Bạch Long Vĩ kính trình Chủ tịch Ủy ban nhân dân
 *   đặc khu Bạch Long Vĩ xem xét, quyết định …", signed "TM. HỘI ĐỒNG / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
 *   THƯỜNG TRỰC".
 */
import {
  type AwardIssuer,
  chairmanOf,
  issuerBodyName,
  issuerUnitPhrase,
} from '../documents/award-decision-document.ts';
import type { FieldProblem } from '../errors/domain-error.ts';
import { formatShortDate } from '../vietnamese/dates.ts';
import { foldVietnamese } from '../vietnamese/fold.ts';
import type { AwardForm, Proposer, ProposerKind } from './types.ts';

/** Who decides a form the commune cannot confer. */
export const CITY_CHAIRMAN = 'Chủ tịch Ủy ban nhân dân thành phố Hải Phòng';

const COUNCIL = 'Hội đồng Thi đua - Khen thưởng';

/** The titles that may sign for each kind; the first one is the head. */
export const SIGNER_TITLES: Record<ProposerKind, readonly string[]> = {
  council: ['CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH'],
  department: ['TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG'],
  committee: ['CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
};

/** What a user reads for each kind. */
export const PROPOSER_KIND_LABELS: Record<ProposerKind, string> = {
  council: `Thường trực ${COUNCIL}`,
  department: 'Phòng chuyên môn',
  committee: 'Ủy ban nhân dân (trình cấp trên)',
};

/** The proposer a new proposal starts with: the council's standing body for forms the commune confers. */
export function defaultProposer(form: Pick<AwardForm, 'conferredByCommune'> | null): Proposer {
  return form && !form.conferredByCommune
    ? { kind: 'committee', name: '', code: '', signerTitle: 'CHỦ TỊCH', signerName: '' }
    : { kind: 'council', name: '', code: '', signerTitle: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', signerName: '' };
}

/** "HĐTĐKT", "UBND" or the department's own code. */
export function proposerCode(p: Pick<Proposer, 'kind' | 'code'>): string {
  if (p.kind === 'council') return 'HĐTĐKT';
  if (p.kind === 'committee') return 'UBND';
  return p.code.trim();
}

/** "TTr-HĐTĐKT", "TTr-VHXH", "TTr-UBND". */
export function submissionSymbol(p: Pick<Proposer, 'kind' | 'code'>): string {
  return `TTr-${proposerCode(p)}`;
}

/** "15/TTr-HĐTĐKT"; empty while the Tờ trình has no number. */
export function submissionReference(number: string, p: Pick<Proposer, 'kind' | 'code'>): string {
  return number.trim() ? `${number.trim()}/${submissionSymbol(p)}` : '';
}

/** "TTr-HĐTĐKT" typed as "ttr-hdtdkt" or "TTr - HĐTĐKT" is the same symbol. */
const sameSymbol = (a: string, b: string) =>
  foldVietnamese(a).replace(/\s+/gu, '') === foldVietnamese(b).replace(/\s+/gu, '');

/**
 * The number part of what a user typed for the Tờ trình's number: "15" as is, "15/TTr-HĐTĐKT" when its
 * symbol is the proposer's; another symbol is a problem naming both.
 */
export function parseSubmissionNumber(
  typed: string,
  p: Pick<Proposer, 'kind' | 'code' | 'name'>,
): { number: string; problem: FieldProblem | null } {
  const text = typed.trim();
  const slash = text.indexOf('/');
  if (slash < 0) return { number: text, problem: null };
  const number = text.slice(0, slash).trim();
  const symbol = text.slice(slash + 1).trim();
  const expected = submissionSymbol(p);
  if (!symbol || sameSymbol(symbol, expected)) return { number, problem: null };
  return {
    number,
    problem: {
      path: 'submissionNumber',
      message: `Số Tờ trình: ký hiệu “${symbol}” không khớp với cơ quan trình (${proposerLabel(p)}: “${expected}”)`,
    },
  };
}

/** "Thường trực Hội đồng Thi đua - Khen thưởng", "Phòng Văn hóa - Xã hội", "Ủy ban nhân dân". */
function proposerLabel(p: Pick<Proposer, 'kind' | 'name'>): string {
  return p.kind === 'department' ? p.name.trim() || 'Phòng chuyên môn' : PROPOSER_KIND_LABELS[p.kind];
}

/** The Tờ trình's header: the unit's Ủy ban over the council or department, or the Ủy ban itself. */
export function proposerHeader(
  p: Pick<Proposer, 'kind' | 'name'>,
  issuer: Pick<AwardIssuer, 'parentBody' | 'issuingBody'>,
): { parentBody: string; issuingBody: string } {
  if (p.kind === 'committee') return { parentBody: issuer.parentBody, issuingBody: issuer.issuingBody };
  const parent = [issuer.parentBody, issuer.issuingBody]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
  const own = p.kind === 'council' ? COUNCIL : p.name.trim();
  return { parentBody: parent.toLocaleUpperCase('vi'), issuingBody: own.toLocaleUpperCase('vi') };
}

/**
 * Who proposes, as the Tờ trình's text names it: "Thường trực Hội đồng Thi đua - Khen thưởng đặc khu
 * Bạch Long Vĩ", "Phòng Văn hóa - Xã hội", "Ủy ban nhân dân đặc khu Bạch Long Vĩ".
 */
export function proposerBodyName(
  p: Pick<Proposer, 'kind' | 'name'>,
  issuer: Pick<AwardIssuer, 'parentBody' | 'issuingBody' | 'place'>,
): string {
  if (p.kind === 'committee') return issuerBodyName(issuer);
  if (p.kind === 'council') return `Thường trực ${COUNCIL} ${issuerUnitPhrase(issuer)}`;
  return p.name.trim();
}

/**
 * Who proposes, as the decision's "Xét đề nghị của …" names it: the council's standing body, or the
 * head of the department ("Trưởng Phòng Văn hóa - Xã hội", "Chánh Văn phòng …").
 */
export function proposerInDecision(
  p: Pick<Proposer, 'kind' | 'name'>,
  issuer: Pick<AwardIssuer, 'parentBody' | 'issuingBody' | 'place'>,
): string {
  if (p.kind !== 'department') return proposerBodyName(p, issuer);
  const name = p.name.trim();
  return /^văn phòng/iu.test(name) ? `Chánh ${name}` : `Trưởng ${name}`;
}

/** Who decides: the commune's chairman, or the city's for what the Ủy ban proposes upwards. */
export function proposalAddressee(
  p: Pick<Proposer, 'kind'>,
  issuer: Pick<AwardIssuer, 'parentBody' | 'issuingBody' | 'place'>,
): string {
  return p.kind === 'committee' ? CITY_CHAIRMAN : chairmanOf(issuer);
}

/**
 * The signing lines (Nghị định 30/2020, Điều 13): "TM." before a collective body (the council, the
 * Ủy ban), "KT." when a deputy signs for the head, then the signer's title.
 * @example council, PHÓ CHỦ TỊCH THƯỜNG TRỰC → ["TM. HỘI ĐỒNG", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"]
 * @example department, TRƯỞNG PHÒNG → ["TRƯỞNG PHÒNG"]
 */
export function proposerSigningLines(p: Pick<Proposer, 'kind' | 'signerTitle'>): string[] {
  const titles = SIGNER_TITLES[p.kind];
  const head = titles[0];
  const title = p.signerTitle.trim().toLocaleUpperCase('vi') || head;
  const collective =
    p.kind === 'council' ? ['TM. HỘI ĐỒNG'] : p.kind === 'committee' ? ['TM. ỦY BAN NHÂN DÂN'] : [];
  return [...collective, ...(title === head ? [] : [`KT. ${head}`]), title];
}

/**
 * What is wrong with the proposer of a form: the Ủy ban does not propose to its own chairman, a form
 * of the city is proposed by the Ủy ban, a department needs its name and code, and the signer's title
 * must be one the body signs with.
 */
export function proposerProblems(
  p: Proposer,
  form: Pick<AwardForm, 'name' | 'conferredByCommune'>,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (p.kind === 'committee' && form.conferredByCommune)
    out.push({
      path: 'proposer.kind',
      message: `Cơ quan trình: ${form.name} do Chủ tịch Ủy ban nhân dân cấp xã quyết định; Ủy ban nhân dân không trình Chủ tịch của chính mình. Chọn Thường trực Hội đồng Thi đua - Khen thưởng hoặc phòng chuyên môn`,
    });
  if (p.kind !== 'committee' && !form.conferredByCommune)
    out.push({
      path: 'proposer.kind',
      message: `Cơ quan trình: ${form.name} do cấp trên quyết định nên Ủy ban nhân dân trình ${CITY_CHAIRMAN}`,
    });
  if (p.kind === 'department') {
    if (!p.name.trim())
      out.push({ path: 'proposer.name', message: 'Tên phòng trình: cần ghi (ví dụ Phòng Văn hóa - Xã hội)' });
    if (!/^[\p{Lu}\p{N}]{2,12}$/u.test(p.code.trim()))
      out.push({
        path: 'proposer.code',
        message: 'Ký hiệu của phòng: cần ghi chữ in hoa viết tắt, không dấu cách (ví dụ VHXH)',
      });
  }
  const title = p.signerTitle.trim().toLocaleUpperCase('vi');
  if (!SIGNER_TITLES[p.kind].includes(title))
    out.push({
      path: 'proposer.signerTitle',
      message: `Chức vụ người ký Tờ trình: chọn một trong ${SIGNER_TITLES[p.kind].join(', ')}`,
    });
  return out;
}

/** The dates that must follow each other; null = not given yet (nothing to check). */
export interface DocumentDates {
  submission: string | null;
  meeting: string | null;
  decision: string | null;
}

/**
 * The order of the documents for the field the user is setting: for a council or department proposer
 * Tờ trình ≤ meeting ≤ decision (the council reviews the Tờ trình, the chairman then decides); for the
 * Ủy ban's own Tờ trình to the city, meeting ≤ Tờ trình. The decision is never dated before either.
 */
export function documentDateProblems(
  kind: ProposerKind,
  dates: DocumentDates,
  field: 'submissionDate' | 'council.meetingDate' | 'decisionDate',
): FieldProblem[] {
  const { submission, meeting, decision } = dates;
  const short = (d: string) => formatShortDate(d);
  const out: FieldProblem[] = [];
  const upward = kind === 'committee';
  if (field === 'submissionDate' && submission && meeting) {
    if (!upward && submission > meeting)
      out.push({
        path: field,
        message: `Ngày Tờ trình: không được sau ngày họp Hội đồng Thi đua - Khen thưởng (${short(meeting)}) xem xét Tờ trình`,
      });
    if (upward && submission < meeting)
      out.push({
        path: field,
        message: `Ngày Tờ trình: không được trước ngày họp Hội đồng Thi đua - Khen thưởng (${short(meeting)}) mà Tờ trình báo cáo kết quả`,
      });
  }
  if (field === 'council.meetingDate' && submission && meeting) {
    if (!upward && meeting < submission)
      out.push({
        path: field,
        message: `Ngày họp Hội đồng: không được trước ngày Tờ trình (${short(submission)}) mà Hội đồng xem xét`,
      });
    if (upward && meeting > submission)
      out.push({
        path: field,
        message: `Ngày họp Hội đồng: không được sau ngày Tờ trình (${short(submission)}) báo cáo kết quả họp`,
      });
  }
  if ((field === 'submissionDate' || field === 'council.meetingDate') && decision) {
    const own = field === 'submissionDate' ? submission : meeting;
    if (own && own > decision)
      out.push({
        path: field,
        message: `${field === 'submissionDate' ? 'Ngày Tờ trình' : 'Ngày họp Hội đồng'}: không được sau ngày quyết định (${short(decision)})`,
      });
  }
  if (field === 'decisionDate' && decision) {
    if (meeting && decision < meeting)
      out.push({
        path: field,
        message: `Ngày quyết định: không được trước ngày họp Hội đồng Thi đua - Khen thưởng (${short(meeting)})`,
      });
    else if (submission && decision < submission)
      out.push({
        path: field,
        message: `Ngày quyết định: không được trước ngày Tờ trình (${short(submission)})`,
      });
  }
  return out;
}
