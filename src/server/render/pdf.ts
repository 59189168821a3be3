/** Renders an administrative document model to PDF in the Nghị định 30/2020 layout, with bundled Tinos. */

import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pdfmake from 'pdfmake';
import type {
  Content,
  ContentColumns,
  ContentStack,
  ContentText,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces.js';
import {
  type AdminDocument,
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
import { shareParsedFonts } from './shared-fonts.ts';
import { fittedColumnWidths, headerLines } from './text-fit.ts';

const L = ND30_LAYOUT;

/** Tinos is metric-compatible with Times New Roman and covers Vietnamese; bundled, never read from the system. */
const FONT = 'Tinos';
const fontFile = (name: string) => fileURLToPath(new URL(`../../../assets/fonts/${name}`, import.meta.url));
const TINOS = {
  normal: fontFile('Tinos-Regular.ttf'),
  bold: fontFile('Tinos-Bold.ttf'),
  italics: fontFile('Tinos-Italic.ttf'),
  bolditalics: fontFile('Tinos-BoldItalic.ttf'),
};
const FONT_DIR = dirname(TINOS.normal);
shareParsedFonts(Object.values(TINOS));

/** Millimetres to PDF points. */
function pt(mm: number): number {
  return (mm * 72) / 25.4;
}

/**
 * pdfmake multiplies the ascent-to-descent height (1.107 em for Tinos), Word the full single line
 * (1.150 em with the line gap): this factor makes both give the same 1.15 lines.
 */
const LINE_HEIGHT = (L.lineSpacing * 1.15) / 1.107;
const PAGE_NUMBER_STYLE = 'pageNumber';

/** The PDF file of the document: A4 (portrait unless told), page numbers at the top from page 2. */
export async function renderPdf(doc: AdminDocument): Promise<Buffer> {
  // pdfmake is one shared instance: register our font and policies on every call.
  pdfmake.addFonts({ [FONT]: { ...TINOS } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
  return pdfmake.createPdf(documentDefinition(doc)).getBuffer();
}

function documentDefinition(doc: AdminDocument): TDocumentDefinitions {
  const g = pageGeometry(doc.orientation);
  return {
    info: { title: `${doc.typeName} ${doc.subject}`, creator: 'Vinh Danh', producer: 'Vinh Danh' },
    language: 'vi-VN',
    pageSize: 'A4',
    pageOrientation: doc.orientation ?? 'portrait',
    pageMargins: [pt(L.marginMm.left), pt(L.marginMm.top), pt(L.marginMm.right), pt(L.marginMm.bottom)],
    defaultStyle: { font: FONT, fontSize: L.size.body, lineHeight: LINE_HEIGHT },
    header: (currentPage) =>
      currentPage === 1
        ? null
        : {
            text: String(currentPage),
            style: PAGE_NUMBER_STYLE,
            margin: [pt(L.marginMm.left), pt(L.pageNumberTopMm) - L.size.pageNumber, pt(L.marginMm.right), 0],
          },
    styles: { [PAGE_NUMBER_STYLE]: { alignment: 'center', fontSize: L.size.pageNumber, lineHeight: 1 } },
    // A heading never ends a page: it moves to the next one with the text it introduces.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel === 1 &&
      nodes.getFollowingNodesOnPage().every((next) => next.style === PAGE_NUMBER_STYLE),
    content: [
      headerColumns(doc, g),
      ...titleBlocks(doc, g),
      ...bodyContents(doc.body.slice(0, closingStart(doc.body)), g),
      closingBlock(doc, g),
      ...(doc.annexes ?? []).flatMap((annex) => annexContents(annex, g)),
    ],
  };
}

/** An attached list from a new page: its title lines, the "(Kèm theo …)" note, a short line, the blocks. */
function annexContents(annex: DocumentAnnex, g: PageGeometry): Content[] {
  return [
    {
      pageBreak: 'before',
      stack: [
        ...annex.titleLines.map((t) => line(t, L.size.typeName, { bold: true })),
        line(annex.note, L.size.subject, { italics: true }),
        rule(L.ruleMm.subject, g.textWidthMm, 12),
      ],
    },
    ...bodyContents(annex.body, g),
  ];
}

type LineStyle = Pick<ContentText, 'bold' | 'italics' | 'alignment' | 'margin'>;

/** A single-spaced line of the header or closing blocks, centred unless told. */
function line(text: string, fontSize: number, style: LineStyle = {}): ContentText {
  return { text, fontSize, lineHeight: 1, alignment: 'center', preserveLeadingSpaces: true, ...style };
}

/** A short centred rule of `lengthMm` in a column `columnMm` wide. */
function rule(lengthMm: number, columnMm: number, marginBottom = 0): Content {
  const x1 = pt((columnMm - lengthMm) / 2);
  return {
    canvas: [{ type: 'line', x1, y1: 0, x2: x1 + pt(lengthMm), y2: 0, lineWidth: 0.6 }],
    margin: [0, 3, 0, marginBottom],
  };
}

function headerColumns(doc: AdminDocument, g: PageGeometry): ContentColumns {
  const { header } = doc;
  const [leftMm, rightMm] = g.headerColumnsMm;
  // Each body on the lines headerLines chooses, so a name is never cut ("KHEN / THƯỞNG").
  const body = (text: string, size: number, bold: boolean) =>
    line(headerLines(text, pt(leftMm), size, bold).join('\n'), size, { bold });
  const left: Content[] = [
    ...(header.parentBody ? [body(header.parentBody, L.size.parentBody, false)] : []),
    body(header.issuingBody, L.size.issuingBody, true),
    rule(L.ruleMm.issuingBody, leftMm, 6),
    line(header.numberLine, L.size.numberLine),
  ];
  const right: Content[] = [
    line(L.nationalTitle, L.size.nationalTitle, { bold: true }),
    line(L.motto, L.size.motto, { bold: true }),
    rule(L.ruleMm.motto, rightMm, 6),
    line(header.placeDateLine, L.size.placeDate, { italics: true }),
  ];
  return {
    columns: [
      { width: pt(leftMm), stack: left },
      { width: pt(rightMm), stack: right },
    ],
    columnGap: 0,
  };
}

function titleBlocks(doc: AdminDocument, g: PageGeometry): Content[] {
  return [
    line(doc.typeName, L.size.typeName, { bold: true, margin: [0, 24, 0, 0] }),
    { text: doc.subject, fontSize: L.size.subject, bold: true, alignment: 'center', lineHeight: 1 },
    rule(L.ruleMm.subject, g.textWidthMm, 18),
  ];
}

/** A word with a break opportunity inside it: "72/2025/QH15", "06/KH-UBND", "TTr-HĐTĐKT". */
const MAX_JOINED_WORD = 40;
const JOINED_WORD = /[^\s]*[^\s/\-–][/\-–][^\s]*[^\s/\-–]\s*/gu;

/**
 * The runs as pdfmake text. pdfmake breaks lines (and, when justifying, adds space) at every break
 * opportunity, also after "/" and "-" inside a word, which prints "72/2025/ QH15". A word holding such
 * a character is given as one unbreakable piece, so lines break and stretch only at spaces, as in Word.
 */
function inline(runs: InlineRun[]): Content[] {
  return runs.flatMap((r) => {
    const style = { bold: r.bold === true, italics: r.italic === true };
    const out: Content[] = [];
    let last = 0;
    for (const m of r.text.matchAll(JOINED_WORD)) {
      // A long address may still wrap: a line must never overflow the page.
      if (m[0].length > MAX_JOINED_WORD) continue;
      if (m.index > last) out.push({ text: r.text.slice(last, m.index), ...style });
      out.push({ text: m[0], noWrap: true, ...style });
      last = m.index + m[0].length;
    }
    if (last < r.text.length || out.length === 0) out.push({ text: r.text.slice(last), ...style });
    return out;
  });
}

const PARAGRAPH_MARGIN: [number, number, number, number] = [0, 0, 0, L.spaceAfterPt];

/** The body, with every run of keep-with-next paragraphs and the block after it made unbreakable. */
function bodyContents(blocks: BodyBlock[], g: PageGeometry): Content[] {
  const out: Content[] = [];
  let group: Content[] = [];
  for (const block of blocks) {
    group.push(bodyContent(block, g));
    if (block.kind === 'paragraph' && block.keepWithNext) continue;
    out.push(group.length === 1 ? group[0] : { stack: group, unbreakable: true });
    group = [];
  }
  if (group.length > 0) out.push({ stack: group, unbreakable: true });
  return out;
}

function bodyContent(block: BodyBlock, g: PageGeometry): Content {
  if (block.kind === 'table') return ruledTable(block, pt(g.textWidthMm));
  const indent = pt(L.firstLineIndentMm);
  if (block.kind === 'heading') {
    return {
      text: block.text,
      bold: true,
      alignment: 'justify',
      leadingIndent: indent,
      headlineLevel: 1,
      margin: PARAGRAPH_MARGIN,
    };
  }
  const align = block.align ?? 'justify';
  return {
    text: inline(paragraphRuns(block)),
    alignment: align,
    leadingIndent: align === 'justify' || align === 'left' ? indent : 0,
    margin: PARAGRAPH_MARGIN,
  };
}

/** pdfmake's cell padding, left and right together (4 pt each). */
const CELL_PADDING_PT = 8;

function ruledTable(block: TableBlock, textWidth: number): Content {
  const fontSize = block.fontSize ?? L.size.table;
  const cell = (c: TableBlock['header'][number], isHeader: boolean): ContentText => ({
    text: inline(isHeader ? c.runs.map((r) => ({ ...r, bold: true })) : c.runs),
    alignment: c.align ?? (isHeader ? 'center' : 'left'),
    fontSize,
    lineHeight: 1,
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      // No column narrower than its longest word: a cell breaks only between words.
      widths: fittedColumnWidths(block, textWidth, CELL_PADDING_PT, fontSize).map((w) => w - CELL_PADDING_PT),
      body: [block.header, ...block.rows].map((row, r) =>
        // pdfmake wants a placeholder for each column a spanning cell covers.
        row.flatMap((c): TableCell[] => {
          const span = c.span ?? 1;
          if (span <= 1) return [cell(c, r === 0)];
          return [{ ...cell(c, r === 0), colSpan: span }, ...Array.from({ length: span - 1 }, () => ({}))];
        }),
      ),
    },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 2, paddingBottom: () => 2 },
    margin: PARAGRAPH_MARGIN,
  };
}

/** Where the closing's body blocks start: the last block and the keep-with-next lines just before it. */
function closingStart(body: BodyBlock[]): number {
  let start = Math.max(0, body.length - 1);
  while (start > 0) {
    const before = body[start - 1];
    if (before.kind !== 'paragraph' || before.keepWithNext !== true) break;
    start -= 1;
  }
  return start;
}

/** The signing lines upper case, the room for the signature and seal, then the name. */
function signatureLines({ titleLines, signerName }: SignatureBlock): Content[] {
  return [
    ...titleLines.map((t) => line(t.toLocaleUpperCase('vi'), L.size.signature, { bold: true })),
    line(signerName, L.size.signature, { bold: true, margin: [0, pt(L.signatureGapMm), 0, 0] }),
  ];
}

/** Nơi nhận (or a second signature) and signature, with the last body block: a signature never stands alone on a page. */
function closingBlock(doc: AdminDocument, g: PageGeometry): ContentStack {
  const [leftMm, rightMm] = g.closingColumnsMm;
  const recipients: Content[] = [
    line(L.recipientsLabel, L.size.recipientsLabel, { bold: true, italics: true, alignment: 'left' }),
    ...doc.recipients.map((r): Content => ({ text: `- ${r}`, fontSize: L.size.recipients, lineHeight: 1 })),
  ];
  const signature = signatureLines(doc.signature);
  return {
    unbreakable: true,
    stack: [
      ...doc.body.slice(closingStart(doc.body)).map((block) => bodyContent(block, g)),
      {
        margin: [0, 6, 0, 0],
        columns: [
          { width: pt(leftMm), stack: doc.leftSignature ? signatureLines(doc.leftSignature) : recipients },
          { width: pt(rightMm), stack: signature },
        ],
        columnGap: 0,
      },
    ],
  };
}
