/**
 * What the delegation tab shows, worked out from its state: which list the counts are on, how one
 * candidate's row reads, and the draft after a lock or an exclusion. Pure, so it is tested alone.
 */
import type { CompositionInput, DelegationResponse, Proposal } from '../../../shared/api/delegation.ts';
import type { RowState } from './candidate-parts.tsx';
import { DEL } from './labels.ts';
import type { RulesBasis } from './rules-panel.tsx';

/** A proposal together with the settings it was computed for (the rules panel needs both). */
export interface ProposalView {
  proposal: Proposal;
  composition: CompositionInput;
}

/** Adds or removes one id, keeping each id once. */
export function toggle(ids: readonly string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...ids, id])] : ids.filter((x) => x !== id);
}

/** "Giữ lại": locks the candidate in (or releases the lock); a locked candidate is never left out. */
export function withLockToggled(draft: CompositionInput, id: string): CompositionInput {
  return {
    ...draft,
    include: toggle(draft.include, id, !draft.include.includes(id)),
    exclude: toggle(draft.exclude, id, false),
  };
}

/** "Loại ra": leaves the candidate out (or takes them back); a left-out candidate is not locked. */
export function withExcludeToggled(draft: CompositionInput, id: string): CompositionInput {
  return {
    ...draft,
    exclude: toggle(draft.exclude, id, !draft.exclude.includes(id)),
    include: toggle(draft.include, id, false),
  };
}

/** The rules panel checks the proposal when there is one, else the approved list, else nothing. */
export function rulesBasis(view: ProposalView | null, data: DelegationResponse): RulesBasis | null {
  if (view)
    return {
      title: DEL.rules.onProposal,
      outcomes: view.proposal.quotas,
      rules: view.composition.rules,
      seats: view.composition.seats,
    };
  const current = data.current;
  if (!current) return null;
  return {
    title: DEL.rules.onCurrent(current.number),
    outcomes: data.evaluation,
    rules: data.composition.rules,
    seats: current.seats,
  };
}

/** The line under the group counts: which list they were counted on. */
export function sharesBasis(proposal: Proposal | null, currentNumber: number | null): string {
  if (proposal) return DEL.shares.basisProposal;
  return currentNumber !== null ? DEL.shares.basisCurrent(currentNumber) : DEL.shares.basisNone;
}

/** The sets a candidate row is read against. */
export interface RowContext {
  /** The list shown (the proposal or the approved list); null when there is neither. */
  shown: ReadonlySet<string> | null;
  added: ReadonlySet<string>;
  removed: ReadonlySet<string>;
  include: ReadonlySet<string>;
  exclude: ReadonlySet<string>;
  explanations: ReadonlyMap<string, string>;
  /** There is an approved list to compare the proposal with. */
  hasCurrent: boolean;
}

/** One candidate's row: in or out of the list shown, what changed, locks, and why they were left out. */
export function rowState(id: string, ctx: RowContext): RowState {
  return {
    selected: ctx.shown ? ctx.shown.has(id) : null,
    added: ctx.added.has(id) && ctx.hasCurrent,
    removed: ctx.removed.has(id),
    locked: ctx.include.has(id),
    excluded: ctx.exclude.has(id),
    explanation: ctx.explanations.get(id),
  };
}

/** Builds the row context from the draft, the proposal and the approved list. */
export function rowContext(
  draft: CompositionInput | null,
  proposal: Proposal | null,
  currentSelected: readonly string[] | null,
): RowContext {
  const shownIds = proposal?.selected ?? currentSelected;
  return {
    shown: shownIds ? new Set(shownIds) : null,
    added: new Set(proposal?.diff.added ?? []),
    removed: new Set(proposal?.diff.removed ?? []),
    include: new Set(draft?.include ?? []),
    exclude: new Set(draft?.exclude ?? []),
    explanations: new Map((proposal?.explanations ?? []).map((e) => [e.id, e.text])),
    hasCurrent: currentSelected !== null,
  };
}
