/**
 * Quyết định khen thưởng in the Nghị định 30/2020 layout: the chairman's authority, căn cứ, Điều 1 the
 * award to the attached list, Điều 2 the money (each amount, the total in figures and in words, the
 * fund), Điều 3 execution, then the attached "DANH SÁCH … (Kèm theo Quyết định số …)" with the amounts.
 * Also the parts the Tờ trình and the Biên bản share with it (issuer names, counts, list order).
 */
import { legalBasisLines } from '../awards/legal-bases.ts';
import { occasionPhrase, periodPhrase } from '../awards/period.ts';
import type { AwardDecision, AwardForm, AwardSubject, DecisionItem } from '../awards/types.ts';
import { UNVERIFIED_MARK, type UnverifiedValue } from '../awards/unverified.ts';
import { markUnverifiedBases } from '../awards/unverified-bases.ts';
import { DomainError } from '../errors/domain-error.ts';
import { compareVietnamese, sortByGivenName } from '../vietnamese/collate.ts';
import { formatShortDate, parseIsoDate } from '../vietnamese/dates.ts';
import { foldVietnamese } from '../vietnamese/fold.ts';
import { amountInWords, formatNumberVi } from '../vietnamese/money.ts';
import {
  type AdminDocument,
  type BodyBlock,
  dashItem,
  formatNumberLine,
  formatPlaceDateLine,
  type InlineRun,
  keptWithNext,
  type ParagraphBlock,
  paragraph,
  type SignatureBlock,
  type TableBlock,
  type TableCell,
} from './model.ts';

/** Who issues the document: "ỦY BAN NHÂN DÂN" / "ĐẶC KHU BẠCH LONG VĨ", the place, and who signs. */
export interface AwardIssuer {
  parentBody: string;
  issuingBody: string;
  place: string;
  /** prefix "KT. CHỦ TỊCH" (several lines may be separated by a new line), title "PHÓ CHỦ TỊCH". */
  signer: { prefix: string; title: string; name: string };
}

/**
 * A list attached after the signature, printed from a new page: centred bold title lines, an italic
 * note "(Kèm theo …)", then the blocks (the shape of `DocumentAnnex`, `AdminDocument.annexes`).
 */
export interface AwardAnnex {
  titleLines: string[];
  note: string;
  body: BodyBlock[];
}

/** What the award builders return: the document, a second signature on the left, and attached lists. */
export type AwardDocument = AdminDocument & { leftSignature?: SignatureBlock; annexes?: AwardAnnex[] };

const UNIT_TYPES = ['ĐẶC KHU', 'PHƯỜNG', 'XÃ', 'THÀNH PHỐ', 'TỈNH'];

