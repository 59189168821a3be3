import type { Actor } from '../../../core/auth/access.ts';
import { conflictError, DomainError, notFoundError } from '../../../core/errors/domain-error.ts';
import { duplicateKey } from '../../../core/nominations/duplicates.ts';
import { countByFilters, filterNominations, sortNominations } from '../../../core/nominations/listing.ts';
import { validateNomination } from '../../../core/nominations/rules.ts';
import type { NominationInput } from '../../../core/nominations/types.ts';
import { canEdit } from '../../../core/nominations/workflow.ts';
import { isoDateInVietnam } from '../../../core/vietnamese/dates.ts';
import type {
  NominationListQuery,
  NominationListResponse,
  NominationRecord,
} from '../../../shared/api/nominations.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import { recordChange } from '../audit/index.ts';
import { loadReferenceLists } from '../reference/index.ts';
import { findUnitById } from '../units/index.ts';
import { type DuplicateIndex, settingsOf, toRecord } from './nomination-records.ts';
import {
  canNominateFor,
  canSeeNomination,
  loadNominationScope,
  type NominationScope,
} from './nominations.access.ts';
import {
  deleteNominationIfVersion,
  findByDuplicateKeys,
  findNomination,
  getNominationSettings,
  insertNominations,
  listConferenceNominations,
  type NominationRow,
  updateNominationInput,
} from './nominations.repo.ts';

const NOMINATION = 'đề cử này';

async function duplicateIndex(ctx: ServiceContext, rows: NominationRow[]): Promise<DuplicateIndex> {
  const found = await findByDuplicateKeys(ctx.db, [...new Set(rows.map((r) => r.duplicateKey))]);
  const index: DuplicateIndex = new Map();
  for (const f of found) {
    const list = index.get(f.key) ?? [];
    list.push({ id: f.id, number: f.number, conferenceId: f.conferenceId });
    index.set(f.key, list);
  }
  return index;
}

/** Records for rows the user may see, in the user's view (masked, with vote verdicts and duplicates). */
export async function presentRows(
  ctx: ServiceContext,
  scope: NominationScope,
  rows: NominationRow[],
): Promise<NominationRecord[]> {
  const settings = settingsOf(await getNominationSettings(ctx.db, scope.conference.id));
  const duplicates = await duplicateIndex(ctx, rows);
  return rows.map((r) => toRecord(r, scope, settings, duplicates));
}

/** The nominations of a conference the user may see, searched, filtered, counted and in given-name order. */
export async function listFilteredNominations(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  query: NominationListQuery,
): Promise<NominationListResponse & { scope: NominationScope }> {
  const scope = await loadNominationScope(ctx, actor, conferenceId);
  const visible = (await listConferenceNominations(ctx.db, conferenceId)).filter((r) =>
    canSeeNomination(scope, r.nominatingUnitPath),
  );
  const counts = countByFilters(filterNominations(visible, { q: query.q }));
  const selected = sortNominations(filterNominations(visible, query));
  const nominations = await presentRows(ctx, scope, selected);
  return { nominations, total: nominations.length, counts, scope };
}

/** A nomination the user may see, with its scope. */
export async function loadVisibleNomination(ctx: ServiceContext, actor: Actor, id: string) {
  const row = await findNomination(ctx.db, id);
  if (!row) throw notFoundError(NOMINATION);
  let scope: NominationScope;
  try {
    scope = await loadNominationScope(ctx, actor, row.conferenceId);
  } catch {
    throw notFoundError(NOMINATION);
  }
  if (!canSeeNomination(scope, row.nominatingUnitPath)) throw notFoundError(NOMINATION);
  return { row, scope };
}

export async function getNomination(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
): Promise<NominationRecord> {
  const { row, scope } = await loadVisibleNomination(ctx, actor, id);
  return (await presentRows(ctx, scope, [row]))[0];
}

