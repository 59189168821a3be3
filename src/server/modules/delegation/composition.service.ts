import type { Actor } from '../../../core/auth/access.ts';
import { assertCompositionValid, compositionProblems } from '../../../core/delegation/composition.ts';
import type { CompositionSettings } from '../../../core/delegation/types.ts';
import { conflictError } from '../../../core/errors/domain-error.ts';
import type { CompositionInput } from '../../../shared/api/delegation.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import { recordChange } from '../audit/index.ts';
import { authorizeConference } from '../conferences/index.ts';
import { findComposition, saveCompositionIfVersion } from './delegation.repo.ts';
import { compositionOf, loadDelegationContext } from './delegation.service.ts';

/** The saved composition of a conference, or the plan's defaults with version 0. */
export async function getComposition(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
): Promise<CompositionSettings> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'conference.read');
  return compositionOf(await findComposition(ctx.db, conferenceId), found.conference);
}

/**
 * Saves the seats, rules, locks, exclusions and weights when nobody saved since `version` was read
 * (0 = never saved). Seats may not exceed the plan's maximum; locked and excluded people must be
 * candidates, and not both; a rule's minimum may not exceed its maximum. Audited in the same transaction.
 */
export async function updateComposition(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  body: CompositionInput & { version: number },
  meta: RequestMeta,
): Promise<CompositionSettings> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'conference.manage');
  const context = await loadDelegationContext(ctx.db, conferenceId, found);
  const { version, ...raw } = body;
  const input: CompositionInput = {
    ...raw,
    include: [...new Set(raw.include)],
    exclude: [...new Set(raw.exclude)],
  };
  assertCompositionValid(
    compositionProblems(input, {
      maxDelegates: found.conference.maxDelegates,
      candidates: context.candidates,
      labelValue: context.labelValue,
    }),
  );
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    const saved = await saveCompositionIfVersion(tx, conferenceId, version, input, {
      now,
      updatedBy: actor.userId || null,
    });
    if (!saved) throw conflictError('Cơ cấu đại biểu');
    const { version: _v, ...before } = context.composition;
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'delegate_composition.updated',
        entityType: 'delegate_composition',
        entityId: conferenceId,
        unitId: found.conference.unitId,
        before: context.composition.version === 0 ? null : before,
        after: input,
      },
      meta.ip,
    );
  });
  return compositionOf(await findComposition(ctx.db, conferenceId), found.conference);
}
