import type { Actor } from '../../../core/auth/access.ts';
import { inListOrder } from '../../../core/delegation/candidates.ts';
import { compositionProblem } from '../../../core/delegation/composition.ts';
import { labelOutcomes, type ValueLabeler, valueLabeler } from '../../../core/delegation/labels.ts';
import type { DelegateCandidate, DelegateList } from '../../../core/delegation/types.ts';
import { conflictError, DomainError, notFoundError } from '../../../core/errors/domain-error.ts';
import { evaluateQuotas } from '../../../core/selection/solve.ts';
import type { DelegateListView, ListSummary } from '../../../shared/api/delegation.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import { recordChange } from '../audit/index.ts';
import { authorizeConference, type ConferenceWithUnit } from '../conferences/index.ts';
import { loadReferenceLists } from '../reference/index.ts';
import { listSubtree } from '../units/index.ts';
import {
  findDelegateList,
  insertDelegateList,
  type ListRow,
  listDelegateListSummaries,
  lockLatestListNumber,
} from './delegate-lists.repo.ts';
import { loadDelegationContext } from './delegation.service.ts';

const LIST = 'Danh sách đại biểu';

/** The order of a printed list: exemplary delegates, guests, then leaders, each as inCategoryOrder says. */
export const inDelegateListOrder = inListOrder;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Ids given twice, or not among the candidates: each a 400 that says which. */
function checkSelection(selected: readonly string[], candidates: readonly DelegateCandidate[]): void {
  const twice = selected.filter((id, i) => selected.indexOf(id) !== i);
  if (twice.length > 0) {
    throw new DomainError(
      'VALIDATION',
      `Danh sách có người được ghi hai lần (mã: ${[...new Set(twice)].join(', ')}).`,
      [{ path: 'selected', message: 'Danh sách đại biểu: có người được ghi hai lần' }],
    );
  }
  const known = new Set(candidates.map((c) => c.id));
  const unknown = selected.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new DomainError(
      'VALIDATION',
      `Danh sách có ${unknown.length} người không còn trong danh sách được xét chọn (mã: ${unknown.join(', ')}). Hãy tải lại trang và đề xuất lại.`,
      [
        {
          path: 'selected',
          message: `Danh sách đại biểu: không có trong danh sách được xét chọn: ${unknown.join(', ')}`,
        },
      ],
    );
  }
}

/**
 * POST /api/conferences/:id/delegates/lists: approves `selected` as the next version of the list. The
 * user names the version they saw as current; if someone approved since, nothing is saved (409).
 */
export async function approveDelegateList(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  body: { selected: string[]; basedOn: number | null; note: string },
  meta: RequestMeta,
): Promise<DelegateListView> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'conference.manage');
  const context = await loadDelegationContext(ctx.db, conferenceId, found);
  const { candidates, composition } = context;
  checkSelection(body.selected, candidates);
  if (body.selected.length !== composition.seats) {
    throw new DomainError(
      'VALIDATION',
      `Danh sách có ${body.selected.length} người nhưng thành phần đại biểu đã lưu là ${composition.seats} người. Hãy chọn đủ ${composition.seats} người.`,
      [
        {
          path: 'selected',
          message: `Danh sách đại biểu: có ${body.selected.length} người, cần ${composition.seats} người`,
        },
      ],
    );
  }
  const chosen = new Set(body.selected);
  const delegates = inDelegateListOrder(candidates.filter((c) => chosen.has(c.id)));
  const evaluation = evaluateQuotas(
    compositionProblem(candidates, { ...composition, include: [], exclude: [] }),
    body.selected,
  );
  const objective = round2(delegates.reduce((sum, d) => sum + d.score, 0));
  const now = ctx.now();
  const number = await ctx.db.transaction().execute(async (tx) => {
    const latest = await lockLatestListNumber(tx, conferenceId);
    if (latest !== (body.basedOn ?? 0)) throw conflictError(LIST);
    const next = latest + 1;
    await insertDelegateList(tx, {
      conferenceId,
      number: next,
      approvedAt: now,
      approvedBy: actor.userId || null,
      note: body.note,
      seats: composition.seats,
      rules: composition.rules,
      objective,
      delegates,
      evaluation,
    });
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'delegate_list.approved',
        entityType: 'conference',
        entityId: conferenceId,
        unitId: found.conference.unitId,
        after: {
          number: next,
          note: body.note,
          seats: composition.seats,
          objective,
          selected: delegates.map((d) => d.id),
        },
      },
      meta.ip,
    );
    return next;
  });
  return getDelegateList(ctx, actor, conferenceId, number);
}

/** GET /api/conferences/:id/delegates/lists: every approved version, newest first. */
export async function listDelegateLists(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
): Promise<ListSummary[]> {
  await authorizeConference(ctx.db, actor, conferenceId, 'conference.read');
  return listDelegateListSummaries(ctx.db, conferenceId);
}

/** How codes and unit ids of a conference's territory are shown. */
async function labelerOf(ctx: ServiceContext, found: ConferenceWithUnit): Promise<ValueLabeler> {
  const units = await listSubtree(ctx.db, found.unitPath);
  return valueLabeler(await loadReferenceLists(ctx.db), new Map(units.map((u) => [u.id, u.fullName])));
}

function toDelegateList(row: ListRow): DelegateList {
  return {
    conferenceId: row.conferenceId,
    number: row.number,
    approvedAt: row.approvedAt,
    approvedBy: row.approvedBy,
    approvedByName: row.approvedByName,
    note: row.note,
    seats: row.seats,
    rules: row.rules,
    objective: row.objective,
    delegates: row.delegates,
    evaluation: row.evaluation,
  };
}

/** One approved version of a conference the actor may read, with how its codes are shown. */
export async function loadList(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  number: number,
): Promise<{ found: ConferenceWithUnit; list: DelegateList; labelValue: ValueLabeler }> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'conference.read');
  const row = await findDelegateList(ctx.db, conferenceId, number);
  if (!row) throw notFoundError(`danh sách đại biểu số ${number}`);
  return { found, list: toDelegateList(row), labelValue: await labelerOf(ctx, found) };
}

/** GET /api/conferences/:id/delegates/lists/:number: one version with its delegates and how it met the rules. */
export async function getDelegateList(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  number: number,
): Promise<DelegateListView> {
  const { list, labelValue } = await loadList(ctx, actor, conferenceId, number);
  return {
    conferenceId: list.conferenceId,
    number: list.number,
    approvedAt: list.approvedAt,
    approvedByName: list.approvedByName,
    note: list.note,
    seats: list.seats,
    objective: list.objective,
    delegateCount: list.delegates.length,
    rules: list.rules,
    delegates: list.delegates,
    evaluation: labelOutcomes(list.evaluation, labelValue),
  };
}
