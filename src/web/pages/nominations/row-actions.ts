import type { NominationState } from '../../../core/nominations/types.ts';
import { availableActions, canEdit } from '../../../core/nominations/workflow.ts';

/** What a button on a nomination does; "council" opens the dialog that records either decision. */
export type RowAction = 'submit' | 'accept' | 'return' | 'council' | 'reopen' | 'remove';

/** Moving forward first, undoing and deleting last. */
const ORDER: RowAction[] = ['submit', 'accept', 'council', 'reopen', 'return', 'remove'];

/** Who is looking at a nomination: its unit may submit it, the organiser reviews it. */
export interface Abilities {
  canSubmit: boolean;
  canReview: boolean;
}

/**
 * The buttons a nomination offers, most useful first, from the workflow's transition table. The
 * server checks again; this only hides what would be refused.
 */
export function rowActions(state: NominationState, who: Abilities): RowAction[] {
  if (!who.canSubmit && !who.canReview) return [];
  const out = new Set<RowAction>();
  for (const action of availableActions(state, who.canReview ? 'organiser' : 'nominator')) {
    if (action === 'submit' && !who.canSubmit) continue;
    out.add(action === 'council_approve' || action === 'council_reject' ? 'council' : action);
  }
  // Deleting is the unit's own business, and only before the organiser holds the nomination.
  if (who.canSubmit && canEdit(state)) out.add('remove');
  return ORDER.filter((a) => out.has(a));
}
