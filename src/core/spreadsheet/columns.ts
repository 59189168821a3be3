/**
 * The columns of an imported spreadsheet: each field's template header, the name messages give it, and
 * the other headers people write for it. "Dòng N, cột X" in messages is what Excel shows.
 */

import { foldVietnamese } from '../vietnamese/fold.ts';

/**
 * Other headers people write for a column, folded (see headerKey). `exact` must equal the whole header;
 * `within` may be a run of whole words inside it, and the longest such match wins ("Lĩnh vực ưu tiên"
 * over "Lĩnh vực").
 */
export interface HeaderSynonyms {
  exact?: readonly string[];
  within: readonly string[];
}

/** One column of a spreadsheet spec. */
export interface ColumnSpec<K extends string = string> {
  key: K;
  /** The template's header text. */
  header: string;
  /** The column's name in messages; the header when absent. */
  label?: string;
}

/** Excel's column letter for a 0-based index: 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Folded header text: no case, marks or punctuation; "Họ và tên / Tên tập thể" → "ho va ten ten tap the". */
export function headerKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

/** Each column's name in messages, by key. */
export function columnLabels<K extends string>(columns: readonly ColumnSpec<K>[]): Record<K, string> {
  return Object.fromEntries(columns.map((c) => [c.key, c.label ?? c.header])) as Record<K, string>;
}
