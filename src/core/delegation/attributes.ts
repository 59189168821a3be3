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
 * Every DelegateColumn of a candidate as text: codes as stored, '' when unknown, '1'/'0' for direct
 * work, the former unit trimmed as written, and the list of priority area codes.
 */
export function candidateAttributes(c: DelegateCandidate): Record<DelegateColumn, string | string[]> {
  return {
    category: c.category,
    kind: c.kind,
    gender: c.gender ?? '',
    ethnic: c.ethnicCode?.trim() ?? '',
    minority: minorityOf(c.ethnicCode),
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
