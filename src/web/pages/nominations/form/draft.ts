import type { NominationKind } from '../../../../core/nominations/types.ts';
import type { NominationInputBody, NominationRecord } from '../../../../shared/api/nominations.ts';

/** A blank nomination of one kind for one unit. */
export function emptyInput(kind: NominationKind, nominatingUnitId: string): NominationInputBody {
  return {
    kind,
    name: '',
    gender: null,
    birthYear: null,
    ethnicCode: null,
    position: '',
    nominatingUnitId,
    formerUnitName: '',
    fieldCode: null,
    sectorCode: null,
    directWorker: false,
    priorityAreas: [],
    achievements: '',
    awards: '',
    memberCount: null,
    representativeName: '',
    representativeGender: null,
    representativeBirthYear: null,
    representativeEthnicCode: null,
    vote: null,
    citizenId: '',
    phone: '',
  };
}

/**
 * The editable part of a saved nomination. Masked CCCD and phone start empty: the server keeps the
 * stored numbers when they come back empty, and replaces them when the user types new ones.
 */
export function toInput(n: NominationRecord): NominationInputBody {
  const input = emptyInput(n.kind, n.nominatingUnitId);
  for (const key of Object.keys(input) as Array<keyof NominationInputBody>) {
    (input as Record<string, unknown>)[key] = n[key];
  }
  if (n.personalMasked) {
    input.citizenId = '';
    input.phone = '';
  }
  return input;
}

/** Fields of the other kind are cleared before saving so a switched kind leaves nothing stale. */
export function forSaving(input: NominationInputBody): NominationInputBody {
  if (input.kind === 'individual')
    return {
      ...input,
      memberCount: null,
      representativeName: '',
      representativeGender: null,
      representativeBirthYear: null,
      representativeEthnicCode: null,
    };
  return { ...input, gender: null, birthYear: null, ethnicCode: null, citizenId: '' };
}
