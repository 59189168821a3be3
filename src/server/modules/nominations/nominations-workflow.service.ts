import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../core/auth/access.ts';
import { ROLE_PERMISSIONS, ROLES } from '../../../core/auth/roles.ts';
import { conflictError, DomainError } from '../../../core/errors/domain-error.ts';
import type { NominationSettings } from '../../../core/nominations/types.ts';
import { applyAction, canEdit, STATE_LABELS, TRANSITIONS } from '../../../core/nominations/workflow.ts';
import { isoDateInVietnam } from '../../../core/vietnamese/dates.ts';
import type { NominationRecord, TransitionBody } from '../../../shared/api/nominations.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import { recordChange } from '../audit/index.ts';
import { checkMinutes, insertFile, preparePortrait } from '../files/index.ts';
import { insertNotifications, usersWithRolesOn } from '../notifications/index.ts';
import { settingsOf } from './nomination-records.ts';
import { canNominateFor, loadNominationScope } from './nominations.access.ts';
import {
  getNominationSettings,
  getNominationSettingsVersion,
  type NominationRow,
  setNominationFile,
  setNominationSettingsIfVersion,
  updateNominationState,
} from './nominations.repo.ts';
import { getNomination, loadVisibleNomination } from './nominations.service.ts';

const rolesWith = (permission: 'nomination.submit' | 'nomination.review') =>
  ROLES.filter((r) => ROLE_PERMISSIONS[r].includes(permission));

/** Every ancestor path of a unit path, itself included: "/a/b/" → ["/a/", "/a/b/"]. */
function pathsUpTo(path: string, stopAt: string): string[] {
  const ids = path.split('/').filter(Boolean);
  const out: string[] = [];
  for (let i = 1; i <= ids.length; i++) {
    const p = `/${ids.slice(0, i).join('/')}/`;
    if (p.length > stopAt.length) out.push(p);
  }
  return out;
}

/** Who hears of a change: the organising unit's reviewers, or the nominating unit and the author. */
async function notify(
  ctx: ServiceContext,
  actor: Actor,
  row: NominationRow,
  conferenceUnitPath: string,
  toOrganiser: boolean,
  message: string,
) {
  const users = toOrganiser
    ? await usersWithRolesOn(ctx.db, rolesWith('nomination.review'), [conferenceUnitPath])
    : [
        ...(await usersWithRolesOn(
          ctx.db,
          rolesWith('nomination.submit'),
          pathsUpTo(row.nominatingUnitPath, conferenceUnitPath),
        )),
        ...(row.createdBy ? [row.createdBy] : []),
      ];
  await insertNotifications(
    ctx.db,
    users.filter((u) => u !== actor.userId),
    {
      at: ctx.now(),
      message,
      link: `/conferences/${row.conferenceId}/nominations/${row.id}`,
    },
  );
}

/** Moves a nomination along the workflow; each step is checked, audited and announced. */
export async function transitionNomination(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: TransitionBody,
  meta: RequestMeta,
): Promise<NominationRecord> {
  const { row, scope } = await loadVisibleNomination(ctx, actor, id);
  const side = body.action === 'submit' ? 'nominator' : 'organiser';
  if (side === 'nominator' && !canNominateFor(scope, row.nominatingUnitPath)) {
    throw new DomainError('FORBIDDEN', 'Bạn không được gửi đề cử của đơn vị này.');
  }
  if (side === 'organiser' && !scope.reviewer) {
    throw new DomainError(
      'FORBIDDEN',
      'Chỉ cán bộ của đơn vị tổ chức mới tiếp nhận, trả lại và ghi kết quả Hội đồng.',
    );
  }
  const settings = settingsOf(await getNominationSettings(ctx.db, row.conferenceId));
  const result = applyAction(row.state, body.action, side, {
    nomination: row,
    settings,
    today: isoDateInVietnam(ctx.now()),
    reason: body.reason ?? '',
    council: body.council ?? null,
  });
  if ('problem' in result) {
    // A step that cannot follow the current state is a conflict; missing or wrong content is bad input.
    const code = TRANSITIONS[body.action].from.includes(row.state) ? 'VALIDATION' : 'INVALID_STATE';
    throw new DomainError(code, result.problem, result.fields);
  }
  const now = ctx.now();
  const change = {
    state: result.next,
    returnReason: result.returnReason,
    council: result.council,
    submittedAt: body.action === 'submit' ? now : row.submittedAt ? new Date(row.submittedAt) : null,
  };
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await updateNominationState(tx, id, body.version, change, now))) throw conflictError('Đề cử');
    await recordChange(
      tx,
      now,
      actor,
      {
        action: `nomination.${body.action}`,
        entityType: 'nomination',
        entityId: id,
        unitId: row.nominatingUnitId,
        before: { state: row.state, returnReason: row.returnReason, council: row.council },
        after: { state: change.state, returnReason: change.returnReason, council: change.council },
      },
      meta.ip,
    );
  });
  const what = `Đề cử số ${row.number} (${row.name}) chuyển sang “${STATE_LABELS[result.next]}”`;
  const reason = body.action === 'return' ? `. Lý do: ${change.returnReason}` : '';
  await notify(ctx, actor, row, scope.conferenceUnitPath, side === 'nominator', `${what}${reason}`);
  return getNomination(ctx, actor, id);
}

