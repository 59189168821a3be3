import type { Actor } from '../../../core/auth/access.ts';
import {
  assertGuestValid,
  type GuestRules,
  guestProblems,
  normaliseGuest,
} from '../../../core/delegation/guests.ts';
import type { Guest, GuestInput } from '../../../core/delegation/types.ts';
import { conflictError, notFoundError } from '../../../core/errors/domain-error.ts';
import { sortByGivenName } from '../../../core/vietnamese/collate.ts';
import { isoDateInVietnam } from '../../../core/vietnamese/dates.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import { recordChange } from '../audit/index.ts';
import { authorizeConference } from '../conferences/index.ts';
import { loadReferenceLists } from '../reference/index.ts';
import { listSubtree } from '../units/index.ts';
import {
  deleteGuestIfVersion,
  findGuest,
  insertGuests,
  listGuests,
  updateGuestIfVersion,
} from './delegation.repo.ts';

const GUEST = 'khách mời này';

// The rules live in the core; the importer, the seed and the module's face reach them through here.
export { assertGuestValid, guestProblems };

/** The lists, units and date a guest of this conference is checked against. */
export async function loadGuestRules(ctx: ServiceContext, unitPath: string): Promise<GuestRules> {
  return {
    lists: await loadReferenceLists(ctx.db),
    units: await listSubtree(ctx.db, unitPath),
    today: isoDateInVietnam(ctx.now()),
  };
}

async function loadOwnGuest(ctx: ServiceContext, conferenceId: string, guestId: string): Promise<Guest> {
  const guest = await findGuest(ctx.db, guestId);
  if (!guest || guest.conferenceId !== conferenceId) throw notFoundError(GUEST);
  return guest;
}

/** The guests and leaders of a conference with their versions (for editing), in given-name order. */
export async function listConferenceGuests(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
): Promise<Guest[]> {
  await authorizeConference(ctx.db, actor, conferenceId, 'conference.read');
  return sortByGivenName(await listGuests(ctx.db, conferenceId), (g) => g.name);
}

export async function createGuest(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  body: GuestInput,
  meta: RequestMeta,
): Promise<Guest> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'conference.manage');
  const input = normaliseGuest(body);
  assertGuestValid(guestProblems(input, await loadGuestRules(ctx, found.unitPath)));
  const now = ctx.now();
  const id = await ctx.db.transaction().execute(async (tx) => {
    const [created] = await insertGuests(tx, conferenceId, [input], {
      now,
      createdBy: actor.userId || null,
    });
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'delegate_guest.created',
        entityType: 'delegate_guest',
        entityId: created,
        unitId: found.conference.unitId,
        after: input,
      },
      meta.ip,
    );
    return created;
  });
  return loadOwnGuest(ctx, conferenceId, id);
}

export async function updateGuest(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  guestId: string,
  body: GuestInput & { version: number },
  meta: RequestMeta,
): Promise<Guest> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'conference.manage');
  const before = await loadOwnGuest(ctx, conferenceId, guestId);
  const { version, ...raw } = body;
  const input = normaliseGuest(raw);
  assertGuestValid(guestProblems(input, await loadGuestRules(ctx, found.unitPath)));
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await updateGuestIfVersion(tx, guestId, version, input, now))) throw conflictError('Đại biểu này');
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'delegate_guest.updated',
        entityType: 'delegate_guest',
        entityId: guestId,
        unitId: found.conference.unitId,
        before,
        after: input,
      },
      meta.ip,
    );
  });
  return loadOwnGuest(ctx, conferenceId, guestId);
}

export async function deleteGuest(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  guestId: string,
  version: number,
  meta: RequestMeta,
): Promise<void> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'conference.manage');
  const before = await loadOwnGuest(ctx, conferenceId, guestId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await deleteGuestIfVersion(tx, guestId, version))) throw conflictError('Đại biểu này');
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'delegate_guest.deleted',
        entityType: 'delegate_guest',
        entityId: guestId,
        unitId: found.conference.unitId,
        before,
      },
      meta.ip,
    );
  });
}
