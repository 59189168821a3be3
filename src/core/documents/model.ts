/**
 * A plain model of a Vietnamese administrative document laid out by Nghị định 30/2020/NĐ-CP (Phụ lục I).
 * Builders (plan, decision, invitation…) produce it; the DOCX, PDF and HTML renderers only draw it.
 */

import { formatLongDate } from '../vietnamese/dates.ts';

/** A piece of text with one style. */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type BlockAlign = 'justify' | 'center' | 'left' | 'right';

/** "I. MỤC ĐÍCH, YÊU CẦU" (level 1) or "1. Chương trình Hội nghị" (level 2); both bold, first-line indented. */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2;
  text: string;
}

/** A paragraph of the body: justified with a 1 cm first-line indent unless centred. */
export interface ParagraphBlock {
  kind: 'paragraph';
  runs: InlineRun[];
  /** A "- " or "+ " item; the renderer writes the mark before the runs. */
  bullet?: 'dash' | 'plus';
  /** Defaults to `justify`. Centred and right-aligned lines get no first-line indent. */
  align?: BlockAlign;
  /** Kept on the same page as the next block (a title line and the lines it introduces). */
  keepWithNext?: boolean;
}

export interface TableCell {
  runs: InlineRun[];
  align?: BlockAlign;
  /** Columns this cell covers (default 1); the row then has that many cells fewer. */
  span?: number;
}

/** A ruled table (lists of delegates, awards…): a bold header row, then the rows. */
export interface TableBlock {
  kind: 'table';
  /** Relative column widths, e.g. [1, 6, 3]; renderers scale them to the text width. */
  columnWeights: number[];
  header: TableCell[];
  rows: TableCell[][];
  /** Text size in points; defaults to `ND30_LAYOUT.size.table` (a wide list may use a smaller one). */
  fontSize?: number;
}

export type BodyBlock = HeadingBlock | ParagraphBlock | TableBlock;

/** The two header columns: bodies and number on the left, quốc hiệu, tiêu ngữ and place-date on the right. */
export interface DocumentHeader {
  /** "ỦY BAN NHÂN DÂN"; may be empty. */
  parentBody: string;
  /** "ĐẶC KHU BẠCH LONG VĨ", printed bold with a short line below. */
  issuingBody: string;
  /** "Số: 06/KH-UBND" (see {@link formatNumberLine}). */
  numberLine: string;
  /** "Bạch Long Vĩ, ngày 14 tháng 8 năm 2025" (see {@link formatPlaceDateLine}). */
  placeDateLine: string;
}

export interface SignatureBlock {
  /** ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], printed bold upper case. */
  titleLines: string[];
  /** Printed bold below the space for the signature; may be empty in a draft. */
  signerName: string;
}

export type PageOrientation = 'portrait' | 'landscape';

/**
 * A list attached to the document ("DANH SÁCH … (Kèm theo Quyết định số …)"), printed after the
 * signature from a new page: centred bold title lines, an italic note, a short line, then its blocks.
 */
export interface DocumentAnnex {
  titleLines: string[];
  note: string;
  body: BodyBlock[];
}

export interface AdminDocument {
  header: DocumentHeader;
  /** Defaults to portrait; wide lists (danh sách đại biểu) are printed landscape. */
  orientation?: PageOrientation;
  /** "KẾ HOẠCH", "QUYẾT ĐỊNH", "TỜ TRÌNH"… */
  typeName: string;
  /** Trích yếu, printed bold and centred below the type with a short line. */
  subject: string;
  body: BodyBlock[];
  /** "Nơi nhận:" items without the "- " mark: "Ban TĐKT thành phố;". */
  recipients: string[];
  signature: SignatureBlock;
  /** A second signature in the left column instead of "Nơi nhận" (a biên bản: thư ký left, chủ tịch right). */
  leftSignature?: SignatureBlock;
  /** Lists attached after the signature, each from a new page. */
  annexes?: DocumentAnnex[];
}

/** Measures of Nghị định 30/2020 shared by every renderer (sizes in points, lengths in millimetres). */
export const ND30_LAYOUT = {
  pageMm: { width: 210, height: 297 },
  marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
  /** Distance of the page number from the top edge, inside the top margin. */
  pageNumberTopMm: 10,
  fontFamily: 'Times New Roman',
  size: {
    body: 14,
    parentBody: 13,
    issuingBody: 13,
    numberLine: 13,
    placeDate: 14,
    nationalTitle: 12,
    motto: 13,
    typeName: 14,
    subject: 14,
    signature: 14,
    recipientsLabel: 12,
    recipients: 11,
    table: 13,
    pageNumber: 13,
  },
  lineSpacing: 1.15,
  spaceAfterPt: 6,
  firstLineIndentMm: 10,
  /** Header columns: the left one fits "ĐẶC KHU BẠCH LONG VĨ" at 13 pt bold (57 mm). */
  headerColumnsMm: [65, 100],
  /** Nơi nhận and signature columns. */
  closingColumnsMm: [75, 90],
  /** Short lines: under the issuing body, under the motto (its width at 13 pt bold), under the trích yếu. */
  ruleMm: { issuingBody: 25, motto: 56, subject: 40 },
  /** Room left for the hand signature and seal. */
  signatureGapMm: 25,
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  recipientsLabel: 'Nơi nhận:',
} as const;

