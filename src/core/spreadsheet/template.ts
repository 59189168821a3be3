/**
 * The template a unit fills in: the data sheet (header row, drop-downs, typed-text columns) and the
 * "Hướng dẫn" sheet (how to fill the file, one row per column, examples), as a plain workbook model the
 * XLSX writer turns into bytes.
 */

import type { ReferenceLists } from '../reference/types.ts';
import { type ColumnSpec, columnLetter } from './columns.ts';

/** A block of the instructions sheet: a paragraph, or a table with a header row. */
export type GuideBlock =
  | { kind: 'paragraph'; text: string; style: 'title' | 'heading' | 'body' }
  | { kind: 'table'; header: string[]; rows: string[][] };

/** How a column is filled: whether it is required, what is accepted, and an example. */
export interface ColumnGuide {
  required: string;
  accepted: string;
  example: string;
}

/** A paragraph of the guide. */
export function guideParagraph(text: string, style: 'title' | 'heading' | 'body' = 'body'): GuideBlock {
  return { kind: 'paragraph', text, style };
}

/** The "Các cột" table: letter, header, required, accepted values and example of every column. */
export function columnsGuideTable<K extends string>(
  columns: readonly ColumnSpec<K>[],
  guide: Readonly<Record<K, ColumnGuide>>,
): GuideBlock {
  return {
    kind: 'table',
    header: ['Cột', 'Tiêu đề', 'Bắt buộc', 'Cách ghi', 'Ví dụ'],
    rows: columns.map((c, i) => [
      columnLetter(i),
      c.header,
      guide[c.key].required,
      guide[c.key].accepted,
      guide[c.key].example,
    ]),
  };
}

/** "Danh mục đang dùng": the active labels of the reference lists the drop-downs offer. */
export function activeListsGuide(lists: ReferenceLists): GuideBlock[] {
  const active = (l: keyof ReferenceLists) =>
    lists[l]
      .filter((i) => i.active)
      .map((i) => i.label)
      .join('; ');
  return [
    guideParagraph('Danh mục đang dùng', 'heading'),
    guideParagraph(`Lĩnh vực: ${active('field')}.`),
    guideParagraph(`Thành phần kinh tế: ${active('sector')}.`),
    guideParagraph(`Lĩnh vực ưu tiên: ${active('priority')}.`),
    guideParagraph(`Dân tộc: ${active('ethnic')}.`),
  ];
}

/**
 * The guide sheet's blocks: the title, "Cách điền", "Khi nhập tệp", the columns table, then `more`
 * (worked examples, the lists in use).
 */
export function guideBlocks<K extends string>(guide: {
  title: string;
  filling: readonly string[];
  importing: readonly string[];
  columns: readonly ColumnSpec<K>[];
  columnGuide: Readonly<Record<K, ColumnGuide>>;
  more?: readonly GuideBlock[];
}): GuideBlock[] {
  return [
    guideParagraph(guide.title, 'title'),
    guideParagraph('Cách điền', 'heading'),
    ...guide.filling.map((t) => guideParagraph(t)),
    guideParagraph('Khi nhập tệp', 'heading'),
    ...guide.importing.map((t) => guideParagraph(t)),
    guideParagraph('Các cột', 'heading'),
    columnsGuideTable(guide.columns, guide.columnGuide),
    ...(guide.more ?? []),
  ];
}

/** A value written to a cell: numbers stay numbers so Excel can sum them. */
export type TemplateCell = string | number | null;

/** The workbook of a template (and of an export in the template's shape), ready for the XLSX writer. */
export interface TemplateWorkbook {
  sheets: [
    {
      kind: 'table';
      name: string;
      columns: Array<{ header: string; width: number; text?: boolean }>;
      rows: TemplateCell[][];
      validationRows: number;
      validations: Array<{ column: number; list: string; open?: boolean }>;
    },
    { kind: 'text'; name: string; columnWidths: number[]; blocks: GuideBlock[] },
  ];
  lists: Array<{ name: string; values: string[] }>;
}

/** A drop-down of the data sheet: the column, the list's name, its values; `open` allows other values. */
export interface DropDown<K extends string> {
  key: K;
  list: string;
  values: string[];
  open?: boolean;
}

/**
 * The template's workbook: the data sheet with the columns' headers and widths, drop-downs on the first
 * `validationRows` rows (or every row, when more), and the guide sheet.
 */
export function templateWorkbook<K extends string>(template: {
  dataSheet: string;
  columns: readonly ColumnSpec<K>[];
  widths: Readonly<Partial<Record<K, number>>>;
  defaultWidth: number;
  /** Columns kept as typed text (ID and phone numbers keep their leading 0). */
  textColumns?: readonly K[];
  rows?: TemplateCell[][];
  validationRows: number;
  dropDowns: readonly DropDown<K>[];
  guideSheet: string;
  guideWidths: number[];
  guide: GuideBlock[];
}): TemplateWorkbook {
  const rows = template.rows ?? [];
  const index = (key: K) => template.columns.findIndex((c) => c.key === key);
  return {
    sheets: [
      {
        kind: 'table',
        name: template.dataSheet,
        columns: template.columns.map((c) => ({
          header: c.header,
          width: template.widths[c.key] ?? template.defaultWidth,
          ...(template.textColumns ? { text: template.textColumns.includes(c.key) } : {}),
        })),
        rows,
        validationRows: Math.max(rows.length, template.validationRows),
        validations: template.dropDowns.map((d) => ({
          column: index(d.key),
          list: d.list,
          ...(d.open ? { open: true } : {}),
        })),
      },
      { kind: 'text', name: template.guideSheet, columnWidths: template.guideWidths, blocks: template.guide },
    ],
    lists: template.dropDowns.map((d) => ({ name: d.list, values: d.values })),
  };
}
