/** What the decision editor shows of the unverified values a decision uses (see core/awards/unverified.ts). */
import type { DecisionView, UnverifiedValueView } from '../../../../shared/api/award-decisions.ts';

export type UnverifiedState = 'none' | 'pending' | 'confirmed' | 'unconfirmed-approved';

/** The values its approval confirmed (none for a draft). */
function confirmedKeys(d: Pick<DecisionView, 'state' | 'unverifiedConfirmation'>): Set<string> {
  return new Set(d.state === 'approved' ? (d.unverifiedConfirmation?.values ?? []).map((v) => v.key) : []);
}

/** The values a document still marks "giá trị cần kiểm tra": all on a draft, the unconfirmed ones after. */
export function pendingUnverified(
  d: Pick<DecisionView, 'state' | 'unverified' | 'unverifiedConfirmation'>,
): UnverifiedValueView[] {
  const confirmed = confirmedKeys(d);
  return d.unverified.filter((v) => !confirmed.has(v.key));
}

/**
 * none: nothing unverified; pending: a draft that uses some (approval confirms them); confirmed: approved
 * with each one confirmed; unconfirmed-approved: approved before confirmations were asked for.
 */
export function unverifiedState(
  d: Pick<DecisionView, 'state' | 'unverified' | 'unverifiedConfirmation'>,
): UnverifiedState {
  if (d.unverified.length === 0) return 'none';
  if (d.state !== 'approved') return 'pending';
  return pendingUnverified(d).length === 0 ? 'confirmed' : 'unconfirmed-approved';
}

/** Whether a line's coefficient is one of `values` (so the list marks it "cần kiểm tra"). */
export function isUnverifiedCoefficient(
  values: readonly UnverifiedValueView[],
  kind: 'individual' | 'collective',
  coefficient: number | null,
): boolean {
  return values.some(
    (v) => v.kind === 'coefficient' && v.subjectKind === kind && v.coefficient === coefficient,
  );
}

/** Approval may go ahead once every value is ticked. */
export function allConfirmed(values: readonly UnverifiedValueView[], ticked: readonly string[]): boolean {
  const set = new Set(ticked);
  return values.every((v) => set.has(v.key));
}
