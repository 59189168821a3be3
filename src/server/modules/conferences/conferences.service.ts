import { randomUUID } from 'node:crypto';
import { type Actor, assertCan, scopePaths } from '../../../core/auth/access.ts';
import type { Permission } from '../../../core/auth/roles.ts';
import { conferenceDraft, instantiateTemplate } from '../../../core/conference/instantiate.ts';
import type { Conference } from '../../../core/conference/types.ts';
import { unitOffice } from '../../../core/documents/unit-office.ts';
import { conflictError, DomainError } from '../../../core/errors/domain-error.ts';
import { foldVietnamese } from '../../../core/vietnamese/fold.ts';
import type {
  ConferenceSummary,
  CreateConferenceBody,
  UpdateConferenceBody,
} from '../../../shared/api/conferences.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { recordChange } from '../audit/index.ts';
import { defaultTemplateFor, loadTemplateForUnit } from '../templates/index.ts';
import { authorize, authorizeUnit, listSubtree, type UnitRow } from '../units/index.ts';
import {
  type ConferenceWithUnit,
  findConference,
  insertConference,
  listConferences,
  updateConferenceIfVersion,
} from './conferences.repo.ts';

const CONFERENCE = 'hội nghị này';

/** The words a template needs: "đặc khu" + "Bạch Long Vĩ"; agencies are named in full. */
function templateUnit(unit: UnitRow) {
  return unit.kind === 'commune' || unit.kind === 'city'
    ? { typeLabel: unit.typeLabel, name: unit.name, officeName: unitOffice(unit).shortName }
    : { typeLabel: '', name: unit.fullName };
}

/** Links an assignee name of section IV ("Phòng Kinh tế") to the unit of that name under the organiser. */
function assigneeMatcher(units: UnitRow[]) {
  const byName = new Map(units.map((u) => [foldVietnamese(u.fullName), u.id]));
  return (name: string) => byName.get(foldVietnamese(name)) ?? null;
}

/** The conference, when the actor may do `permission` there: 404 outside their scope, 403 inside. */
export function authorizeConference(
  db: Db,
  actor: Actor,
  conferenceId: string,
  permission: Permission,
): Promise<ConferenceWithUnit> {
  return authorize(actor, permission, {
    load: () => findConference(db, conferenceId),
    unitPath: (found) => found.unitPath,
    what: CONFERENCE,
  });
}

/** A conference the actor may read, or "not found" (also when it belongs to another unit). */
export function loadReadableConference(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
): Promise<ConferenceWithUnit> {
  return authorizeConference(ctx.db, actor, id, 'conference.read');
}

export async function getConference(ctx: ServiceContext, actor: Actor, id: string): Promise<Conference> {
  return (await loadReadableConference(ctx, actor, id)).conference;
}

export async function listConferenceSummaries(
  ctx: ServiceContext,
  actor: Actor,
  unitId?: string,
): Promise<ConferenceSummary[]> {
  const rows = await listConferences(ctx.db, scopePaths(actor, 'conference.read'), unitId);
  return rows.map(toConferenceSummary);
}

/** The line of a conference in lists. */
export function toConferenceSummary({ conference: c, unitName }: ConferenceWithUnit): ConferenceSummary {
  return {
    id: c.id,
    unitId: c.unitId,
    unitName,
    name: c.name,
    nameLine2: c.nameLine2,
    year: c.year,
    sessionDate: c.session.date,
    deadline: c.deadline,
    maxDelegates: c.maxDelegates,
    status: c.status,
    updatedAt: c.updatedAt,
  };
}

/** Creates a conference for a unit from a template (the nearest default when none is named). */
export async function createConference(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateConferenceBody,
  meta: RequestMeta,
): Promise<Conference> {
  const unit = await authorizeUnit(ctx.db, actor, input.unitId, 'conference.manage', 'đơn vị này', 'đơn vị');
  const template = input.templateId
    ? await loadTemplateForUnit(ctx, actor, input.templateId, unit.path)
    : await defaultTemplateFor(ctx, unit.path);
  if (!template) {
    throw new DomainError(
      'VALIDATION',
      'Chưa có mẫu kế hoạch nào cho đơn vị này. Hãy đề nghị thành phố tạo mẫu.',
      [{ path: 'templateId', message: 'Mẫu kế hoạch: chưa có mẫu dùng được cho đơn vị này' }],
    );
  }
  const draft = instantiateTemplate(
    template.body,
    templateUnit(unit),
    assigneeMatcher(await listSubtree(ctx.db, unit.path)),
  );
  const id = randomUUID();
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    await insertConference(tx, {
      id,
      unitId: unit.id,
      templateId: template.id,
      createdBy: actor.userId,
      now,
      draft,
    });
    await recordChange(
      tx,
      now,
      actor,
      { action: 'conference.created', entityType: 'conference', entityId: id, unitId: unit.id, after: draft },
      meta.ip,
    );
  });
  return getConference(ctx, actor, id);
}

/** Saves the whole edited conference; refuses when someone saved after the editor loaded it. */
export async function updateConference(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: UpdateConferenceBody,
  meta: RequestMeta,
): Promise<Conference> {
  const found = await loadReadableConference(ctx, actor, id);
  assertCan(actor, 'conference.manage', found.unitPath, CONFERENCE);
  if (found.conference.status === 'approved') {
    throw new DomainError('INVALID_STATE', 'Kế hoạch đã được duyệt nên không sửa được nữa.');
  }
  const now = ctx.now();
  const draft = conferenceDraft(input);
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await updateConferenceIfVersion(tx, id, input.version, draft, now)))
      throw conflictError('Hội nghị');
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'conference.updated',
        entityType: 'conference',
        entityId: id,
        unitId: found.conference.unitId,
        before: conferenceDraft(found.conference),
        after: draft,
      },
      meta.ip,
    );
  });
  return getConference(ctx, actor, id);
}
