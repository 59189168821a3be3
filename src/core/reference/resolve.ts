/** Finds a reference item from what people actually write: "hmong", "H'Mông", "1", "KT-XH". */

import { foldVietnamese } from '../vietnamese/fold.ts';
import type { ReferenceItem } from './types.ts';

/** Spaces, hyphens, dashes and apostrophes of every kind carry no meaning in a name. */
const IGNORED = /[\s\-‐‑–—'’‘`ʼ.]/gu;
const DIGITS = /^\d+$/u;
const SEPARATORS = /[,;/\n]/u;

/**
 * The comparison key of a code, label or alias: folded (no case, no marks, đ → d) and without spaces,
 * hyphens, dots or apostrophes: referenceKey("H'Mông") === referenceKey("Hmông") === "hmong".
 */
export function referenceKey(text: string): string {
  return foldVietnamese(text).replace(IGNORED, '');
}

function sameCode(code: string, key: string): boolean {
  if (referenceKey(code) === key) return true;
  // "1" and "01" are the same numeric code (Excel drops the leading zero).
  return DIGITS.test(key) && DIGITS.test(code) && Number(key) === Number(code);
}

/**
 * The item whose code, label or any alias equals `text` ignoring case, marks, spaces, hyphens and
 * apostrophes; codes win over labels and aliases; null when nothing matches or the text is empty.
 * resolveReference(ethnic, 'hmong')?.code === '08'; resolveReference(ethnic, '1')?.code === '01'.
 * Inactive items are found too: the caller decides whether they may be used.
 */
export function resolveReference<T extends ReferenceItem>(items: readonly T[], text: string): T | null {
  const key = referenceKey(text);
  if (key === '') return null;
  const byCode = items.find((item) => sameCode(item.code, key));
  if (byCode) return byCode;
  return (
    items.find(
      (item) => referenceKey(item.label) === key || item.aliases.some((a) => referenceKey(a) === key),
    ) ?? null
  );
}

/** What `resolveMany` found: the items in the order written (no repeats) and the parts not recognised. */
export interface ResolvedMany<T extends ReferenceItem> {
  items: T[];
  unknown: string[];
}

/**
 * Resolves a list written in one cell, split on ',' ';' '/' and new lines:
 * resolveMany(priority, 'KT-XH; quốc phòng - an ninh') finds both areas; empty parts are skipped.
 */
export function resolveMany<T extends ReferenceItem>(items: readonly T[], text: string): ResolvedMany<T> {
  const found: T[] = [];
  const unknown: string[] = [];
  for (const part of text.split(SEPARATORS)) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const item = resolveReference(items, trimmed);
    if (!item) unknown.push(trimmed);
    else if (!found.includes(item)) found.push(item);
  }
  return { items: found, unknown };
}
