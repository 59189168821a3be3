/**
 * The candidates of a delegation: council-approved nominations and hand-added guests, each scored with
 * the composition's weights, in list order (exemplary, guests, leaders; see inCategoryOrder).
 */
import type { CouncilVote } from '../nominations/types.ts';
import { compareVietnamese, sortByGivenName } from '../vietnamese/collate.ts';
import { sortByProtocol } from './protocol.ts';
import { scoreCandidate } from './score.ts';
import {
  DELEGATE_CATEGORIES,
  type DelegateCandidate,
  type DelegateCategory,
  type Guest,
  type ScoreWeights,
} from './types.ts';

/** A council-approved nomination with what a candidate needs (before scoring). */
export type ApprovedNominee = Omit<DelegateCandidate, 'score' | 'scoreParts' | 'source' | 'category'> & {
  council: CouncilVote | null;
};

/**
 * The order inside one category: exemplary delegates collectives first (by name), then people by given
 * name; guests and leaders in protocol order (rank of the position, then given name).
 */
export function inCategoryOrder(
  category: DelegateCategory,
  members: readonly DelegateCandidate[],
): DelegateCandidate[] {
  if (category !== 'dien_hinh')
    return sortByProtocol(
      members,
      (c) => c.position,
      (c) => c.name,
    );
  const collectives = members
    .filter((c) => c.kind === 'collective')
    .sort((a, b) => compareVietnamese(a.name, b.name));
  const people = sortByGivenName(
    members.filter((c) => c.kind !== 'collective'),
    (c) => c.name,
  );
  return [...collectives, ...people];
}

/** Candidates by category (exemplary, guests, leaders), each in its order (inCategoryOrder). */
export function inListOrder(candidates: readonly DelegateCandidate[]): DelegateCandidate[] {
  return DELEGATE_CATEGORIES.flatMap((category) =>
    inCategoryOrder(
      category,
      candidates.filter((c) => c.category === category),
    ),
  );
}

/** Exemplary candidates; the council's share in favour counts against all its members. */
export function scoreNominations(
  nominations: readonly ApprovedNominee[],
  weights: ScoreWeights,
): DelegateCandidate[] {
  return nominations.map(({ council, ...n }) => {
    const share = council && council.members > 0 ? council.inFavour / council.members : null;
    const { score, parts } = scoreCandidate(
      {
        category: 'dien_hinh',
        awards: n.awards,
        councilShare: share,
        council: council ? { inFavour: council.inFavour, base: council.members } : null,
        directWorker: n.directWorker,
        priorityAreas: n.priorityAreas,
      },
      weights,
    );
    return { ...n, source: 'nomination', category: 'dien_hinh', score, scoreParts: parts };
  });
}

/** Guests and leaders as individuals, with their nominating unit's name from `unitNames`. */
export function scoreGuests(
  guests: readonly Guest[],
  unitNames: ReadonlyMap<string, string>,
  weights: ScoreWeights,
): DelegateCandidate[] {
  return guests.map((g) => {
    const { score, parts } = scoreCandidate(
      {
        category: g.category,
        awards: '',
        councilShare: null,
        directWorker: g.directWorker,
        priorityAreas: g.priorityAreas,
      },
      weights,
    );
    return {
      id: g.id,
      source: 'guest',
      category: g.category,
      kind: 'individual',
      name: g.name,
      gender: g.gender,
      birthYear: g.birthYear,
      ethnicCode: g.ethnicCode,
      position: g.position,
      nominatingUnitId: g.nominatingUnitId,
      nominatingUnitName: g.nominatingUnitId ? (unitNames.get(g.nominatingUnitId) ?? '') : '',
      formerUnitName: g.formerUnitName,
      fieldCode: g.fieldCode,
      sectorCode: g.sectorCode,
      directWorker: g.directWorker,
      priorityAreas: g.priorityAreas,
      achievements: g.achievements,
      awards: '',
      score,
      scoreParts: parts,
    };
  });
}

/** Every candidate of a conference, scored with `weights`, in list order. */
export function delegationCandidates(
  nominations: readonly ApprovedNominee[],
  guests: readonly Guest[],
  unitNames: ReadonlyMap<string, string>,
  weights: ScoreWeights,
): DelegateCandidate[] {
  return inListOrder([...scoreNominations(nominations, weights), ...scoreGuests(guests, unitNames, weights)]);
}
