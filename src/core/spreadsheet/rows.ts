/**
 * Reading the data rows below a header: each cell's text once, empty rows skipped, at most one message
 * per cell (a cell that could not be read is not judged again by the rules), and the messages sorted by
 * row, then column, then the ones of no column.
 */

import type { FieldProblem } from '../errors/domain-error.ts';
import type { ReferenceItem } from '../reference/types.ts';
import { cleanCell, readChoice, readGender, readYear, readYesNo } from './cells.ts';
import { type ColumnSpec, columnLabels } from './columns.ts';
import { CELL_MESSAGES, rowMessage } from './messages.ts';

export interface RowsOptions<K extends string> {
  columns: readonly ColumnSpec<K>[];
  /** Source column of each field; a field without one reads as empty. */
  mapping: Partial<Record<K, number | null>>;
  /** Excel row number of the header row; data starts below it. */
  headerRow: number;
  /** Columns whose text alone does not make a row worth reading (an STT). */
  ignored?: readonly K[];
}

interface CellError {
  row: number;
  column: number;
  text: string;
}

/** One data row being read: its cells by field, and the messages of its bad cells. */
export class SheetRow<K extends string> {
  readonly #values: Map<K, string>;
  readonly #errors: CellError[];
  readonly #mapping: Partial<Record<K, number | null>>;
  readonly #labels: Record<K, string>;
  readonly #bad = new Set<string>();
  /** Excel row number. */
  readonly row: number;

  constructor(
    row: number,
    values: Map<K, string>,
    context: { errors: CellError[]; mapping: Partial<Record<K, number | null>>; labels: Record<K, string> },
  ) {
    this.row = row;
    this.#values = values;
    this.#errors = context.errors;
    this.#mapping = context.mapping;
    this.#labels = context.labels;
  }

  /** The cell's text, trimmed and composed; '' when the field has no source column. */
  cell(key: K): string {
    return this.#values.get(key) ?? '';
  }

  /** The column's name in messages. */
  label(key: K): string {
    return this.#labels[key];
  }

  /** True once any cell of the row was refused. */
  get failed(): boolean {
    return this.#bad.size > 0;
  }

  /** Refuses a cell ("Dòng N, cột X: text"), or the row when `key` is null; the first reason per cell wins. */
  fail(key: K | null, text: string): void {
    const id = key ?? `\u0000${text}`;
    if (this.#bad.has(id)) return;
    this.#bad.add(id);
    this.#errors.push({ row: this.row, column: key === null ? -1 : (this.#mapping[key] ?? -1), text });
  }

  /** The text of a cell that must not be empty ("Họ và tên: không được để trống"). */
  required(key: K, message = CELL_MESSAGES.empty(this.label(key))): string {
    const text = this.cell(key);
    if (text === '') this.fail(key, message);
    return text;
  }

  /** A year (or the year of a full date); null when empty or unreadable. */
  year(key: K): number | null {
    const text = this.cell(key);
    const year = readYear(text);
    if (year === undefined) this.fail(key, CELL_MESSAGES.year(this.label(key), text));
    return year ?? null;
  }

  /** "Có"/"Không" (empty is "Không"); an unreadable cell is refused and read as false. */
  yesNo(key: K): boolean {
    const text = this.cell(key);
    const value = readYesNo(text);
    if (value === undefined) this.fail(key, CELL_MESSAGES.yesNo(this.label(key), text));
    return value ?? false;
  }

  /** "Nam"/"Nữ"; null when empty or unreadable. */
  gender(key: K): 'nam' | 'nu' | null {
    const text = this.cell(key);
    const value = readGender(text);
    if (value === undefined) this.fail(key, CELL_MESSAGES.gender(this.label(key), text));
    return value ?? null;
  }

  /**
   * A value from a table of folded words; null when empty (refused with `empty` when given) or not in
   * the table (refused with `invalid`).
   */
  choice<T>(
    key: K,
    table: Readonly<Record<string, T>>,
    messages: { invalid: (text: string) => string; empty?: string },
  ): T | null {
    const text = this.cell(key);
    if (text === '') {
      if (messages.empty) this.fail(key, messages.empty);
      return null;
    }
    const value = readChoice(table, text);
    if (value === undefined) this.fail(key, messages.invalid(text));
    return value ?? null;
  }

  /** The code of a reference value (by label, alias or code); null when empty or not in the list. */
  reference(key: K, resolve: (text: string) => ReferenceItem | null): string | null {
    const text = this.cell(key);
    if (text === '') return null;
    const item = resolve(text);
    if (!item) this.fail(key, CELL_MESSAGES.notInList(this.label(key), text));
    return item?.code ?? null;
  }

  /** The codes of several reference values separated by ";"; the unknown ones refuse the cell. */
  references(
    key: K,
    resolve: (text: string) => { items: readonly ReferenceItem[]; unknown: readonly string[] },
  ): string[] {
    const found = resolve(this.cell(key));
    if (found.unknown.length > 0)
      this.fail(key, CELL_MESSAGES.notInList(this.label(key), found.unknown.join('; ')));
    return found.items.map((i) => i.code);
  }

  /** Refuses every cell longer than its limit ("Họ và tên: dài quá 300 ký tự"). */
  maxLengths(limits: ReadonlyArray<readonly [K, number]>): void {
    for (const [key, max] of limits)
      if (this.cell(key).length > max) this.fail(key, CELL_MESSAGES.tooLong(this.label(key), max));
  }

  /** The rules' problems, each on the cell its path belongs to (the row itself when none). */
  problems(problems: readonly FieldProblem[], columnOf: (path: string) => K | null): void {
    for (const p of problems) this.fail(columnOf(p.path), p.message);
  }
}

/**
 * Reads every data row below the header with `read`, which returns the row's item or null (nothing to
 * keep). Rows with nothing in the mapped columns (besides `ignored` ones) are skipped. The messages come
 * back as "Dòng N, cột X: …", by row, then column, then the row's messages of no column.
 */
export function readRows<K extends string, T>(
  rows: readonly (readonly string[] | undefined)[],
  options: RowsOptions<K>,
  read: (row: SheetRow<K>) => T | null,
): { items: T[]; errors: string[] } {
  const context = {
    errors: [] as CellError[],
    mapping: options.mapping,
    labels: columnLabels(options.columns),
  };
  const sources = options.columns.map((c) => [c.key, options.mapping[c.key] ?? null] as const);
  const ignored = new Set<K>(options.ignored ?? []);
  const items: T[] = [];
  for (let r = options.headerRow; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const values = new Map<K, string>();
    let empty = true;
    for (const [key, column] of sources) {
      const text = column === null ? '' : cleanCell(cells[column]);
      values.set(key, text);
      if (text !== '' && !ignored.has(key)) empty = false;
    }
    if (empty) continue;
    const item = read(new SheetRow(r + 1, values, context));
    if (item !== null) items.push(item);
  }
  // Within a row: by column, then the messages that belong to no column of the sheet.
  const order = (e: CellError) => (e.column < 0 ? Number.MAX_SAFE_INTEGER : e.column);
  context.errors.sort((a, b) => a.row - b.row || order(a) - order(b));
  return { items, errors: context.errors.map((e) => rowMessage(e.row, e.column, e.text)) };
}
