import { type Actor, can } from '../../../core/auth/access.ts';
import { ROLE_PERMISSIONS } from '../../../core/auth/roles.ts';
import type { Conference } from '../../../core/conference/types.ts';
import { notFoundError } from '../../../core/errors/domain-error.ts';
import type { ServiceContext } from '../../context.ts';
import { findConference } from '../conferences/index.ts';

/** What one user may do with the nominations of one conference. */
export interface NominationScope {
  conference: Conference;
  conferenceUnitPath: string;
  /** Staff of the organising unit: they see every nomination of the conference. */
  organiser: boolean;
  /** May accept, return and record the council's vote. */
  reviewer: boolean;
  /** May see CCCD and phone numbers unmasked. */
  seesPersonal: boolean;
  /** Subtrees (inside the organiser's territory) whose nominations this user enters and sees. */
  nominatorPaths: string[];
}

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
  return scopeFor(actor, found.conference, found.unitPath);
}

export function scopeFor(actor: Actor, conference: Conference, conferenceUnitPath: string): NominationScope {
  const organiser = can(actor, 'conference.read', conferenceUnitPath);
  const nominatorPaths = actor.grants
    .filter((g) => ROLE_PERMISSIONS[g.role].includes('nomination.submit'))
    .map((g) => g.unitPath)
    .filter((p) => p.startsWith(conferenceUnitPath) && p !== conferenceUnitPath);
  if (!organiser && nominatorPaths.length === 0) throw notFoundError('hội nghị này');
  return {
    conference,
    conferenceUnitPath,
    organiser,
    reviewer: can(actor, 'nomination.review', conferenceUnitPath),
    seesPersonal: can(actor, 'personal.read', conferenceUnitPath),
    nominatorPaths:
      organiser && can(actor, 'nomination.submit', conferenceUnitPath)
        ? [conferenceUnitPath]
        : nominatorPaths,
  };
}

/** May this user see a nomination of the unit at `unitPath`? */
export function canSeeNomination(scope: NominationScope, unitPath: string): boolean {
  return scope.organiser || scope.nominatorPaths.some((p) => unitPath.startsWith(p));
}

/** May this user enter, edit and submit a nomination for the unit at `unitPath`? */
export function canNominateFor(scope: NominationScope, unitPath: string): boolean {
  return scope.nominatorPaths.some((p) => unitPath.startsWith(p));
}
