/**
 * Where text may break in the DOCX and PDF renderers: a table column is never narrower than its longest
 * word (Word and pdfmake would otherwise cut "Mườn/g"), and a header line that must wrap breaks at a
 * place that keeps names whole ("HỘI ĐỒNG THI ĐUA -" / "KHEN THƯỞNG", "ỦY BAN NHÂN DÂN" / "ĐẶC KHU
 * BẠCH LONG VĨ"). Widths are measured with the bundled Tinos, metric-compatible with Times New Roman.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { TableBlock, TableCell } from '../../core/documents/model.ts';

interface Measurer {
  font(path: string): Measurer;
  fontSize(size: number): Measurer;
  widthOfString(text: string): number;
}

const fontFile = (name: string) => fileURLToPath(new URL(`../../../assets/fonts/${name}`, import.meta.url));
const FONTS = { regular: fontFile('Tinos-Regular.ttf'), bold: fontFile('Tinos-Bold.ttf') };

let measurer: Measurer | null = null;

/** The width in points of `text` set in Tinos (bold or regular) at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  if (!measurer) {
    const PdfDocument = createRequire(import.meta.url)('pdfkit') as new (options: object) => Measurer;
    measurer = new PdfDocument({ autoFirstPage: false });
  }
  return measurer
    .font(bold ? FONTS.bold : FONTS.regular)
    .fontSize(sizePt)
    .widthOfString(text);
}

const WORDS = /\s+/u;

/** The widest word of a cell, in points (header cells are bold). */
function longestWordPt(cell: TableCell, sizePt: number, header: boolean): number {
  let widest = 0;
  for (const run of cell.runs) {
    const bold = header || run.bold === true;
    for (const word of run.text.split(WORDS))
      if (word !== '') widest = Math.max(widest, textWidthPt(word, sizePt, bold));
  }
  return widest;
}

/**
 * The widths of a table's columns in points, summing to `totalPt`: the weights' shares, except that a
 * column narrower than its longest word plus `paddingPt` (both sides together) is widened to it, the
 * room taken from the other columns in proportion to what they have to spare. When even that cannot
 * make room the weights' shares are kept.
 */
export function fittedColumnWidths(
  block: TableBlock,
  totalPt: number,
  paddingPt: number,
  sizePt: number,
): number[] {
  const weights = block.columnWeights;
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => (totalPt * w) / sum);
  const need = weights.map(() => 0);
  const rows: Array<[TableCell[], boolean]> = [
    [block.header, true],
    ...block.rows.map((r): [TableCell[], boolean] => [r, false]),
  ];
  for (const [cells, header] of rows) {
    let column = 0;
    for (const cell of cells) {
      const span = cell.span ?? 1;
      // A spanning cell (a group title) has the width of several columns: it does not set one.
      if (span === 1 && column < need.length)
        need[column] = Math.max(need[column], longestWordPt(cell, sizePt, header) + paddingPt + 0.5);
      column += span;
    }
  }
  if (need.reduce((a, b) => a + b, 0) > totalPt) return widths;
  for (let round = 0; round < weights.length; round++) {
    const short = widths.map((w, i) => Math.max(0, need[i] - w));
    const missing = short.reduce((a, b) => a + b, 0);
    if (missing <= 1e-6) break;
    const spare = widths.map((w, i) => (short[i] > 0 ? 0 : Math.max(0, w - need[i])));
    const available = spare.reduce((a, b) => a + b, 0);
    if (available <= 1e-6) break;
    const take = Math.min(missing, available);
    for (let i = 0; i < widths.length; i++) {
      if (short[i] > 0) widths[i] += (short[i] / missing) * take;
      else widths[i] -= (spare[i] / available) * take;
    }
  }
  return widths;
}

/** Words a unit's name starts with: a header line breaks before them rather than inside the name. */
const UNIT_TYPES = /^(ĐẶC KHU|XÃ|PHƯỜNG|THỊ TRẤN|THÀNH PHỐ|TỈNH|HUYỆN|QUẬN|THỊ XÃ)(?= |$)/u;

/**
 * A header line (the parent or issuing body, upper case) as the lines it is printed on within
 * `widthPt`. It stays one line when it fits; otherwise two lines, broken after a " - " (which joins two
 * names: "THI ĐUA - KHEN THƯỞNG"), else before a unit type ("ĐẶC KHU BẠCH LONG VĨ"); else word by word.
 */
export function headerLines(text: string, widthPt: number, sizePt: number, bold: boolean): string[] {
  const fits = (s: string) => textWidthPt(s, sizePt, bold) <= widthPt;
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (fits(flat)) return [flat];
  const words = flat.split(' ');
  const split = (i: number) => [words.slice(0, i).join(' '), words.slice(i).join(' ')];
  const both = (i: number) => split(i).every(fits);
  const breaks = words.map((_, i) => i).filter((i) => i > 0);
  const afterDash = breaks.filter((i) => words[i - 1] === '-' && both(i));
  if (afterDash.length > 0) return split(afterDash[afterDash.length - 1]);
  const beforeUnit = breaks.filter((i) => UNIT_TYPES.test(words.slice(i).join(' ')) && both(i));
  if (beforeUnit.length > 0) return split(beforeUnit[0]);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && !fits(next)) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current !== '') lines.push(current);
  return lines;
}
