/** Builds the Kế hoạch of a conference, section by section as in Kế hoạch 06/KH-UBND of Bạch Long Vĩ. */

import type {
  Assignment,
  Conference,
  ConferenceSession,
  KeyContent,
  TextBlock,
} from '../conference/types.ts';
import { formatShortDate, parseIsoDate } from '../vietnamese/dates.ts';
import { parseInlineMarks as marked } from './inline-marks.ts';
import {
  type AdminDocument,
  type BodyBlock,
  dashItem,
  formatNumberLine,
  formatPlaceDateLine,
  heading,
  type InlineRun,
  keptWithNext,
  type ParagraphBlock,
  paragraph,
  plusItem,
} from './model.ts';

export { documentPlainText } from './model.ts';

const PLAN_TYPE_NAME = 'KẾ HOẠCH';

/**
 * The Kế hoạch of a conference as a document model. The figures (deadline, session, shares, number of
 * delegates, name) come from the conference; the free text from its plan.
 */
export function buildPlanDocument(conference: Conference): AdminDocument {
  const { plan } = conference;
  return {
    header: {
      parentBody: plan.parentBody,
      issuingBody: plan.issuingBody,
      numberLine: formatNumberLine(plan.documentNumber, plan.documentSymbol),
      placeDateLine: formatPlaceDateLine(plan.place, plan.issuedDate, issuedYear(conference)),
    },
    typeName: PLAN_TYPE_NAME,
    subject: plan.title,
    body: [
      paragraph(marked(plan.basis)),
      ...purposesSection(conference),
      ...formAndDelegatesSection(conference),
      ...programSection(conference),
      ...assignmentsSection(conference),
    ],
    recipients: plan.recipients,
    signature: {
      titleLines: [plan.signature.authority, plan.signature.prefix, plan.signature.position].filter(
        (line) => line.trim() !== '',
      ),
      signerName: plan.signature.signerName,
    },
  };
}

function issuedYear(conference: Conference): number {
  return conference.plan.issuedDate ? parseIsoDate(conference.plan.issuedDate).year : conference.year;
}

function purposesSection(conference: Conference): BodyBlock[] {
  return [
    heading(1, 'I. MỤC ĐÍCH, YÊU CẦU'),
    ...conference.plan.purposes.map((text, i) => paragraph(marked(`${i + 1}. ${text}`))),
  ];
}

function formAndDelegatesSection(conference: Conference): BodyBlock[] {
  const { plan } = conference;
  return [
    heading(1, 'II. HÌNH THỨC, THỜI GIAN, THÀNH PHẦN VÀ SỐ LƯỢNG ĐẠI BIỂU'),
    dashItem(marked(`Hình thức: ${plan.form}`)),
    dashItem([{ text: 'Thời gian tổ chức: ' }, { text: timeSentence(conference), bold: true }]),
    dashItem('Thành phần, cơ cấu và số lượng đại biểu:'),
    plusItem([
      { text: 'Thành phần, cơ cấu', italic: true },
      ...marked(`: ${compositionSentence(conference)}`),
    ]),
    ...plan.compositionNotes.map((text) => paragraph(marked(text))),
    plusItem([{ text: 'Số lượng', italic: true }, { text: `: Tối đa ${conference.maxDelegates} đại biểu.` }]),
  ];
}

/**
 * "Tổ chức trong 01 buổi (buổi sáng ngày 22/8/2025, từ 07 giờ 30 đến 11 giờ 00), hoàn thành trước ngày
 * 25/8/2025." The bracket appears only once the session date is fixed; the deadline part only when set.
 */
export function timeSentence(conference: Conference): string {
  const session = conference.session.date ? ` (${sessionPhrase(conference.session)})` : '';
  const deadline = conference.deadline
    ? `, hoàn thành trước ngày ${formatShortDate(conference.deadline)}`
    : '';
  return `Tổ chức trong 01 buổi${session}${deadline}.`;
}

function sessionPhrase(session: ConferenceSession): string {
  const part = session.part === 'sang' ? 'buổi sáng' : 'buổi chiều';
  const day = `${part} ngày ${formatShortDate(session.date ?? '')}`;
  const start = clockPhrase(session.startTime);
  const end = clockPhrase(session.endTime);
  return start && end ? `${day}, từ ${start} đến ${end}` : day;
}

/** "07:30" → "07 giờ 30"; anything else → null. */
function clockPhrase(time: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  return m ? `${m[1].padStart(2, '0')} giờ ${m[2]}` : null;
}

