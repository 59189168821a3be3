/** The text attributes the selection engine counts for each delegate candidate. */
import type { SelectionCandidate } from '../selection/types.ts';
import type { DelegateCandidate, DelegateColumn } from './types.ts';

/** Code of the majority group (Kinh); see src/core/reference/ethnic-groups.ts. */
const KINH_CODE = '01';
/** Foreign nationals: neither Kinh nor an ethnic minority. */
const FOREIGN_CODE = '55';

/** 'kinh' for Kinh, 'thieu_so' for any other group, '' when unknown (or a foreign national). */
export function minorityOf(ethnicCode: string | null): string {
  const code = ethnicCode?.trim() ?? '';
  if (code === '' || code === FOREIGN_CODE) return '';
  return code === KINH_CODE ? 'kinh' : 'thieu_so';
}

/**
 * The person who attends for a candidate: the candidate itself, or a collective's representative (a
 * collective with no representative named has no gender, birth year or ethnic group to count).
 */
export function attendingPerson(
  c: Pick<DelegateCandidate, 'kind' | 'gender' | 'birthYear' | 'ethnicCode' | 'representative'>,
): { gender: DelegateCandidate['gender']; birthYear: number | null; ethnicCode: string | null } {
  if (c.kind !== 'collective') return { gender: c.gender, birthYear: c.birthYear, ethnicCode: c.ethnicCode };
  const r = c.representative;
  return r
    ? { gender: r.gender, birthYear: r.birthYear, ethnicCode: r.ethnicCode }
    : { gender: null, birthYear: null, ethnicCode: null };
}

/**
 * Every DelegateColumn of a candidate as text (gender and ethnic group of the person who attends: a
 * collective's representative), codes as stored, '' when unknown, '1'/'0' for direct
 * work, the former unit trimmed as written, and the list of priority area codes.
 */
export function candidateAttributes(c: DelegateCandidate): Record<DelegateColumn, string | string[]> {
  const person = attendingPerson(c);
  return {
    category: c.category,
    kind: c.kind,
    gender: person.gender ?? '',
    ethnic: person.ethnicCode?.trim() ?? '',
    minority: minorityOf(person.ethnicCode),
    field: c.fieldCode?.trim() ?? '',
    sector: c.sectorCode?.trim() ?? '',
    direct_worker: c.directWorker ? '1' : '0',
    former_unit: c.formerUnitName.trim().replace(/\s+/gu, ' '),
    nominating_unit: c.nominatingUnitId ?? '',
    priority_area: [...new Set(c.priorityAreas)],
  };
}

/** The engine's candidates, in the same order, with each candidate's score. */
export function toSelectionCandidates(cs: readonly DelegateCandidate[]): SelectionCandidate[] {
  return cs.map((c) => ({ id: c.id, score: c.score, attributes: candidateAttributes(c) }));
}
