/**
 * Who receives an award, and how the same person or collective is recognised across years, imports
 * and decisions: the subject key.
 */
import type { DelegateCandidate } from '../delegation/types.ts';
import type { Nomination } from '../nominations/types.ts';
import { foldVietnamese } from '../vietnamese/fold.ts';
import type { AwardSubject, AwardSubjectKind } from './types.ts';

const KIND_PREFIX: Record<AwardSubjectKind, string> = { individual: 'cn', collective: 'tt' };

/**
 * The same key for the same subject however the name is typed: kind, folded name, birth year (for
 * individuals only) and unit id. "Nguyễn Văn Hậu" and "nguyen  van hau" born 1980 in the same unit match;
 * a collective's key ignores any birth year.
 */
export function subjectKey(s: Pick<AwardSubject, 'kind' | 'name' | 'birthYear' | 'unitId'>): string {
  const year = s.kind === 'individual' && s.birthYear !== null ? String(s.birthYear) : '';
  return [KIND_PREFIX[s.kind], foldVietnamese(s.name), year, s.unitId ?? ''].join('|');
}

/** The kind a subject key was made for, or null for a key not made by `subjectKey`. */
export function subjectKindOfKey(key: string): AwardSubjectKind | null {
  if (key.startsWith(`${KIND_PREFIX.individual}|`)) return 'individual';
  if (key.startsWith(`${KIND_PREFIX.collective}|`)) return 'collective';
  return null;
}

/** The subject of an award proposed from a nomination; `unitName` is the nominating unit's name. */
export function subjectFromNomination(n: Nomination, unitName: string): AwardSubject {
  const individual = n.kind === 'individual';
  return {
    kind: n.kind,
    name: n.name.trim(),
    birthYear: individual ? n.birthYear : null,
    gender: individual ? n.gender : null,
    ethnicCode: individual ? n.ethnicCode : null,
    directWorker: n.directWorker,
    position: n.position.trim(),
    unitId: n.nominatingUnitId,
    unitName,
  };
}

/** The subject of an award proposed for a delegate of the approved list. */
export function subjectFromDelegate(c: DelegateCandidate): AwardSubject {
  const individual = c.kind === 'individual';
  return {
    kind: c.kind,
    name: c.name.trim(),
    birthYear: individual ? c.birthYear : null,
    gender: individual ? c.gender : null,
    ethnicCode: individual ? c.ethnicCode : null,
    directWorker: c.directWorker,
    position: c.position.trim(),
    unitId: c.nominatingUnitId,
    unitName: c.nominatingUnitName,
  };
}