export async function getSettings(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
): Promise<NominationSettings & { version: number }> {
  await loadNominationScope(ctx, actor, conferenceId);
  return {
    ...settingsOf(await getNominationSettings(ctx.db, conferenceId)),
    version: await getNominationSettingsVersion(ctx.db, conferenceId),
  };
}

/** Sets the vote thresholds of a conference (its reviewers only). */
export async function updateSettings(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  settings: NominationSettings,
  version: number,
  meta: RequestMeta,
): Promise<NominationSettings & { version: number }> {
  const scope = await loadNominationScope(ctx, actor, conferenceId);
  if (!scope.reviewer)
    throw new DomainError('FORBIDDEN', 'Chỉ cán bộ của đơn vị tổ chức mới đặt được ngưỡng biểu quyết.');
  const before = settingsOf(await getNominationSettings(ctx.db, conferenceId));
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await setNominationSettingsIfVersion(tx, conferenceId, version, settings)))
      throw conflictError('Ngưỡng biểu quyết của hội nghị này');
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'conference.nomination_settings',
        entityType: 'conference',
        entityId: conferenceId,
        unitId: scope.conference.unitId,
        before,
        after: settings,
      },
      meta.ip,
    );
  });
  return { ...settings, version: version + 1 };
}

/** Stores a portrait (resized) or the vote minutes of a nomination the user may edit. */
export async function attachFile(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  purpose: 'photo' | 'minutes',
  upload: { data: Buffer; fileName: string },
  meta: RequestMeta,
): Promise<NominationRecord> {
  const { row, scope } = await loadVisibleNomination(ctx, actor, id);
  if (!canNominateFor(scope, row.nominatingUnitPath))
    throw new DomainError('FORBIDDEN', 'Bạn không được sửa đề cử này.');
  // Attaching is editing: once submitted, the organiser reviews what was sent.
  if (!canEdit(row.state)) {
    throw new DomainError(
      'INVALID_STATE',
      'Chỉ thay ảnh chân dung và biên bản khi đề cử ở trạng thái Nháp hoặc Trả lại.',
    );
  }
  if (purpose === 'minutes' && !row.vote) {
    throw new DomainError('VALIDATION', 'Hãy nhập kết quả bình xét trước khi đính kèm biên bản.', [
      { path: 'vote', message: 'Kết quả bình xét: chưa được nhập' },
    ]);
  }
  const stored =
    purpose === 'photo'
      ? { ...(await preparePortrait(upload.data)), fileName: 'anh-chan-dung.jpg' }
      : (() => {
          const kind = checkMinutes(upload.data);
          return {
            data: upload.data,
            contentType: kind.contentType,
            fileName: `bien-ban-binh-xet.${kind.extension}`,
          };
        })();
  const fileId = randomUUID();
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    await insertFile(tx, {
      id: fileId,
      purpose,
      ownerUnitId: row.nominatingUnitId,
      contentType: stored.contentType,
      fileName: stored.fileName,
      data: stored.data,
      createdBy: actor.userId || null,
      now,
    });
    await setNominationFile(
      tx,
      id,
      purpose === 'photo'
        ? { photoFileId: fileId }
        : { vote: { ...(row.vote as NonNullable<typeof row.vote>), minutesFileId: fileId } },
      now,
    );
    await recordChange(
      tx,
      now,
      actor,
      {
        action: `nomination.${purpose}_attached`,
        entityType: 'nomination',
        entityId: id,
        unitId: row.nominatingUnitId,
        after: { fileId, size: stored.data.length },
      },
      meta.ip,
    );
  });
  return getNomination(ctx, actor, id);
}
