import type { Actor } from '../../../core/auth/access.ts';
import { compositionProblem } from '../../../core/delegation/composition.ts';
import { explanationText, labelOutcomes, outcomeLabel } from '../../../core/delegation/labels.ts';
import type { CompositionSettings } from '../../../core/delegation/types.ts';
import { solveSelection } from '../../../core/selection/solve.ts';
import type { CompositionInput, Proposal } from '../../../shared/api/delegation.ts';
import type { ServiceContext } from '../../context.ts';
import { authorizeConference } from '../conferences/index.ts';
import { findLatestList } from './delegation.repo.ts';
import { type DelegationContext, loadDelegationContext } from './delegation.service.ts';

/** The ids of the current approved list, in its order (empty before the first approval). */
export async function currentListIds(ctx: ServiceContext, conferenceId: string): Promise<string[]> {
  const list = await findLatestList(ctx.db, conferenceId);
  return (list?.delegates ?? []).map((d) => d.id);
}

/** The settings a proposal uses: the unsaved what-if ones when given, the saved composition otherwise. */
function settingsFor(context: DelegationContext, whatIf: CompositionInput | undefined): CompositionSettings {
  if (!whatIf) return context.composition;
  return { ...whatIf, rules: whatIf.rules, version: context.composition.version };
}

/**
 * The best list under the rules, explained, for a delegation already loaded: outcome labels,
 * relaxations when the rules cannot all hold, why higher-scored people were left out, and what changes
 * against `current`. The engine's input errors (a lock on someone left out…) are 400s with its message.
 */
export async function proposeFor(
  context: DelegationContext,
  whatIf: CompositionInput | undefined,
  current: readonly string[],
): Promise<Proposal> {
  const settings = settingsFor(context, whatIf);
  const candidates = whatIf ? context.candidatesFor(settings.weights) : context.candidates;
  const result = await solveSelection(compositionProblem(candidates, settings));
  const quotas = labelOutcomes(result.quotas, context.labelValue);
  const chosen = new Set(result.selected);
  const before = new Set(current);
  return {
    status: result.status,
    selected: result.selected,
    objective: result.objective,
    quotas,
    ...(result.violation === undefined ? {} : { violation: result.violation }),
    ...(result.relaxation === undefined
      ? {}
      : {
          relaxation: result.relaxation.map((r) => ({
            ...r,
            label: outcomeLabel(r.column, r.value, context.labelValue),
          })),
        }),
    explanations: result.explanations.map((e) => ({ ...e, text: explanationText(e, quotas) })),
    ms: result.ms,
    diff: {
      added: result.selected.filter((id) => !before.has(id)),
      removed: current.filter((id) => !chosen.has(id)),
    },
  };
}

/**
 * POST /api/conferences/:id/delegates/propose: the list the engine proposes under the saved composition
 * or an unsaved what-if one. Only those who manage the conference may ask; nothing is saved.
 */
export async function proposeDelegates(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  body: { composition?: CompositionInput },
): Promise<Proposal> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'conference.manage');
  const context = await loadDelegationContext(ctx.db, conferenceId, found);
  return proposeFor(context, body.composition, await currentListIds(ctx, conferenceId));
}