function sentenceCase(upper: string): string {
  const lower = upper.trim().toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

function titleCaseWords(upper: string): string {
  return upper
    .trim()
    .toLocaleLowerCase('vi')
    .split(/\s+/u)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}

/** "ĐẶC KHU BẠCH LONG VĨ" with place "Bạch Long Vĩ" → "đặc khu Bạch Long Vĩ". */
export function issuerUnitPhrase(issuer: Pick<AwardIssuer, 'issuingBody' | 'place'>): string {
  const body = issuer.issuingBody.trim().replace(/\s+/gu, ' ');
  const upper = body.toLocaleUpperCase('vi');
  const type = UNIT_TYPES.find((t) => upper.startsWith(`${t} `));
  if (!type) return sentenceCase(body);
  const rest = body.slice(type.length + 1);
  const name =
    foldVietnamese(rest) === foldVietnamese(issuer.place) ? issuer.place.trim() : titleCaseWords(rest);
  return `${type.toLocaleLowerCase('vi')} ${name}`;
}

/** "Ủy ban nhân dân đặc khu Bạch Long Vĩ". */
export function issuerBodyName(issuer: Pick<AwardIssuer, 'parentBody' | 'issuingBody' | 'place'>): string {
  const unit = issuerUnitPhrase(issuer);
  const parent = issuer.parentBody.trim();
  return parent ? `${sentenceCase(parent)} ${unit}` : unit.charAt(0).toLocaleUpperCase('vi') + unit.slice(1);
}

/** "Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ". */
export function chairmanOf(issuer: Pick<AwardIssuer, 'parentBody' | 'issuingBody' | 'place'>): string {
  return `Chủ tịch ${issuerBodyName(issuer)}`;
}

/** "CHỦ TỊCH ỦY BAN NHÂN DÂN ĐẶC KHU BẠCH LONG VĨ": who decides, as the decision and certificates print it. */
export function chairmanLine(issuer: Pick<AwardIssuer, 'parentBody' | 'issuingBody'>): string {
  const body = [issuer.parentBody, issuer.issuingBody].map((s) => s.trim()).filter(Boolean);
  return `CHỦ TỊCH ${body.join(' ')}`.toLocaleUpperCase('vi');
}

/** "Giấy khen" for a form of commendation, "danh hiệu “Lao động tiên tiến”" for a title. */
export function formPhrase(form: Pick<AwardForm, 'name' | 'category'>): string {
  return form.category === 'title' ? `danh hiệu “${form.name}”` : form.name;
}

/** Counts as documents write them: 3 → "03", 40 → "40". */
export function countText(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "12 tập thể và 40 cá nhân", "05 cá nhân". */
export function countsPhrase(subjects: readonly Pick<AwardSubject, 'kind'>[]): string {
  const collectives = subjects.filter((s) => s.kind === 'collective').length;
  const individuals = subjects.length - collectives;
  const parts = [
    ...(collectives > 0 ? [`${countText(collectives)} tập thể`] : []),
    ...(individuals > 0 || collectives === 0 ? [`${countText(individuals)} cá nhân`] : []),
  ];
  return parts.join(' và ');
}

/** "các tập thể, cá nhân", "các cá nhân" or "các tập thể". */
export function whoPhrase(subjects: readonly Pick<AwardSubject, 'kind'>[]): string {
  const collectives = subjects.some((s) => s.kind === 'collective');
  const individuals = subjects.some((s) => s.kind === 'individual');
  if (collectives && individuals) return 'các tập thể, cá nhân';
  return collectives ? 'các tập thể' : 'các cá nhân';
}

/**
 * "Chức vụ - đơn vị": the position, with the unit added when the position does not name it; a part
 * repeating an earlier one is dropped ("Công chức Phòng Văn hóa - Xã hội, Phòng Văn hóa - Xã hội").
 */
export function positionAndUnit(subject: Pick<AwardSubject, 'position' | 'unitName' | 'name'>): string {
  const parts: string[] = [];
  for (const part of subject.position.split(/,\s*/u).map((p) => p.trim())) {
    if (part && !parts.some((p) => foldVietnamese(p).includes(foldVietnamese(part)))) parts.push(part);
  }
  const position = parts.join(', ');
  const unit = subject.unitName.trim();
  if (!position) return unit;
  if (!unit || foldVietnamese(position).includes(foldVietnamese(unit))) return position;
  if (foldVietnamese(subject.name).includes(foldVietnamese(unit))) return position;
  return `${position}, ${unit}`;
}

/** Collectives first (alphabetical), then individuals by given name. */
export function inListOrder<T extends { subject: Pick<AwardSubject, 'kind' | 'name'> }>(
  items: readonly T[],
): T[] {
  const collectives = items
    .filter((i) => i.subject.kind === 'collective')
    .sort((a, b) => compareVietnamese(a.subject.name, b.subject.name));
  const individuals = sortByGivenName(
    items.filter((i) => i.subject.kind !== 'collective'),
    (i) => i.subject.name,
  );
  return [...collectives, ...individuals];
}

/** Signing lines: the prefix (one or more lines) then the title, without repeating a line. */
export function signingLines(prefix: string, title: string): string[] {
  const lines = [...prefix.split('\n'), title].map((l) => l.trim()).filter((l) => l !== '');
  return lines.filter((l, i) => lines.indexOf(l) === i);
}

export function cell(text: string, align?: TableCell['align'], bold = false): TableCell {
  const runs = [bold ? { text, bold } : { text }];
  return align ? { runs, align } : { runs };
}

/** A group title row of a list ("I. TẬP THỂ (12)") across `width` columns. */
export function groupRow(numeral: string, label: string, count: number, width: number): TableCell[] {
  return [
    cell(numeral, 'center', true),
    { ...cell(`${label} (${countText(count)})`, 'left', true), span: width - 1 },
  ];
}

/** Căn cứ lines end with ";" and the last one with "." (italic in a decision, upright in a Tờ trình). */
export function basisParagraphs(lines: readonly string[], italic = true): BodyBlock[] {
  const clean = lines.map((l) => l.trim().replace(/[.;,]+$/u, '')).filter((l) => l !== '');
  return clean.map((l, i) => paragraph([{ text: `${l}${i === clean.length - 1 ? '.' : ';'}`, italic }]));
}

export interface DecisionDocumentInput {
  decision: AwardDecision;
  form: AwardForm;
  issuer: AwardIssuer;
  /**
   * Unverified values nobody confirmed yet (a draft's, see `awards/unverified.ts`): each is printed with
   * "giá trị cần kiểm tra" beside it (a căn cứ after its citation, naming the fields) and a closing note
   * names them all. Empty once approval confirmed them.
   */
  unconfirmed?: readonly UnverifiedValue[];
}

const money = (amount: number) => `${formatNumberVi(amount)} đồng`;

/** "Quyết định số 125/QĐ-UBND ngày 20/8/2025"; without a number or date yet, blanks for the hand. */
export function decisionReference(
  decision: Pick<AwardDecision, 'number' | 'symbol' | 'date' | 'year'>,
): string {
  const blank = '      ';
  const number = decision.number.trim() ? ` ${decision.number.trim()}` : blank;
  const date = decision.date ? formatShortDate(decision.date) : `${blank}/${blank}/${decision.year}`;
  return `Quyết định số${number}/${decision.symbol} ngày ${date}`;
}

/** The sum of the items; throws when the decision's stored total says otherwise. */
export function decisionTotal(decision: AwardDecision): number {
  const sum = decision.items.reduce((s, item) => s + item.amount, 0);
  if (sum !== decision.total) {
    throw new DomainError(
      'INVALID_STATE',
      `Tổng số tiền của quyết định (${money(decision.total)}) khác tổng các dòng trong danh sách (${money(sum)}). Hãy tính lại tiền thưởng trước khi in.`,
    );
  }
  return sum;
}

/** "hệ số 0,6" of a kind, with the mark when that coefficient is not confirmed. */
function coefficientText(kind: string, coefficient: number, unconfirmed: readonly UnverifiedValue[]): string {
  const marked = unconfirmed.some(
    (v) => v.kind === 'coefficient' && v.subjectKind === kind && v.coefficient === coefficient,
  );
  return `hệ số ${formatNumberVi(coefficient)}${marked ? ` – ${UNVERIFIED_MARK}` : ''}`;
}

/** One money line of Điều 2 per kind and amount: "Cá nhân (hệ số 0,3): 40 cá nhân × 710.000 đồng = 28.400.000 đồng". */
function moneyLines(items: readonly DecisionItem[], unconfirmed: readonly UnverifiedValue[] = []): string[] {
  const groups = new Map<string, { kind: string; coefficient: number; amount: number; count: number }>();
  for (const item of inListOrder(items)) {
    const key = `${item.subject.kind}|${item.coefficient}|${item.amount}`;
    const g = groups.get(key) ?? {
      kind: item.subject.kind,
      coefficient: item.coefficient,
      amount: item.amount,
      count: 0,
    };
    g.count += 1;
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => {
    const who = g.kind === 'collective' ? 'tập thể' : 'cá nhân';
    const label = who.charAt(0).toLocaleUpperCase('vi') + who.slice(1);
    return `${label} (${coefficientText(g.kind, g.coefficient, unconfirmed)}): ${countText(g.count)} ${who} × ${money(g.amount)} = ${money(g.amount * g.count)}`;
  });
}

function articleParagraph(label: string, text: string | InlineRun[]): ParagraphBlock {
  const rest = typeof text === 'string' ? [{ text: ` ${text}` }] : text;
  return paragraph([{ text: label, bold: true }, ...rest]);
}

function moneyArticle(
  decision: AwardDecision,
  form: AwardForm,
  total: number,
  unconfirmed: readonly UnverifiedValue[] = [],
): BodyBlock[] {
  const lines = moneyLines(
    decision.items.filter((i) => i.amount > 0),
    unconfirmed,
  );
  if (lines.length === 0) {
    return [articleParagraph('Điều 2.', `Khen thưởng tại Điều 1 không kèm theo tiền thưởng.`)];
  }
  const salaryMarked = unconfirmed.some((v) => v.kind === 'base-salary');
  const base = `${money(decision.baseSalary)}${salaryMarked ? ` (${UNVERIFIED_MARK})` : ''}`;
  return [
    articleParagraph(
      'Điều 2.',
      `Kèm theo ${formPhrase(form)}, mỗi tập thể, cá nhân tại Điều 1 được thưởng số tiền bằng hệ số nhân với mức lương cơ sở ${base}, làm tròn lên hàng chục nghìn đồng, cụ thể:`,
    ),
    ...lines.map((l, i) => dashItem(`${l}${i === lines.length - 1 ? '.' : ';'}`)),
    paragraph([
      { text: 'Tổng số tiền: ' },
      { text: money(total), bold: true },
      { text: ' (Bằng chữ: ' },
      { text: amountInWords(total), italic: true },
      { text: ').' },
    ]),
    paragraph(`Kinh phí khen thưởng được chi từ ${decision.fundSource.trim().replace(/[.;]+$/u, '')}.`),
  ];
}

function executionArticle(decision: AwardDecision): ParagraphBlock {
  const named = 'các tập thể, cá nhân có tên tại Điều 1';
  const executors = decision.executors.map((e) => e.trim()).filter((e) => e !== '');
  const mentionsNamed = executors.some((e) => foldVietnamese(e).includes('dieu 1'));
  const who = [...executors, ...(mentionsNamed ? [] : [named])].join(', ');
  return articleParagraph(
    'Điều 3.',
    `Quyết định này có hiệu lực kể từ ngày ký. ${who.charAt(0).toLocaleUpperCase('vi')}${who.slice(1)} chịu trách nhiệm thi hành Quyết định này./.`,
  );
}

/**
 * The closing note of a document whose values are not all confirmed: which ones, and how they get
 * confirmed (a decision's: at approval). Bold italic, so that nobody signs the page without seeing it.
 */
export function unverifiedNote(
  unconfirmed: readonly Pick<UnverifiedValue, 'label'>[],
  wording: { heading: string; closing: string } = {
    heading: 'Ghi chú của dự thảo',
    closing:
      'Người phê duyệt xác nhận từng giá trị khi phê duyệt; văn bản in sau khi phê duyệt không còn ghi chú này.',
  },
): BodyBlock[] {
  if (unconfirmed.length === 0) return [];
  return [
    paragraph([
      { text: `${wording.heading} (${UNVERIFIED_MARK}): `, bold: true, italic: true },
      {
        text: `${unconfirmed.map((v) => v.label).join('; ')} chưa được kiểm tra với văn bản gốc. ${wording.closing}`,
        italic: true,
      },
    ]),
  ];
}

const LIST_COLUMNS = ['STT', 'Họ và tên', 'Chức vụ - đơn vị', 'Thành tích', 'Số tiền (đồng)'];
const LIST_WEIGHTS = [11, 36, 44, 52, 24];
const LIST_PT = 12;

/**
 * The rows of a list in list order: collectives then individuals, numbered from 1 inside each group,
 * with a group title row ("I. TẬP THỂ (12)") when both kinds are present.
 */
export function groupedRows<T extends { subject: Pick<AwardSubject, 'kind' | 'name'> }>(
  items: readonly T[],
  width: number,
  row: (item: T, stt: number) => TableCell[],
): TableCell[][] {
  const ordered = inListOrder(items);
  const collectives = ordered.filter((i) => i.subject.kind === 'collective');
  const individuals = ordered.filter((i) => i.subject.kind !== 'collective');
  const grouped = collectives.length > 0 && individuals.length > 0;
  return [
    ...(grouped ? [groupRow('I', 'TẬP THỂ', collectives.length, width)] : []),
    ...collectives.map((item, i) => row(item, i + 1)),
    ...(grouped ? [groupRow('II', 'CÁ NHÂN', individuals.length, width)] : []),
    ...individuals.map((item, i) => row(item, i + 1)),
  ];
}

/** The attached list: collectives then individuals, each with its amount, and the total row. */
export function decisionListTable(items: readonly DecisionItem[], total: number): TableBlock {
  const width = LIST_COLUMNS.length;
  const rows = groupedRows(items, width, (item, stt) => [
    cell(String(stt), 'center'),
    cell(item.subject.name),
    cell(positionAndUnit(item.subject)),
    cell(item.achievement.trim()),
    cell(formatNumberVi(item.amount), 'right'),
  ]);
  rows.push([
    { ...cell(`Tổng cộng: ${countsPhrase(items.map((i) => i.subject))}`, 'center', true), span: width - 1 },
    cell(formatNumberVi(total), 'right', true),
  ]);
  return {
    kind: 'table',
    columnWeights: LIST_WEIGHTS,
    header: LIST_COLUMNS.map((h) => cell(h)),
    rows,
    fontSize: LIST_PT,
  };
}

/** The Quyết định khen thưởng with its attached list. Amounts are the decision's own; the total is their sum. */
export function buildDecisionDocument(input: DecisionDocumentInput): AwardDocument {
  const { decision, form, issuer } = input;
  if (decision.items.length === 0) {
    throw new DomainError(
      'VALIDATION',
      'Quyết định chưa có tập thể, cá nhân nào trong danh sách khen thưởng.',
    );
  }
  const total = decisionTotal(decision);
  const year = decision.date ? parseIsoDate(decision.date).year : decision.year;
  const subjects = decision.items.map((i) => i.subject);
  // The one period of the decision: trích yếu, Điều 1 and (certificate-texts.ts) every certificate.
  const occasion = occasionPhrase(decision.period);
  const chairman = chairmanOf(issuer);
  const conferred =
    form.category === 'title'
      ? `Tặng ${formPhrase(form)} ${periodPhrase(decision.period)}`
      : `Tặng ${formPhrase(form)} của ${chairman}`;
  const body: BodyBlock[] = [
    keptWithNext(paragraph([{ text: chairmanLine(issuer), bold: true }], 'center')),
    ...basisParagraphs(
      markUnverifiedBases(
        decision.bases.length > 0
          ? decision.bases
          : legalBasisLines({
              date: decision.date ?? `${decision.year}-12-31`,
              formCode: decision.formCode,
              level: form.conferredByCommune ? 'commune' : 'city',
            }),
        input.unconfirmed ?? [],
      ),
    ),
    keptWithNext(paragraph([{ text: 'QUYẾT ĐỊNH:', bold: true }], 'center')),
    articleParagraph(
      'Điều 1.',
      `${conferred} cho ${countsPhrase(subjects)} (có danh sách kèm theo) ${occasion}.`,
    ),
    ...moneyArticle(decision, form, total, input.unconfirmed),
    // With a note after it, Điều 3 still goes with the signature.
    (input.unconfirmed ?? []).length > 0
      ? keptWithNext(executionArticle(decision))
      : executionArticle(decision),
    ...unverifiedNote(input.unconfirmed ?? []),
  ];
  const annex: AwardAnnex = {
    titleLines: [
      'DANH SÁCH',
      `${whoPhrase(subjects)
        .replace(/^các /u, '')
        .replace(/^./u, (c) => c.toLocaleUpperCase('vi'))} được tặng ${formPhrase(form)}`,
    ],
    note: `(Kèm theo ${decisionReference(decision)} của ${chairman})`,
    body: [decisionListTable(decision.items, total)],
  };
  return {
    header: {
      parentBody: issuer.parentBody,
      issuingBody: issuer.issuingBody,
      numberLine: formatNumberLine(decision.number, decision.symbol),
      placeDateLine: formatPlaceDateLine(issuer.place, decision.date || null, year),
    },
    typeName: 'QUYẾT ĐỊNH',
    subject: `Về việc tặng ${formPhrase(form)} cho ${whoPhrase(subjects)} ${occasion}`,
    body,
    recipients: ['Như Điều 3;', 'Lưu: VT.'],
    signature: {
      titleLines: signingLines(decision.signingPrefix, decision.signerTitle),
      signerName: decision.signerName,
    },
    annexes: [annex],
  };
}
