import type { Actor } from '../../../core/auth/access.ts';
import type { Guest, GuestInput } from '../../../core/delegation/types.ts';
import {
  conflictError,
  DomainError,
  type FieldProblem,
  notFoundError,
} from '../../../core/errors/domain-error.ts';
import { AGE_RANGE } from '../../../core/nominations/rules.ts';
import type { ReferenceItem, ReferenceLists } from '../../../core/reference/types.ts';
import { sortByGivenName } from '../../../core/vietnamese/collate.ts';
import { isoDateInVietnam, parseIsoDate } from '../../../core/vietnamese/dates.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import { recordChange } from '../audit/index.ts';
import { authorizeConference } from '../conferences/index.ts';
import { loadReferenceLists } from '../reference/index.ts';
import { listSubtree, type UnitRow } from '../units/index.ts';
import {
  deleteGuestIfVersion,
  findGuest,
  insertGuests,
  listGuests,
  updateGuestIfVersion,
} from './delegation.repo.ts';

const GUEST = 'khách mời này';

/** The Vietnamese name of each field of a guest, as the form and the spreadsheet show it. */
export const GUEST_FIELD_LABELS: Record<keyof GuestInput, string> = {
  category: 'Thành phần',
  name: 'Họ và tên',
  gender: 'Giới tính',
  birthYear: 'Năm sinh',
  ethnicCode: 'Dân tộc',
  position: 'Chức vụ - đơn vị',
  nominatingUnitId: 'Đơn vị đề cử',
  formerUnitName: 'Đơn vị trước sắp xếp',
  fieldCode: 'Lĩnh vực',
  sectorCode: 'Thành phần kinh tế',
  directWorker: 'Trực tiếp lao động',
  priorityAreas: 'Lĩnh vực ưu tiên',
  achievements: 'Ghi chú/Thành tích',
};

/** What checking a guest needs: the reference lists, the conference's units and today's date. */
export interface GuestRules {
  lists: ReferenceLists;
  /** Units of the conference's territory; a guest's nominating unit must be one of the current ones. */
  units: readonly UnitRow[];
  /** ISO date, for the age check. */
  today: string;
}

function problem(path: keyof GuestInput, message: string): FieldProblem {
  return { path, message: `${GUEST_FIELD_LABELS[path]}: ${message}` };
}

function checkCode(
  items: readonly ReferenceItem[],
  code: string,
  path: keyof GuestInput,
  out: FieldProblem[],
): void {
  const item = items.find((i) => i.code === code);
  if (!item) out.push(problem(path, `mã "${code}" không có trong danh mục`));
  else if (!item.active)
    out.push(problem(path, `"${item.label}" đã ngừng sử dụng trong danh mục, hãy chọn mục khác`));
}

/**
 * Every problem of a guest's content, each naming its field in Vietnamese: codes of the reference
 * lists, the age, and a nominating unit inside the conference's territory. Empty means it can be saved.
 */
export function guestProblems(input: GuestInput, rules: GuestRules): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (input.name.trim().length < 2) out.push(problem('name', 'cần ít nhất 2 ký tự'));
  if (input.birthYear !== null) {
    const year = parseIsoDate(rules.today).year;
    const [from, to] = [year - AGE_RANGE.max, year - AGE_RANGE.min];
    if (!Number.isInteger(input.birthYear) || input.birthYear < from || input.birthYear > to)
      out.push(
        problem(
          'birthYear',
          `tuổi phải từ ${AGE_RANGE.min} đến ${AGE_RANGE.max}, tức năm sinh từ ${from} đến ${to}`,
        ),
      );
  }
  if (input.ethnicCode !== null) checkCode(rules.lists.ethnic, input.ethnicCode, 'ethnicCode', out);
  if (input.fieldCode !== null) checkCode(rules.lists.field, input.fieldCode, 'fieldCode', out);
  if (input.sectorCode !== null) checkCode(rules.lists.sector, input.sectorCode, 'sectorCode', out);
  input.priorityAreas.forEach((code, i) => {
    if (input.priorityAreas.indexOf(code) !== i)
      out.push(problem('priorityAreas', `"${code}" được ghi hai lần`));
    else checkCode(rules.lists.priority, code, 'priorityAreas', out);
  });
  if (input.nominatingUnitId !== null) {
    const unit = rules.units.find((u) => u.id === input.nominatingUnitId);
    if (!unit) out.push(problem('nominatingUnitId', 'không thuộc địa bàn của hội nghị'));
    else if (unit.isFormer)
      out.push(
        problem('nominatingUnitId', `"${unit.fullName}" là đơn vị trước sắp xếp, hãy chọn đơn vị hiện nay`),
      );
  }
  return out;
}

/** Throws one VALIDATION error listing every problem, or returns when there is none. */
export function assertGuestValid(problems: FieldProblem[]): void {
  if (problems.length === 0) return;
  throw new DomainError(
    'VALIDATION',
    `Thông tin đại biểu chưa hợp lệ: ${problems.map((p) => p.message).join('; ')}`,
    problems,
  );
}

/** Names written with single spaces. */
export function normaliseGuest(input: GuestInput): GuestInput {
  return { ...input, name: input.name.trim().replace(/\s+/gu, ' ') };
}

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
