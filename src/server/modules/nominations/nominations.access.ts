import type { Actor } from '../../../core/auth/access.ts';
import { notFoundError } from '../../../core/errors/domain-error.ts';
import {
  canNominateFor,
  canSeeNomination,
  type NominationScope,
  nominationScope,
} from '../../../core/nominations/scope.ts';
import type { ServiceContext } from '../../context.ts';
import { findConference } from '../conferences/index.ts';

// The rule is pure and lives in the core; the services of this module take it from here.
export { canNominateFor, canSeeNomination, type NominationScope };

/**
 * The user's standing for a conference's nominations: its organisers, or a nominating unit on its
 * territory. Anyone else gets "not found".
 */
export async function loadNominationScope(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
): Promise<NominationScope> {
  const found = await findConference(ctx.db, conferenceId);
  if (!found) throw notFoundError('hội nghị này');
  return nominationScope(actor, found.conference, found.unitPath);
}
