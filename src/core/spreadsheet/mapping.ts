/**
 * Which source column holds which field: proposed from the header texts ignoring case, marks and
 * punctuation, and the header row found among the first rows (a title may sit above it).
 */

import { DomainError } from '../errors/domain-error.ts';
import { type ColumnSpec, type HeaderSynonyms, headerKey } from './columns.ts';

/** For each field, the 0-based index of the source column that holds it, or null. */
export type ColumnMapping<K extends string> = Record<K, number | null>;

/** What header finding and the mapping proposal need of a spreadsheet spec. */
export interface HeaderSpec<K extends string> {
  columns: readonly ColumnSpec<K>[];
  synonyms: Readonly<Record<K, HeaderSynonyms>>;
  /** How many columns a row must name to be the header row. */
  minHeaderColumns: number;
}

/** How many of the first rows may hold the header. */
const HEADER_SEARCH_ROWS = 10;

/**
 * Proposes which source column holds each field: exact template headers first, then whole-header
 * synonyms, then synonyms found as a run of words inside a header (longest first, then leftmost).
 * Each source column is used at most once; an empty header is never used.
 *
 * @example proposeColumns(spec, ['STT', 'Ho ten', 'SĐT']) → { name: 1, phone: 2, … }
 */
export function proposeColumns<K extends string>(
  spec: HeaderSpec<K>,
  headers: readonly string[],
): ColumnMapping<K> {
  const keys = headers.map(headerKey);
  const mapping = Object.fromEntries(spec.columns.map((c) => [c.key, null])) as ColumnMapping<K>;
  const used = new Set<number>();
  const assign = (key: K, index: number) => {
    if (index < 0 || mapping[key] !== null || used.has(index) || keys[index] === '') return;
    mapping[key] = index;
    used.add(index);
  };
  for (const c of spec.columns) assign(c.key, keys.indexOf(headerKey(c.header)));
  for (const c of spec.columns)
    for (const e of spec.synonyms[c.key].exact ?? []) assign(c.key, keys.indexOf(e));
  const found: Array<{ key: K; index: number; length: number }> = [];
  for (const c of spec.columns)
    for (const phrase of spec.synonyms[c.key].within)
      keys.forEach((k, index) => {
        if (` ${k} `.includes(` ${phrase} `)) found.push({ key: c.key, index, length: phrase.length });
      });
  found.sort((a, b) => b.length - a.length || a.index - b.index);
  for (const f of found) assign(f.key, f.index);
  return mapping;
}

/**
 * The Excel row number (1-based) of the header row: the first of the first 10 rows in which at least
 * `minHeaderColumns` cells name a column; null when there is none.
 */
export function findHeaderRow<K extends string>(
  spec: HeaderSpec<K>,
  rows: readonly (readonly string[])[],
): number | null {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const mapping = proposeColumns(spec, rows[i] ?? []);
    if (Object.values(mapping).filter((v) => v !== null).length >= spec.minHeaderColumns) return i + 1;
  }
  return null;
}

/** One worksheet as text: rows[i] is Excel row i + 1, cells[j] column j. */
export interface SheetRows {
  name: string;
  rows: string[][];
}

/**
 * The sheet to import: the one named `dataSheet` when it has a header row, otherwise the first sheet
 * that has one. None has one: a VALIDATION error with `noHeader`.
 */
export function findDataSheet<K extends string, S extends SheetRows>(
  spec: HeaderSpec<K>,
  sheets: readonly S[],
  options: { dataSheet: string; noHeader: string },
): { sheet: S; headerRow: number } {
  const ordered = [
    ...sheets.filter((s) => s.name === options.dataSheet),
    ...sheets.filter((s) => s.name !== options.dataSheet),
  ];
  for (const sheet of ordered) {
    const headerRow = findHeaderRow(spec, sheet.rows);
    if (headerRow !== null) return { sheet, headerRow };
  }
  throw new DomainError('VALIDATION', options.noHeader);
}

/** 'Bảng tính thiếu cột "…" (bắt buộc)' for each required field no source column holds. */
export function missingColumns<K extends string>(
  columns: readonly ColumnSpec<K>[],
  mapping: Partial<Record<K, number | null>>,
  required: readonly K[],
): string[] {
  return required
    .filter((k) => (mapping[k] ?? null) === null)
    .map((k) => `Bảng tính thiếu cột "${columns.find((c) => c.key === k)?.header ?? k}" (bắt buộc)`);
}
