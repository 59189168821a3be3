/** Renders an administrative document model to DOCX in the Nghị định 30/2020 layout. */

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import {
  type AdminDocument,
  type BlockAlign,
  type BodyBlock,
  type DocumentAnnex,
  type InlineRun,
  ND30_LAYOUT,
  type PageGeometry,
  pageGeometry,
  paragraphRuns,
  type SignatureBlock,
  type TableBlock,
} from '../../core/documents/model.ts';
import { fittedColumnWidths, headerLines } from './text-fit.ts';

const L = ND30_LAYOUT;
const FONT = L.fontFamily;

/** Millimetres to twentieths of a point (1 mm = 56.69 twips). */
function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Points to the half-points docx sizes are written in. */
function halfPoints(pt: number): number {
  return pt * 2;
}

const SINGLE = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };
/** Written on every body paragraph too: LibreOffice ignores a line rule that is only in the defaults. */
const BODY_SPACING = {
  before: 0,
  after: L.spaceAfterPt * 20,
  line: Math.round(240 * L.lineSpacing),
  lineRule: LineRuleType.AUTO,
};
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

const ALIGN = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

/** The DOCX file of the document: A4 (portrait unless told), Times New Roman, page numbers from page 2. */
export async function renderDocx(doc: AdminDocument): Promise<Buffer> {
  const g = pageGeometry(doc.orientation);
  const file = new Document({
    creator: 'Vinh Danh',
    title: `${doc.typeName} ${doc.subject}`,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT },
            size: halfPoints(L.size.body),
            sizeComplexScript: halfPoints(L.size.body),
            language: { value: 'vi-VN' },
          },
          paragraph: {
            spacing: BODY_SPACING,
          },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: twips(L.pageMm.width),
              height: twips(L.pageMm.height),
              // Portrait measures: docx swaps them for a landscape page.
              orientation:
                doc.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: twips(L.marginMm.top),
              bottom: twips(L.marginMm.bottom),
              left: twips(L.marginMm.left),
              right: twips(L.marginMm.right),
              header: twips(L.pageNumberTopMm),
              footer: twips(L.pageNumberTopMm),
            },
          },
        },
        headers: {
          default: new Header({ children: [pageNumberParagraph()] }),
          first: new Header({ children: [new Paragraph({ spacing: SINGLE })] }),
        },
        children: [
          headerTable(doc, g),
          ...titleParagraphs(doc, g),
          // The last paragraph stays with the signature: a signature never stands alone on a page.
          ...doc.body.map((block, i) => bodyElement(block, i === doc.body.length - 1, g)),
          closingTable(doc, g),
          ...(doc.annexes ?? []).flatMap((annex) => annexElements(annex, g)),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}

function pageNumberParagraph(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: SINGLE,
    children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(L.size.pageNumber) })],
  });
}

type LineOptions = {
  size: number;
  bold?: boolean;
  italic?: boolean;
  align?: BlockAlign;
  spaceBeforePt?: number;
};

/** One single-spaced line of the header or closing blocks (several lines: a line break between them). */
function line(text: string | string[], options: LineOptions): Paragraph {
  const lines = typeof text === 'string' ? [text] : text;
  return new Paragraph({
    alignment: ALIGN[options.align ?? 'center'],
    spacing: { ...SINGLE, before: Math.round((options.spaceBeforePt ?? 0) * 20) },
    children: lines.map(
      (t, i) =>
        new TextRun({
          text: t,
          size: halfPoints(options.size),
          bold: options.bold,
          italics: options.italic,
          break: i > 0 ? 1 : undefined,
        }),
    ),
  });
}

/** A short centred rule: an empty 1 pt paragraph whose top border is `lengthMm` long. */
function rule(lengthMm: number, columnMm: number, spaceAfterPt = 0): Paragraph {
  const side = twips(Math.max(0, (columnMm - lengthMm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 40, after: spaceAfterPt * 20, line: 20, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

/** A borderless table with fixed DXA widths: LibreOffice ignores percentage widths. */
function layoutTable(columnsMm: readonly number[], cells: Paragraph[][]): Table {
  const widths = columnsMm.map(twips);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    margins: NO_MARGINS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (children, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              borders: TableBorders.NONE,
              margins: NO_MARGINS,
              children,
            }),
        ),
      }),
    ],
  });
}

function headerTable(doc: AdminDocument, g: PageGeometry): Table {
  const { header } = doc;
  const [leftMm, rightMm] = g.headerColumnsMm;
  // Each body on the lines headerLines chooses, so a name is never cut ("KHEN / THƯỞNG").
  const body = (text: string, size: number, bold: boolean) =>
    line(headerLines(text, (leftMm * 72) / 25.4, size, bold), { size, bold });
  const left = [
    ...(header.parentBody ? [body(header.parentBody, L.size.parentBody, false)] : []),
    body(header.issuingBody, L.size.issuingBody, true),
    rule(L.ruleMm.issuingBody, leftMm),
    line(header.numberLine, { size: L.size.numberLine, spaceBeforePt: 6 }),
  ];
  const right = [
    line(L.nationalTitle, { size: L.size.nationalTitle, bold: true }),
    line(L.motto, { size: L.size.motto, bold: true }),
    rule(L.ruleMm.motto, rightMm),
    line(header.placeDateLine, { size: L.size.placeDate, italic: true, spaceBeforePt: 6 }),
  ];
  return layoutTable(g.headerColumnsMm, [left, right]);
}

