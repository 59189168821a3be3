import { maskCitizenId, maskPhone } from '../../../core/nominations/masking.ts';
import { meetsThreshold, voteShare } from '../../../core/nominations/rules.ts';
import { DEFAULT_NOMINATION_SETTINGS, type NominationSettings } from '../../../core/nominations/types.ts';
import type { NominationRecord } from '../../../shared/api/nominations.ts';
import type { NominationScope } from './nominations.access.ts';
import type { NominationRow } from './nominations.repo.ts';

/** The conference's thresholds, or the defaults (more than half) when it never set them. */
export function settingsOf(stored: NominationSettings | null): NominationSettings {
  return stored ?? DEFAULT_NOMINATION_SETTINGS;
}

export type DuplicateIndex = Map<string, Array<{ id: string; number: number; conferenceId: string }>>;

/** A nomination as one user may see it: personal data masked unless they may read it. */
export function toRecord(
  row: NominationRow,
  scope: NominationScope,
  settings: NominationSettings,
  duplicates: DuplicateIndex,
): NominationRecord {
  const { nominatingUnitPath: _p, duplicateKey, createdBy: _c, ...rest } = row;
  const vote = row.vote;
  return {
    ...rest,
    citizenId: scope.seesPersonal ? row.citizenId : maskCitizenId(row.citizenId),
    phone: scope.seesPersonal ? row.phone : maskPhone(row.phone),
    personalMasked: !scope.seesPersonal,
    voteShare: vote ? Math.round(voteShare(vote.inFavour, vote.present) * 1000) / 10 : null,
    votePasses: vote ? meetsThreshold(vote.inFavour, vote.present, settings.grassroots) : null,
    // Only this conference's: a nomination elsewhere may belong to a unit the user cannot see.
    duplicateOf: (duplicates.get(duplicateKey) ?? []).filter(
      (d) => d.id !== row.id && d.conferenceId === row.conferenceId,
    ),
  };
}
