/**
 * The wording of a certificate (Giấy khen, Bằng chứng nhận) for one line of an award decision: who
 * confers it, "TẶNG" or "TẶNG DANH HIỆU", the form, the person with Ông/Bà or the collective, the unit,
 * the achievement, the decision it rests on, its number in the register (số vào sổ), place and date,
 * the signer, and the address its QR code opens. The renderer only places these texts on the page.
 */
import { occasionSentence } from '../awards/period.ts';
import type { AwardDecision, AwardForm, DecisionItem } from '../awards/types.ts';
import { parseIsoDate } from '../vietnamese/dates.ts';
import {
  type AwardIssuer,
  chairmanLine,
  decisionReference,
  positionAndUnit,
  signingLines,
} from './award-decision-document.ts';
import { formatPlaceDateLine } from './model.ts';

/** What the wording of a decision's certificates depends on. */
export interface CertificateWordingInput {
  decision: AwardDecision;
  form: AwardForm;
  issuer: AwardIssuer;
  /** "https://vinhdanh.haiphong.gov.vn": each QR code opens <verifyBaseUrl>/xac-thuc/<token>. */
  verifyBaseUrl: string;
}

/** The texts printed on one certificate. */
export interface CertificateTexts {
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN ĐẶC KHU BẠCH LONG VĨ". */
  authority: string;
  verb: 'TẶNG' | 'TẶNG DANH HIỆU';
  formName: string;
  /** "Ông Nguyễn Văn An", "Bà Trần Thu Hà", or a collective's name as written. */
  name: string;
  /** Position and unit; empty when it would only repeat the name. */
  unit: string;
  /** What the award is for, in the decision's period: "Đã có thành tích … giai đoạn 2020 - 2025". */
  achievement: string;
  decision: string;
  /** "Số vào sổ: 15"; empty while the line has none. */
  register: string;
  placeDate: string;
  signerLines: string[];
  signerName: string;
  url: string;
}

/** The address a certificate's QR code encodes: the base and the token joined by one slash. */
export function certificateUrl(verifyBaseUrl: string, token: string): string {
  return `${verifyBaseUrl.trim().replace(/\/+$/u, '')}/xac-thuc/${encodeURIComponent(token)}`;
}

/** "Số vào sổ: 15", or nothing while the line has no number. */
export function registerLine(registerNumber: string | undefined): string {
  const number = registerNumber?.trim() ?? '';
  return number ? `Số vào sổ: ${number}` : '';
}

/** The texts printed on the certificate of one line of the decision. */
export function certificateTexts(input: CertificateWordingInput, item: DecisionItem): CertificateTexts {
  const { decision, form, issuer } = input;
  const { subject } = item;
  const honorific =
    subject.kind === 'individual' && subject.gender ? (subject.gender === 'nu' ? 'Bà ' : 'Ông ') : '';
  const unit = positionAndUnit(subject);
  const year = decision.date ? parseIsoDate(decision.date).year : decision.year;
  return {
    authority: chairmanLine(issuer),
    verb: form.category === 'title' ? 'TẶNG DANH HIỆU' : 'TẶNG',
    formName: form.name.toLocaleUpperCase('vi'),
    name: `${honorific}${subject.name.trim()}`,
    unit: unit === subject.name.trim() ? '' : unit,
    // The decision's one period, as its trích yếu and Điều 1 say; the line's own deeds stay in the list.
    achievement: occasionSentence(decision.period),
    decision: decisionReference(decision),
    register: registerLine(item.registerNumber),
    placeDate: formatPlaceDateLine(issuer.place, decision.date || null, year),
    signerLines: signingLines(decision.signingPrefix, decision.signerTitle).map((l) =>
      l.toLocaleUpperCase('vi'),
    ),
    signerName: decision.signerName,
    url: certificateUrl(input.verifyBaseUrl, item.certificateToken),
  };
}