function titleParagraphs(doc: AdminDocument, g: PageGeometry): Paragraph[] {
  return [
    line(doc.typeName, { size: L.size.typeName, bold: true, spaceBeforePt: 24 }),
    line(doc.subject, { size: L.size.subject, bold: true }),
    rule(L.ruleMm.subject, g.textWidthMm, 18),
  ];
}

function runs(inline: InlineRun[], size: number = L.size.body): TextRun[] {
  return inline.map(
    (r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size: halfPoints(size) }),
  );
}

function bodyElement(block: BodyBlock, isLast: boolean, g: PageGeometry): Paragraph | Table {
  if (block.kind === 'table') return ruledTable(block, g.textWidthMm);
  const isHeading = block.kind === 'heading';
  const align = isHeading ? 'justify' : (block.align ?? 'justify');
  return new Paragraph({
    alignment: ALIGN[align],
    indent: align === 'justify' || align === 'left' ? { firstLine: twips(L.firstLineIndentMm) } : undefined,
    spacing: BODY_SPACING,
    keepNext: isHeading || block.keepWithNext === true || isLast,
    children: runs(isHeading ? [{ text: block.text, bold: true }] : paragraphRuns(block)),
  });
}

const RULED = { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 0 };
/** Borders and padding are written on every cell too: LibreOffice 7.4 ignores the table-level ones. */
const RULED_CELL = { top: RULED, bottom: RULED, left: RULED, right: RULED };
const CELL_PADDING = { top: 0, bottom: 0, left: 80, right: 80 };

function ruledTable(block: TableBlock, textWidthMm: number): Table {
  // No column narrower than its longest word (with the cell's padding): a cell breaks only between words.
  const paddingPt = (CELL_PADDING.left + CELL_PADDING.right) / 20;
  const fontSize = block.fontSize ?? L.size.table;
  const widths = fittedColumnWidths(block, (textWidthMm * 72) / 25.4, paddingPt, fontSize).map((w) =>
    Math.round(w * 20),
  );
  const row = (cells: TableBlock['header'], isHeader: boolean) => {
    // The first grid column of each cell, and its width over the columns it spans.
    const starts = cells.map((_, i) => cells.slice(0, i).reduce((n, c) => n + (c.span ?? 1), 0));
    const spanWidth = (i: number) =>
      widths.slice(starts[i], starts[i] + (cells[i].span ?? 1)).reduce((a, b) => a + b, 0);
    return new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: cells.map(
        (cell, i) =>
          new TableCell({
            width: { size: spanWidth(i), type: WidthType.DXA },
            ...(cell.span && cell.span > 1 ? { columnSpan: cell.span } : {}),
            verticalAlign: VerticalAlignTable.CENTER,
            borders: RULED_CELL,
            margins: CELL_PADDING,
            children: [
              new Paragraph({
                alignment: ALIGN[cell.align ?? (isHeader ? 'center' : 'left')],
                spacing: { ...SINGLE, before: 40, after: 40 },
                children: runs(
                  cell.runs.map((r) => (isHeader ? { ...r, bold: true } : r)),
                  block.fontSize ?? L.size.table,
                ),
              }),
            ],
          }),
      ),
    });
  };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: { ...RULED_CELL, insideHorizontal: RULED, insideVertical: RULED },
    margins: CELL_PADDING,
    rows: [row(block.header, true), ...block.rows.map((cells) => row(cells, false))],
  });
}

function closingTable(doc: AdminDocument, g: PageGeometry): Table {
  const label = {
    size: L.size.recipientsLabel,
    bold: true,
    italic: true,
    align: 'left',
    spaceBeforePt: 12,
  } as const;
  const recipients = [
    line(L.recipientsLabel, label),
    ...doc.recipients.map((r) => line(`- ${r}`, { size: L.size.recipients, align: 'left' })),
  ];
  const left = doc.leftSignature ? signatureParagraphs(doc.leftSignature) : recipients;
  return layoutTable(g.closingColumnsMm, [left, signatureParagraphs(doc.signature)]);
}

/** The signing lines upper case, the room for the signature and seal, then the name. */
function signatureParagraphs({ titleLines, signerName }: SignatureBlock): Paragraph[] {
  const title = { size: L.size.signature, bold: true };
  return [
    ...titleLines.map((t, i) =>
      line(t.toLocaleUpperCase('vi'), { ...title, spaceBeforePt: i === 0 ? 12 : 0 }),
    ),
    line(signerName, { ...title, spaceBeforePt: (L.signatureGapMm * 72) / 25.4 }),
  ];
}

/** An attached list from a new page: its title lines, the "(Kèm theo …)" note, a short line, the blocks. */
function annexElements(annex: DocumentAnnex, g: PageGeometry): Array<Paragraph | Table> {
  const centred = (
    text: string,
    first: boolean,
    style: { bold?: boolean; italics?: boolean },
    size: number,
  ) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: SINGLE,
      pageBreakBefore: first,
      keepNext: true,
      children: [new TextRun({ text, size: halfPoints(size), ...style })],
    });
  return [
    ...annex.titleLines.map((t, i) => centred(t, i === 0, { bold: true }, L.size.typeName)),
    centred(annex.note, annex.titleLines.length === 0, { italics: true }, L.size.subject),
    rule(L.ruleMm.subject, g.textWidthMm, 12),
    ...annex.body.map((block) => bodyElement(block, false, g)),
  ];
}
