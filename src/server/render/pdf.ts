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
  type InlineRun,
  ND30_LAYOUT,
  paragraphRuns,
  type TableBlock,
} from '../../core/documents/model.ts';

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
const TEXT_WIDTH = pt(L.pageMm.width - L.marginMm.left - L.marginMm.right);

/** The PDF file of the document: A4 portrait, page numbers at the top from page 2. */
export async function renderPdf(doc: AdminDocument): Promise<Buffer> {
  // pdfmake is one shared instance: register our font and policies on every call.
  pdfmake.addFonts({ [FONT]: { ...TINOS } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
  return pdfmake.createPdf(documentDefinition(doc)).getBuffer();
}

function documentDefinition(doc: AdminDocument): TDocumentDefinitions {
  return {
    info: { title: `${doc.typeName} ${doc.subject}`, creator: 'Vinh Danh', producer: 'Vinh Danh' },
    language: 'vi-VN',
    pageSize: 'A4',
    pageOrientation: 'portrait',
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
      headerColumns(doc),
      ...titleBlocks(doc),
      ...bodyContents(doc.body.slice(0, -1)),
      closingBlock(doc),
    ],
  };
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

function headerColumns(doc: AdminDocument): ContentColumns {
  const { header } = doc;
  const [leftMm, rightMm] = L.headerColumnsMm;
  const left: Content[] = [
    ...(header.parentBody ? [line(header.parentBody, L.size.parentBody)] : []),
    line(header.issuingBody, L.size.issuingBody, { bold: true }),
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

function titleBlocks(doc: AdminDocument): Content[] {
  return [
    line(doc.typeName, L.size.typeName, { bold: true, margin: [0, 24, 0, 0] }),
    { text: doc.subject, fontSize: L.size.subject, bold: true, alignment: 'center', lineHeight: 1 },
    rule(L.ruleMm.subject, L.pageMm.width - L.marginMm.left - L.marginMm.right, 18),
  ];
}

function inline(runs: InlineRun[]): Content[] {
  return runs.map((r) => ({ text: r.text, bold: r.bold === true, italics: r.italic === true }));
}

const PARAGRAPH_MARGIN: [number, number, number, number] = [0, 0, 0, L.spaceAfterPt];

/** The body, with every run of keep-with-next paragraphs and the block after it made unbreakable. */
function bodyContents(blocks: BodyBlock[]): Content[] {
  const out: Content[] = [];
  let group: Content[] = [];
  for (const block of blocks) {
    group.push(bodyContent(block));
    if (block.kind === 'paragraph' && block.keepWithNext) continue;
    out.push(group.length === 1 ? group[0] : { stack: group, unbreakable: true });
    group = [];
  }
  if (group.length > 0) out.push({ stack: group, unbreakable: true });
  return out;
}

function bodyContent(block: BodyBlock): Content {
  if (block.kind === 'table') return ruledTable(block);
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

function ruledTable(block: TableBlock): Content {
  const total = block.columnWeights.reduce((a, b) => a + b, 0) || 1;
  const cell = (c: TableBlock['header'][number], isHeader: boolean): TableCell => ({
    text: inline(isHeader ? c.runs.map((r) => ({ ...r, bold: true })) : c.runs),
    alignment: c.align ?? (isHeader ? 'center' : 'left'),
    fontSize: L.size.table,
    lineHeight: 1,
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: block.columnWeights.map((w) => (TEXT_WIDTH * w) / total - 8),
      body: [
        block.header.map((c) => cell(c, true)),
        ...block.rows.map((row) => row.map((c) => cell(c, false))),
      ],
    },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 2, paddingBottom: () => 2 },
    margin: PARAGRAPH_MARGIN,
  };
}

/** Nơi nhận and signature, with the last body block: a signature never stands alone on a page. */
function closingBlock(doc: AdminDocument): ContentStack {
  const [leftMm, rightMm] = L.closingColumnsMm;
  const recipients: Content[] = [
    line(L.recipientsLabel, L.size.recipientsLabel, { bold: true, italics: true, alignment: 'left' }),
    ...doc.recipients.map((r): Content => ({ text: `- ${r}`, fontSize: L.size.recipients, lineHeight: 1 })),
  ];
  const { titleLines, signerName } = doc.signature;
  const signature: Content[] = [
    ...titleLines.map((t) => line(t.toLocaleUpperCase('vi'), L.size.signature, { bold: true })),
    line(signerName, L.size.signature, { bold: true, margin: [0, pt(L.signatureGapMm), 0, 0] }),
  ];
  return {
    unbreakable: true,
    stack: [
      ...doc.body.slice(-1).map(bodyContent),
      {
        margin: [0, 6, 0, 0],
        columns: [
          { width: pt(leftMm), stack: recipients },
          { width: pt(rightMm), stack: signature },
        ],
        columnGap: 0,
      },
    ],
  };
}
