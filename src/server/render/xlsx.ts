/**
 * Reads and writes Excel workbooks; the only file that imports exceljs. Reading gives every cell as the
 * text a user sees; writing takes a plain workbook description.
 */

import ExcelJS from 'exceljs';
import { DomainError } from '../../core/errors/domain-error.ts';
import { columnLetter } from '../../core/spreadsheet/columns.ts';
import type { GuideBlock } from '../../core/spreadsheet/template.ts';

/** One worksheet as text: rows[i] is Excel row i + 1, cells[j] column j (A = 0); empty rows are kept. */
export interface SheetText {
  name: string;
  rows: string[][];
}

/** A value written to a cell: numbers stay numbers so Excel can sum them. */
export type CellValue = string | number | null;

/** A data sheet: a styled, frozen header row, then the rows. */
export interface TableSheetSpec {
  kind: 'table';
  name: string;
  columns: Array<{
    header: string;
    width: number /** Keep as typed text (ID and phone numbers). */;
    text?: boolean;
  }>;
  rows: CellValue[][];
  /** Drop-downs: column index → name of a list of `WorkbookSpec.lists`, for rows 2..validationRows + 1. */
  validations?: Array<{
    column: number;
    list: string /** Allow other values (a warning, not a stop). */;
    open?: boolean;
  }>;
  /** How many rows below the header carry the drop-downs (default: max(rows, 1000)). */
  validationRows?: number;
  /** Bold centred lines above the header, each across all columns (the header and freeze move down). */
  titleRows?: string[];
  /** Rows after the data (a summary); an empty array leaves a blank row. */
  footerRows?: CellValue[][];
  /** Print setup: A4, landscape or portrait, all columns on one page width, header repeated. */
  print?: { orientation: 'portrait' | 'landscape' };
}

/** A sheet of instructions: paragraphs across the columns, and tables with a styled header row. */
export interface TextSheetSpec {
  kind: 'text';
  name: string;
  columnWidths: number[];
  blocks: GuideBlock[];
}

export interface WorkbookSpec {
  sheets: Array<TableSheetSpec | TextSheetSpec>;
  /** Lists for the drop-downs, written one per column to the hidden sheet "Danh mục". */
  lists?: Array<{ name: string; values: string[] }>;
}

export const LIST_SHEET = 'Danh mục';

const NOT_XLSX =
  'Tệp tải lên không phải là bảng tính Excel (.xlsx). Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng "Sổ làm việc Excel (.xlsx)".';
const OLD_XLS =
  'Tệp có định dạng Excel 97-2003 (.xls) hoặc đã được đặt mật khẩu, chưa đọc được. Hãy mở tệp bằng Excel, bỏ mật khẩu nếu có, rồi lưu lại dưới dạng .xlsx.';

/** Plain digits: no thousands separators or exponent, at most 15 significant digits (Excel's precision). */
function numberText(n: number): string {
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? BigInt(n).toString() : String(n);
  return String(Number(n.toPrecision(15)));
}

function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** The text of one cell value, as exceljs gives it. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateText(v);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return '';
    if (typeof result === 'object' && 'error' in result) return result.error;
    return cellText(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : cellText(v.text as ExcelJS.CellValue);
  if ('error' in v) return v.error;
  return '';
}

/**
 * Every worksheet of an .xlsx file as display text: dates "2025-08-14", numbers as plain digits, rich
 * text flattened, formulas as their cached result, a merged cell's value in every cell it covers.
 * Anything but an .xlsx is refused in Vietnamese.
 */
export async function readSheets(buffer: Buffer | Uint8Array): Promise<SheetText[]> {
  const bytes = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer);
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) throw new DomainError('VALIDATION', OLD_XLS);
  if (bytes.length < 4 || bytes.readUInt32BE(0) !== 0x504b0304) throw new DomainError('VALIDATION', NOT_XLSX);
  const workbook = new ExcelJS.Workbook();
  try {
    // Only values are needed; skipping validations also avoids exceljs expanding every validated range.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, {
      ignoreNodes: ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'drawing', 'legacyDrawing'],
    });
  } catch {
    throw new DomainError('VALIDATION', NOT_XLSX);
  }
  const sheets: SheetText[] = [];
  workbook.eachSheet((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      while (rows.length < rowNumber - 1) rows.push([]);
      const values = row.values as ExcelJS.CellValue[];
      const cells: string[] = [];
      // row.values is 1-based (values[1] is column A) and sparse.
      for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      rows.push(cells);
    });
    sheets.push({ name: ws.name, rows });
  });
  return sheets;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF8EA9C1' } };
