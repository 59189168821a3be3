import type { Actor } from '../../../core/auth/access.ts';
import type { Conference } from '../../../core/conference/types.ts';
import { toSelectionCandidates } from '../../../core/delegation/attributes.ts';
import { defaultComposition } from '../../../core/delegation/default-rules.ts';
import {
  outcomeLabel,
  referenceValueLabeler,
  type ValueLabeler,
  valueLabel,
} from '../../../core/delegation/labels.ts';
import { scoreCandidate } from '../../../core/delegation/score.ts';
import {
  type CompositionSettings,
  DELEGATE_CATEGORIES,
  type DelegateCandidate,
  type DelegateCategory,
  type DelegateRule,
  type Guest,
  type ScoreWeights,
} from '../../../core/delegation/types.ts';
import { DomainError, notFoundError } from '../../../core/errors/domain-error.ts';
import type { ReferenceLists } from '../../../core/reference/types.ts';
import { evaluateQuotas } from '../../../core/selection/solve.ts';
import type { SelectionProblem } from '../../../core/selection/types.ts';
import { sortByGivenName } from '../../../core/vietnamese/collate.ts';
import {
  compositionInputSchema,
  type DelegationResponse,
  type QuotaOutcomeView,
} from '../../../shared/api/delegation.ts';
import type { ServiceContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { authorizeConference, type ConferenceWithUnit, findConference } from '../conferences/index.ts';
import { type ApprovedNomination, listApprovedNominations } from '../nominations/index.ts';
import { loadReferenceLists } from '../reference/index.ts';
import { listSubtree, type UnitRow } from '../units/index.ts';
import { findComposition, findLatestList, listGuests, type StoredList } from './delegation.repo.ts';

export const CONFERENCE = 'hội nghị này';

/** Everything the delegation screens, proposals and exports start from, for one conference. */
export interface DelegationContext {
  conference: Conference;
  /** The organising unit's path, for permission checks. */
  unitPath: string;
  /** Council-approved nominations and guests, scored with the saved weights, in list order. */
  candidates: DelegateCandidate[];
  guests: Guest[];
  /** The saved composition, or the plan's defaults with version 0. */
  composition: CompositionSettings;
  lists: ReferenceLists;
  /** Every unit of the conference's territory (former units included). */
  units: UnitRow[];
  labelValue: ValueLabeler;
  /** The same candidates scored with other weights (a what-if proposal). */
  candidatesFor(weights: ScoreWeights): DelegateCandidate[];
}

/**
 * How a value of a delegate column is shown: "nu" → "Nữ", an ethnic code → its name, a unit id → the
 * unit's full name, "1" of direct work → "Có"; the value itself when nothing is known of it.
 */
export function valueLabeler(lists: ReferenceLists, unitNames: ReadonlyMap<string, string>): ValueLabeler {
  const fromReference = referenceValueLabeler(lists, Object.fromEntries(unitNames));
  return (column, value) => valueLabel(column, value, fromReference);
}

/** The engine's problem for these candidates and settings; locks and exclusions of people no longer candidates are dropped. */
export function compositionProblem(
  candidates: readonly DelegateCandidate[],
  settings: Pick<CompositionSettings, 'seats' | 'rules' | 'include' | 'exclude'>,
): SelectionProblem {
  const ids = new Set(candidates.map((c) => c.id));
  return {
    seats: settings.seats,
    candidates: toSelectionCandidates(candidates),
    quotas: settings.rules,
    include: settings.include.filter((id) => ids.has(id)),
    exclude: settings.exclude.filter((id) => ids.has(id)),
  };
}

/** Candidates by category (exemplary, guests, leaders), then by given name. */
function inListOrder(candidates: DelegateCandidate[]): DelegateCandidate[] {
  return DELEGATE_CATEGORIES.flatMap((category) =>
    sortByGivenName(
      candidates.filter((c) => c.category === category),
      (c) => c.name,
    ),
  );
}

function scoreNominations(nominations: ApprovedNomination[], weights: ScoreWeights): DelegateCandidate[] {
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

function scoreGuests(
  guests: Guest[],
  unitNames: ReadonlyMap<string, string>,
  weights: ScoreWeights,
): DelegateCandidate[] {
  return guests.map((g) => {
    const { score, parts } = scoreCandidate(
      {
        category: g.category as DelegateCategory,
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

/** The saved composition, or the plan's defaults (version 0) when none was saved or it no longer reads. */
export function compositionOf(
  stored: { settings: unknown; version: number } | null,
  conference: Conference,
): CompositionSettings {
  const parsed = stored ? compositionInputSchema.safeParse(stored.settings) : null;
  if (parsed?.success)
    return { ...parsed.data, rules: parsed.data.rules as DelegateRule[], version: stored?.version ?? 0 };
  return { ...defaultComposition(conference), version: stored?.version ?? 0 };
}

/** Loads the delegation of a conference without checking permissions (callers check first). */
export async function loadDelegationContext(
  db: Db,
  conferenceId: string,
  known?: ConferenceWithUnit,
): Promise<DelegationContext> {
  const found = known ?? (await findConference(db, conferenceId));
  if (!found) throw notFoundError(CONFERENCE);
  const { conference, unitPath } = found;
  const lists = await loadReferenceLists(db);
  const units = await listSubtree(db, unitPath);
  const unitNames = new Map(units.map((u) => [u.id, u.fullName]));
  const nominations = await listApprovedNominations(db, conferenceId);
  const guests = await listGuests(db, conferenceId);
  const composition = compositionOf(await findComposition(db, conferenceId), conference);
  const candidatesFor = (weights: ScoreWeights) =>
    inListOrder([...scoreNominations(nominations, weights), ...scoreGuests(guests, unitNames, weights)]);
  return {
    conference,
    unitPath,
    candidates: candidatesFor(composition.weights),
    guests,
    composition,
    lists,
    units,
    labelValue: valueLabeler(lists, unitNames),
    candidatesFor,
  };
}

/** Resolved outcomes with their Vietnamese labels ("Giới tính: Nữ"). */
export function labelOutcomes(
  outcomes: ReturnType<typeof evaluateQuotas>,
  labelValue: ValueLabeler,
): QuotaOutcomeView[] {
  return outcomes.map((o) => ({ ...o, label: outcomeLabel(o.column, o.value, labelValue) }));
}

/**
 * The saved rules counted on the current list. People of the list who are no longer candidates are
 * counted as they were when approved; rules that no longer make sense for the pool give no evaluation.
 */
function evaluateCurrent(context: DelegationContext, list: StoredList): QuotaOutcomeView[] {
  const snapshot = Array.isArray(list.delegates) ? (list.delegates as DelegateCandidate[]) : [];
  const ids = new Set(context.candidates.map((c) => c.id));
  const pool = [...context.candidates, ...snapshot.filter((d) => !ids.has(d.id))];
  const { seats, rules } = context.composition;
  try {
    const problem = compositionProblem(pool, { seats, rules, include: [], exclude: [] });
    const outcomes = evaluateQuotas(
      problem,
      snapshot.map((d) => d.id),
    );
    return labelOutcomes(outcomes, context.labelValue);
  } catch (error) {
    if (error instanceof DomainError) return [];
    throw error;
  }
}

/** GET /api/conferences/:id/delegates: candidates, composition, the current list and how it meets the rules. */
export async function loadDelegation(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
): Promise<DelegationResponse> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'conference.read');
  const context = await loadDelegationContext(ctx.db, conferenceId, found);
  const list = await findLatestList(ctx.db, conferenceId);
  const snapshot = list && Array.isArray(list.delegates) ? (list.delegates as DelegateCandidate[]) : [];
  const { conference } = context;
  return {
    conferenceId,
    maxDelegates: conference.maxDelegates,
    exemplaryShare: conference.exemplaryShare,
    guestShare: conference.guestShare,
    candidates: context.candidates,
    composition: context.composition,
    current: list
      ? {
          number: list.number,
          approvedAt: list.approvedAt,
          approvedByName: list.approvedByName,
          note: list.note,
          seats: list.seats,
          objective: list.objective,
          delegateCount: snapshot.length,
          selected: snapshot.map((d) => d.id),
        }
      : null,
    evaluation: list ? evaluateCurrent(context, list) : [],
  };
}
