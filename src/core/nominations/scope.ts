/**
 * What one user may do with the nominations of one conference: the organisers see them all (and
 * review them when they may), a nominating unit on the conference's territory sees and enters its own
 * subtree's. Pure: the service loads the conference and calls `nominationScope`.
 */
import { type Actor, can } from '../auth/access.ts';
import { ROLE_PERMISSIONS } from '../auth/roles.ts';
import type { Conference } from '../conference/types.ts';
import { notFoundError } from '../errors/domain-error.ts';

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
 * territory (below the organising unit). Anyone else gets "not found", as if the conference did not exist.
 *
 * @example a school's nominator under /city/blv/ for a conference of /city/blv/
 *   // { organiser: false, reviewer: false, seesPersonal: false, nominatorPaths: ['/city/blv/school/'] }
 */
export function nominationScope(
  actor: Actor,
  conference: Conference,
  conferenceUnitPath: string,
): NominationScope {
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