/** The page and column measures of an orientation, in millimetres. */
export interface PageGeometry {
  widthMm: number;
  heightMm: number;
  /** Between the left and right margins. */
  textWidthMm: number;
  headerColumnsMm: [number, number];
  closingColumnsMm: [number, number];
}

/**
 * Portrait uses ND30_LAYOUT as is. Landscape keeps the margins and widens the header and closing
 * columns in proportion to the wider text, so the quốc hiệu and the signature stay on the right.
 */
export function pageGeometry(orientation: PageOrientation = 'portrait'): PageGeometry {
  const { pageMm, marginMm, headerColumnsMm, closingColumnsMm } = ND30_LAYOUT;
  const landscape = orientation === 'landscape';
  const widthMm = landscape ? pageMm.height : pageMm.width;
  const heightMm = landscape ? pageMm.width : pageMm.height;
  const textWidthMm = widthMm - marginMm.left - marginMm.right;
  const portraitText = pageMm.width - marginMm.left - marginMm.right;
  const scale = (cols: readonly [number, number]): [number, number] =>
    landscape
      ? [(cols[0] * textWidthMm) / portraitText, (cols[1] * textWidthMm) / portraitText]
      : [cols[0], cols[1]];
  return {
    widthMm,
    heightMm,
    textWidthMm,
    headerColumnsMm: scale(headerColumnsMm),
    closingColumnsMm: scale(closingColumnsMm),
  };
}

/** Blank run left for the number or date written by hand once the document is signed. */
const HAND_FILL = '      ';

/** "Số: 06/KH-UBND"; without a number yet: "Số:      /KH-UBND". */
export function formatNumberLine(documentNumber: string, symbol: string): string {
  const number = documentNumber.trim();
  return number ? `Số: ${number}/${symbol}` : `Số:${HAND_FILL}/${symbol}`;
}

/**
 * "Bạch Long Vĩ, ngày 14 tháng 8 năm 2025"; without a date yet the day and month are left blank for the
 * hand: formatPlaceDateLine('Bạch Long Vĩ', null, 2025) === 'Bạch Long Vĩ, ngày      tháng      năm 2025'.
 */
export function formatPlaceDateLine(place: string, iso: string | null, year: number): string {
  if (iso) return `${place}, ${formatLongDate(iso)}`;
  return `${place}, ngày${HAND_FILL}tháng${HAND_FILL}năm ${year}`;
}

/** A level 1 or 2 heading. */
export function heading(level: 1 | 2, text: string): HeadingBlock {
  return { kind: 'heading', level, text };
}

/** A justified paragraph from plain text or styled runs. */
export function paragraph(content: string | InlineRun[], align?: BlockAlign): ParagraphBlock {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  return align ? { kind: 'paragraph', runs, align } : { kind: 'paragraph', runs };
}

/** The same paragraph, kept on the page of the block after it. */
export function keptWithNext(block: ParagraphBlock): ParagraphBlock {
  return { ...block, keepWithNext: true };
}

/** A "- " item. */
export function dashItem(content: string | InlineRun[]): ParagraphBlock {
  return { ...paragraph(content), bullet: 'dash' };
}

/** A "+ " item. */
export function plusItem(content: string | InlineRun[]): ParagraphBlock {
  return { ...paragraph(content), bullet: 'plus' };
}

/** The runs of a paragraph with its list mark in front, as every renderer prints them. */
export function paragraphRuns(block: ParagraphBlock): InlineRun[] {
  if (!block.bullet) return block.runs;
  return [{ text: block.bullet === 'dash' ? '- ' : '+ ' }, ...block.runs];
}

function runsText(runs: InlineRun[]): string {
  return runs.map((r) => r.text).join('');
}

/** The text of a body block as one line (table cells separated by tabs, rows by new lines). */
export function blockText(block: BodyBlock): string {
  if (block.kind === 'heading') return block.text;
  if (block.kind === 'paragraph') return runsText(paragraphRuns(block));
  return [block.header, ...block.rows].map((row) => row.map((c) => runsText(c.runs)).join('\t')).join('\n');
}

/** Every line of the document in reading order, for tests, search and snapshots. */
export function documentPlainText(doc: AdminDocument): string {
  const { header, signature } = doc;
  const lines = [
    header.parentBody,
    header.issuingBody,
    header.numberLine,
    ND30_LAYOUT.nationalTitle,
    ND30_LAYOUT.motto,
    header.placeDateLine,
    doc.typeName,
    doc.subject,
    ...doc.body.map(blockText),
    ...(doc.leftSignature
      ? [...doc.leftSignature.titleLines, doc.leftSignature.signerName]
      : [ND30_LAYOUT.recipientsLabel, ...doc.recipients.map((r) => `- ${r}`)]),
    ...signature.titleLines,
    signature.signerName,
    ...(doc.annexes ?? []).flatMap((a) => [...a.titleLines, a.note, ...a.body.map(blockText)]),
  ];
  return lines.filter((line) => line !== '').join('\n');
}
