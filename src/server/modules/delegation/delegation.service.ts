import type { Actor } from '../../../core/auth/access.ts';
import type { Conference } from '../../../core/conference/types.ts';
import { delegationCandidates } from '../../../core/delegation/candidates.ts';
import { compositionProblem } from '../../../core/delegation/composition.ts';
import { defaultComposition } from '../../../core/delegation/default-rules.ts';
import { labelOutcomes, type ValueLabeler, valueLabeler } from '../../../core/delegation/labels.ts';
import type {
  CompositionSettings,
  DelegateCandidate,
  Guest,
  ScoreWeights,
} from '../../../core/delegation/types.ts';
import { DomainError, notFoundError } from '../../../core/errors/domain-error.ts';
import type { ReferenceLists } from '../../../core/reference/types.ts';
import { evaluateQuotas } from '../../../core/selection/solve.ts';
import {
  compositionInputSchema,
  type DelegationResponse,
  type QuotaOutcomeView,
} from '../../../shared/api/delegation.ts';
import type { ServiceContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { authorizeConference, type ConferenceWithUnit, findConference } from '../conferences/index.ts';
import { listApprovedNominations } from '../nominations/index.ts';
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

/** The saved composition, or the plan's defaults (version 0) when none was saved or it no longer reads. */
export function compositionOf(
  stored: { settings: unknown; version: number } | null,
  conference: Conference,
): CompositionSettings {
  const parsed = stored ? compositionInputSchema.safeParse(stored.settings) : null;
  if (parsed?.success) return { ...parsed.data, rules: parsed.data.rules, version: stored?.version ?? 0 };
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
    delegationCandidates(nominations, guests, unitNames, weights);
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

/**
 * The saved rules counted on the current list. People of the list who are no longer candidates are
 * counted as they were when approved; rules that no longer make sense for the pool give no evaluation.
 */
function evaluateCurrent(context: DelegationContext, list: StoredList): QuotaOutcomeView[] {
  const snapshot = list.delegates;
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
  const snapshot = list?.delegates ?? [];
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
