/**
 * Duplicate nominations: the same name, birth year and nominating unit. Refused within one import file,
 * flagged (not refused) against nominations already stored.
 */

import { foldVietnamese } from '../vietnamese/fold.ts';
import type { NominationInput } from './types.ts';

/**
 * The key two duplicates share: the folded, whitespace-collapsed name, the birth year (null for
 * collectives) and the unit: duplicateKey(' Nguyễn  Văn HẬU', 1980, 'u1') === duplicateKey('nguyen van hau', 1980, 'u1').
 */
export function duplicateKey(name: string, birthYear: number | null, nominatingUnitId: string): string {
  return JSON.stringify([foldVietnamese(name), birthYear, nominatingUnitId]);
}

/** The fields that make a nomination a duplicate of another. */
export type DuplicateFields = Pick<NominationInput, 'kind' | 'name' | 'birthYear' | 'nominatingUnitId'>;

/** The duplicate key of a nomination; a collective's birth year never counts, even if one was typed. */
export function nominationDuplicateKey(row: DuplicateFields): string {
  return duplicateKey(row.name, row.kind === 'collective' ? null : row.birthYear, row.nominatingUnitId);
}

/**
 * Groups of row indices (0-based, ascending) that share a key, in order of first appearance; rows
 * without a twin are left out: [a, b, a', c, a''] → [[0, 2, 4]].
 */
export function findDuplicatesWithin(rows: readonly DuplicateFields[]): number[][] {
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const key = nominationDuplicateKey(row);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/** The stored nominations a row duplicates (other than itself, when `row` has an id). */
export function findDuplicatesOf<T extends DuplicateFields & { id: string }>(
  row: DuplicateFields & { id?: string },
  existing: readonly T[],
): T[] {
  const key = nominationDuplicateKey(row);
  return existing.filter((e) => e.id !== row.id && nominationDuplicateKey(e) === key);
}