/** Checks the content against the rules and the reference lists; throws one error listing every field. */
async function checkInput(
  ctx: ServiceContext,
  scope: NominationScope,
  input: NominationInput,
): Promise<string> {
  const unit = await findUnitById(ctx.db, input.nominatingUnitId);
  if (!unit || !canNominateFor(scope, unit.path)) {
    throw new DomainError('FORBIDDEN', 'Bạn không được đề cử cho đơn vị này.', [
      { path: 'nominatingUnitId', message: 'Đơn vị đề cử: ngoài phạm vi bạn được đề cử' },
    ]);
  }
  const problems = validateNomination(input, {
    today: isoDateInVietnam(ctx.now()),
    lists: await loadReferenceLists(ctx.db),
  });
  if (problems.length > 0) {
    throw new DomainError(
      'VALIDATION',
      `Đề cử chưa hợp lệ: ${problems.map((p) => p.message).join('; ')}`,
      problems,
    );
  }
  return duplicateKey(input.name, input.birthYear, input.nominatingUnitId);
}

/**
 * A user who may not read CCCD and phone sees them masked, so their form sends them empty: empty means
 * "unchanged" for them, and a new number replaces the stored one.
 */
function keepHiddenPersonal(
  scope: NominationScope,
  input: NominationInput,
  stored: NominationRow,
): NominationInput {
  if (scope.seesPersonal) return input;
  return { ...input, citizenId: input.citizenId || stored.citizenId, phone: input.phone || stored.phone };
}

/**
 * The minutes file is linked only by the upload route: a client's `minutesFileId` is ignored (a new
 * nomination has none, an edit keeps the stored one), so no one can point at another unit's file.
 */
function withStoredMinutes(input: NominationInput, stored: NominationRow | null): NominationInput {
  if (!input.vote) return input;
  return { ...input, vote: { ...input.vote, minutesFileId: stored?.vote?.minutesFileId ?? null } };
}

export async function createNomination(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  body: NominationInput,
  meta: RequestMeta,
): Promise<NominationRecord> {
  const scope = await loadNominationScope(ctx, actor, conferenceId);
  const input = withStoredMinutes(body, null);
  const key = await checkInput(ctx, scope, input);
  const now = ctx.now();
  const [id] = await ctx.db.transaction().execute(async (tx) => {
    const ids = await insertNominations(
      tx,
      conferenceId,
      [{ ...input, state: 'draft', returnReason: '', council: null, duplicateKey: key, submittedAt: null }],
      { now, createdBy: actor.userId || null },
    );
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'nomination.created',
        entityType: 'nomination',
        entityId: ids[0],
        unitId: input.nominatingUnitId,
        after: input,
      },
      meta.ip,
    );
    return ids;
  });
  return getNomination(ctx, actor, id);
}

export async function updateNomination(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: NominationInput & { version: number },
  meta: RequestMeta,
): Promise<NominationRecord> {
  const { row, scope } = await loadVisibleNomination(ctx, actor, id);
  if (!canNominateFor(scope, row.nominatingUnitPath)) {
    throw new DomainError('FORBIDDEN', 'Bạn không được sửa đề cử của đơn vị này.');
  }
  if (!canEdit(row.state)) {
    throw new DomainError('INVALID_STATE', 'Chỉ sửa được đề cử ở trạng thái Nháp hoặc Trả lại.');
  }
  const { version, ...raw } = body;
  const input = withStoredMinutes(keepHiddenPersonal(scope, raw, row), row);
  const key = await checkInput(ctx, scope, input);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await updateNominationInput(tx, id, version, input, key, now))) throw conflictError('Đề cử');
    const { nominatingUnitPath: _p, ...before } = row;
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'nomination.updated',
        entityType: 'nomination',
        entityId: id,
        unitId: input.nominatingUnitId,
        before,
        after: input,
      },
      meta.ip,
    );
  });
  return getNomination(ctx, actor, id);
}

export async function deleteNomination(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  version: number,
  meta: RequestMeta,
): Promise<void> {
  const { row, scope } = await loadVisibleNomination(ctx, actor, id);
  if (!canNominateFor(scope, row.nominatingUnitPath))
    throw new DomainError('FORBIDDEN', 'Bạn không được xóa đề cử này.');
  if (!canEdit(row.state))
    throw new DomainError('INVALID_STATE', 'Chỉ xóa được đề cử ở trạng thái Nháp hoặc Trả lại.');
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await deleteNominationIfVersion(tx, id, version))) throw conflictError('Đề cử');
    const { nominatingUnitPath: _p, ...before } = row;
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'nomination.deleted',
        entityType: 'nomination',
        entityId: id,
        unitId: row.nominatingUnitId,
        before,
      },
      meta.ip,
    );
  });
}