const FONT = 'Times New Roman';

/** "'Danh mục'!$B$2:$B$55" for a column of the list sheet. */
function listReference(column: number, length: number): string {
  const letter = columnLetter(column);
  return `'${LIST_SHEET}'!$${letter}$2:$${letter}$${Math.max(2, length + 1)}`;
}

/** exceljs 4.4 has range validations (`B2:B1001`) but its type definitions omit them. */
type WithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

function addTableSheet(
  workbook: ExcelJS.Workbook,
  spec: TableSheetSpec,
  listColumns: Map<string, { column: number; length: number }>,
): void {
  const titles = spec.titleRows ?? [];
  const headerRow = titles.length + 1;
  const ws = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
  ws.columns = spec.columns.map((c) => ({
    width: c.width,
    style: {
      font: { name: FONT, size: 12 },
      alignment: { vertical: 'top', wrapText: true },
      ...(c.text ? { numFmt: '@' } : {}),
    },
  }));
  titles.forEach((text, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = text;
    row.getCell(1).font = { name: FONT, size: 14, bold: true };
    row.getCell(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    row.height = 22;
    if (spec.columns.length > 1) ws.mergeCells(i + 1, 1, i + 1, spec.columns.length);
  });
  const header = ws.getRow(headerRow);
  header.values = spec.columns.map((c) => c.header);
  header.height = 36;
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 12, bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  });
  if (spec.rows.length > 0) ws.addRows(spec.rows.map((r) => r.map((v) => v ?? null)));
  for (const values of spec.footerRows ?? []) ws.addRow(values.map((v) => v ?? null));
  if (spec.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation: spec.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      showGridLines: true,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
  }
  const last = headerRow + Math.max(spec.validationRows ?? Math.max(spec.rows.length, 1000), 1);
  for (const v of spec.validations ?? []) {
    const list = listColumns.get(v.list);
    if (!list) throw new Error(`No list named ${v.list}`);
    const letter = columnLetter(v.column);
    (ws as WithValidations).dataValidations.add(`${letter}${headerRow + 1}:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [listReference(list.column, list.length)],
      showErrorMessage: true,
      errorStyle: v.open ? 'warning' : 'stop',
      errorTitle: 'Giá trị không có trong danh mục',
      error: `Hãy chọn một giá trị trong danh sách của cột "${spec.columns[v.column]?.header ?? letter}".`,
    });
  }
}

function addTextSheet(workbook: ExcelJS.Workbook, spec: TextSheetSpec): void {
  const ws = workbook.addWorksheet(spec.name);
  spec.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const span = Math.max(1, spec.columnWidths.length);
  for (const block of spec.blocks) {
    if (block.kind === 'paragraph') {
      const row = ws.addRow([block.text]);
      if (span > 1) ws.mergeCells(row.number, 1, row.number, span);
      const cell = row.getCell(1);
      cell.font = {
        name: FONT,
        size: block.style === 'title' ? 14 : 12,
        bold: block.style !== 'body',
      };
      cell.alignment = { vertical: 'top', wrapText: true };
      // Merged cells do not grow to fit: give long paragraphs room for their wrapped lines.
      const perLine = spec.columnWidths.reduce((a, b) => a + b, 0) * 1.1;
      row.height = Math.max(1, Math.ceil(block.text.length / perLine)) * 16 + 2;
      continue;
    }
    const header = ws.addRow(block.header);
    header.eachCell((cell) => {
      cell.font = { name: FONT, size: 12, bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    });
    for (const values of block.rows) {
      const row = ws.addRow(values);
      row.eachCell((cell) => {
        cell.font = { name: FONT, size: 12 };
        cell.alignment = { vertical: 'top', wrapText: true };
        cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
      });
    }
    ws.addRow([]);
  }
}

/** An .xlsx file from a plain description; the lists go to a hidden "Danh mục" sheet. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Vinh Danh';
  const listColumns = new Map<string, { column: number; length: number }>();
  for (const [i, l] of (spec.lists ?? []).entries())
    listColumns.set(l.name, { column: i, length: l.values.length });
  for (const sheet of spec.sheets) {
    if (sheet.kind === 'table') addTableSheet(workbook, sheet, listColumns);
    else addTextSheet(workbook, sheet);
  }
  if (spec.lists && spec.lists.length > 0) {
    const ws = workbook.addWorksheet(LIST_SHEET, { state: 'hidden' });
    spec.lists.forEach((l, i) => {
      const col = ws.getColumn(i + 1);
      col.width = 40;
      col.values = [l.name, ...l.values];
    });
  }
  const out = await workbook.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