function compositionSentence(conference: Conference): string {
  const composition = conference.plan.composition.trim().replace(/[.;]+$/, '');
  return (
    `${composition} (đại biểu điển hình tiên tiến khoảng ${conference.exemplaryShare}%; ` +
    `đại biểu khách mời và lãnh đạo các cấp, các ngành khoảng ${conference.guestShare}%).`
  );
}

function programSection(conference: Conference): BodyBlock[] {
  const { plan } = conference;
  return [
    heading(1, 'III. CHƯƠNG TRÌNH, NỘI DUNG HỘI NGHỊ'),
    heading(2, '1. Chương trình Hội nghị'),
    ...plan.programItems.map((text) => dashItem(marked(text))),
    heading(2, '2. Một số hoạt động trước và trong dịp tổ chức hội nghị'),
    ...plan.activities.map((text) => dashItem(marked(text))),
    heading(2, '3. Một số nội dung trọng tâm của hội nghị'),
    ...plan.keyContents.flatMap(keyContentBlocks),
    ...conferenceNameBlocks(conference),
  ];
}

/**
 * One key content of III.3. A leading paragraph is joined to the heading: "3.1. Phạm vi: Hội nghị…".
 * A short label takes a colon; a heading that is itself a sentence (more than eight words, as 3.3)
 * takes a full stop; with no heading the code stands alone: "3.5. Trong chương trình…".
 */
export function keyContentBlocks(content: KeyContent): BodyBlock[] {
  const [first, ...rest] = content.blocks;
  const head = content.heading.trim();
  if (first && first.style === 'paragraph') {
    const joiner = head === '' ? '' : `${head}${headingJoiner(head)}`;
    return [paragraph(marked(`${content.code}. ${joiner}${first.text}`)), ...rest.map(textBlock)];
  }
  return [paragraph(marked(`${content.code}. ${head}`.trimEnd())), ...content.blocks.map(textBlock)];
}

function headingJoiner(head: string): string {
  if (/[.:;!?]$/.test(head)) return ' ';
  return head.split(/\s+/).length > 8 ? '. ' : ': ';
}

function textBlock(block: TextBlock): ParagraphBlock {
  const runs = marked(block.text);
  if (block.style === 'dash') return dashItem(runs);
  if (block.style === 'plus') return plusItem(runs);
  return paragraph(runs);
}

/** The generated last key content: the conference name as printed on the backdrop, with place and date. */
function conferenceNameBlocks(conference: Conference): BodyBlock[] {
  const { plan, session } = conference;
  const codes = plan.keyContents.map((c) => c.code);
  const year = session.date ? parseIsoDate(session.date).year : conference.year;
  const placeDate = session.date
    ? formatPlaceDateLine(plan.place, session.date, year)
    : `${plan.place}, ngày ... tháng ... năm ${year}`;
  return [
    keptWithNext(paragraph(`${nextKeyContentCode(codes)}. Tên của Hội nghị như sau:`)),
    keptWithNext(paragraph([{ text: conference.name, bold: true }], 'center')),
    keptWithNext(paragraph([{ text: conference.nameLine2, bold: true }], 'center')),
    paragraph([{ text: placeDate, italic: true }], 'center'),
  ];
}

/** The code after the last one: ['3.1', '3.5'] → '3.6'; none → '3.1'. */
export function nextKeyContentCode(codes: string[]): string {
  const last = codes.at(-1);
  const m = last ? /^(\d+)\.(\d+)$/.exec(last.trim()) : null;
  return m ? `${m[1]}.${Number(m[2]) + 1}` : `3.${codes.length + 1}`;
}

function assignmentsSection(conference: Conference): BodyBlock[] {
  return [
    heading(1, 'IV. TỔ CHỨC THỰC HIỆN'),
    ...conference.plan.assignments.flatMap((a, i) => assignmentBlocks(a, i + 1)),
    paragraph(marked(conference.plan.closing)),
  ];
}

/**
 * "1. Phòng Văn hóa - Xã hội: <first duty>", then one paragraph per further duty. The label is bold only
 * when the plan says so, as IV.4 and IV.5 of the seed plan ("**4. Trung tâm sự nghiệp công:** Tham mưu…").
 */
function assignmentBlocks(assignment: Assignment, number: number): BodyBlock[] {
  const [first, ...rest] = assignment.duties;
  const request = assignment.isRequest ? 'Đề nghị ' : '';
  const label: InlineRun[] = marked(`${number}. ${request}${assignment.unitName}:`, {
    bold: assignment.labelBold,
  });
  const opening = first ? [...label, ...marked(` ${first}`)] : label;
  return [paragraph(opening), ...rest.map((text) => paragraph(marked(text)))];
}
