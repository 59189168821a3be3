import { randomUUID } from 'node:crypto';
import { type Actor, can, canSee, scopePaths } from '../../../../core/auth/access.ts';
import type { Permission } from '../../../../core/auth/roles.ts';
import { latestForm } from '../../../../core/awards/catalogue.ts';
import { subjectFromNomination, subjectKey } from '../../../../core/awards/subject.ts';
import type { AwardForm, AwardRecord } from '../../../../core/awards/types.ts';
import {
  conflictError,
  DomainError,
  type FieldProblem,
  notFoundError,
} from '../../../../core/errors/domain-error.ts';
import { compareByGivenName } from '../../../../core/vietnamese/collate.ts';
import { formatDayMonthYear, isoDateInVietnam } from '../../../../core/vietnamese/dates.ts';
import { matchesSearch } from '../../../../core/vietnamese/fold.ts';
import type {
  AwardRecordInput,
  AwardRecordListQuery,
  AwardRecordView,
  CreateAwardRecordBody,
  UpdateAwardRecordBody,
} from '../../../../shared/api/award-records.ts';
import type { RequestMeta, ServiceContext } from '../../../context.ts';
import type { Db } from '../../../db/database.ts';
import { recordChange } from '../../audit/index.ts';
import { loadVisibleNomination } from '../../nominations/index.ts';
import { loadReferenceLists } from '../../reference/index.ts';
import { authorize, authorizeUnit, findUnitById, type UnitRow } from '../../units/index.ts';
import { loadAwardCatalogue } from '../catalogue/catalogue.service.ts';
import {
  type RecordContext,
  recordFormName,
  recordProblems,
  sameAward,
  toNewRecord,
} from './award-record-checks.ts';
import {
  type AwardRecordRow,
  deleteAwardRecordIfVersion,
  deleteRecordsOfDecision,
  findAwardRecord,
  insertAwardRecords,
  listAwardRecordRows,
  listUnitsUnder,
  type NewAwardRecord,
  updateAwardRecordIfVersion,
} from './award-records.repo.ts';

const RECORD = 'hồ sơ khen thưởng này';
const UNIT = 'đơn vị này';
/** Reading the history: the organising unit's staff and its leaders and council. */
const READ: readonly Permission[] = ['conference.read', 'nomination.review'];

/** The smallest set of subtrees whose records the actor may read. */
export function awardReadPaths(actor: Actor): string[] {
  const all = [...new Set(READ.flatMap((p) => scopePaths(actor, p)))].sort((a, b) => a.length - b.length);
  return all.filter((p, i) => !all.slice(0, i).some((q) => p.startsWith(q)));
}

/** Throws unless the actor may read the award history of the unit at `path` (404 outside any scope). */
export function assertCanReadAwards(actor: Actor, path: string, what: string): void {
  if (READ.some((p) => can(actor, p, path))) return;
  if (!canSee(actor, path)) throw notFoundError(what);
  throw new DomainError('FORBIDDEN', `Bạn không có quyền xem lịch sử khen thưởng của ${what}.`);
}

/** A unit whose history the actor may read, or 404/403. */
export async function readableUnit(ctx: ServiceContext, actor: Actor, unitId: string): Promise<UnitRow> {
  const unit = await findUnitById(ctx.db, unitId);
  if (!unit) throw notFoundError(UNIT);
  assertCanReadAwards(actor, unit.path, UNIT);
  return unit;
}

export function toView(row: AwardRecordRow, forms: readonly AwardForm[]): AwardRecordView {
  const { ownerUnitPath: _path, ...record } = row;
  return { ...record, formName: recordFormName(forms, row) };
}

/** Newest year first, then the catalogue's order of forms, then given names. */
export function sortRecords<T extends Pick<AwardRecord, 'year' | 'formCode' | 'name'>>(
  records: readonly T[],
  forms: readonly AwardForm[],
): T[] {
  const order = (code: string) => latestForm(forms, code)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  return [...records].sort(
    (a, b) => b.year - a.year || order(a.formCode) - order(b.formCode) || compareByGivenName(a.name, b.name),
  );
}

/** GET /api/award-records: the history the actor may read, filtered, searched and sorted. */
export async function listAwardRecords(
  ctx: ServiceContext,
  actor: Actor,
  query: AwardRecordListQuery,
): Promise<{ records: AwardRecordView[]; total: number }> {
  const paths = query.unitId ? [(await readableUnit(ctx, actor, query.unitId)).path] : awardReadPaths(actor);
  if (paths.length === 0) throw new DomainError('FORBIDDEN', 'Bạn không có quyền xem lịch sử khen thưởng.');
  const rows = await listAwardRecordRows(ctx.db, {
    ownerPaths: paths,
    subjectKeys: query.subjectKey === undefined ? undefined : [query.subjectKey],
    yearFrom: query.year,
    yearTo: query.year,
    formCode: query.formCode,
    kind: query.kind,
    source: query.source,
  });
  const { forms } = await loadAwardCatalogue(ctx.db);
  const q = query.q ?? '';
  const found = rows.filter((r) =>
    matchesSearch(
      [
        r.name,
        r.position,
        r.unitName,
        r.achievement,
        r.decisionNumber,
        r.issuer,
        recordFormName(forms, r),
      ].join(' '),
      q,
    ),
  );
  const page = sortRecords(found, forms).slice(query.offset, query.offset + query.limit);
  return { records: page.map((r) => toView(r, forms)), total: found.length };
}

/** GET /api/nominations/:id/award-history: the nominee's records the actor may read. */
export async function nominationAwardHistory(
  ctx: ServiceContext,
  actor: Actor,
  nominationId: string,
): Promise<{ subjectKey: string; records: AwardRecordView[] }> {
  const { row } = await loadVisibleNomination(ctx, actor, nominationId);
  const key = subjectKey(subjectFromNomination(row, row.nominatingUnitName));
  const paths = awardReadPaths(actor);
  const rows = await listAwardRecordRows(ctx.db, { ownerPaths: paths, subjectKeys: [key] });
  const { forms } = await loadAwardCatalogue(ctx.db);
  return { subjectKey: key, records: sortRecords(rows, forms).map((r) => toView(r, forms)) };
}

/** The catalogue, reference codes and units the rules of records owned by `owner` need. */
export async function recordContext(ctx: ServiceContext, owner: UnitRow): Promise<RecordContext> {
  const { forms } = await loadAwardCatalogue(ctx.db);
  const lists = await loadReferenceLists(ctx.db);
  const units = await listUnitsUnder(ctx.db, owner.path);
  return {
    forms,
    ethnicCodes: new Set(lists.ethnic.map((e) => e.code)),
    owner: { id: owner.id, fullName: owner.fullName },
    units: new Map(units.map((u) => [u.id, { fullName: u.full_name }])),
    today: isoDateInVietnam(ctx.now()),
  };
}

function refuse(problems: FieldProblem[]): never {
  throw new DomainError(
    'VALIDATION',
    `Hồ sơ khen thưởng chưa hợp lệ: ${problems.map((p) => p.message).join('; ')}`,
    problems,
  );
}

/** Refuses a record of an award already stored (same subject, form, year and decision number). */
async function assertNotStored(db: Db, record: NewAwardRecord, exceptId: string | null): Promise<void> {
  const same = (
    await listAwardRecordRows(db, { subjectKeys: [record.subjectKey], formCode: record.formCode })
  )
    .filter((r) => r.id !== exceptId && r.ownerUnitId === record.ownerUnitId)
    .find((r) => sameAward(r, record));
  if (same)
    throw new DomainError(
      'DUPLICATE',
      `Khen thưởng này đã có trong lịch sử: ${same.name}, năm ${same.year}${same.decisionNumber ? `, quyết định số ${same.decisionNumber}` : ''}.`,
    );
}

/** A record written by a decision changes only by a new decision. */
function assertNotFromDecision(row: AwardRecordRow): void {
  if (row.source !== 'decision') return;
  const decision = row.decisionNumber
    ? `Quyết định số ${row.decisionNumber}${row.decisionDate ? ` ngày ${formatDayMonthYear(row.decisionDate)}` : ''}`
    : 'một quyết định khen thưởng';
  throw new DomainError(
    'INVALID_STATE',
    `Khen thưởng này được ghi từ ${decision} nên không sửa hoặc xóa trực tiếp được. Muốn thay đổi, hãy ban hành quyết định mới thay thế quyết định đó.`,
  );
}

async function checked(ctx: ServiceContext, owner: UnitRow, input: AwardRecordInput, source: 'manual') {
  const rc = await recordContext(ctx, owner);
  const problems = recordProblems(input, rc);
  if (problems.length > 0) refuse(problems);
  return toNewRecord(input, rc, { source });
}

async function viewOf(ctx: ServiceContext, id: string): Promise<AwardRecordView> {
  const row = await findAwardRecord(ctx.db, id);
  if (!row) throw notFoundError(RECORD);
  return toView(row, (await loadAwardCatalogue(ctx.db)).forms);
}

/** POST /api/award-records: one award entered by the owner unit's staff; audited. */
export async function createAwardRecord(
  ctx: ServiceContext,
  actor: Actor,
  body: CreateAwardRecordBody,
  meta: RequestMeta,
): Promise<AwardRecordView> {
  const owner = await authorizeUnit(ctx.db, actor, body.ownerUnitId, 'nomination.review', UNIT);
  const { ownerUnitId: _owner, ...input } = body;
  const record = await checked(ctx, owner, input, 'manual');
  await assertNotStored(ctx.db, record, null);
  const now = ctx.now();
  const id = await ctx.db.transaction().execute(async (tx) => {
    const [newId] = await insertAwardRecords(tx, [record], { now, createdBy: actor.userId || null });
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'award_record.created',
        entityType: 'award_record',
        entityId: newId,
        unitId: owner.id,
        after: record,
      },
      meta.ip,
    );
    return newId;
  });
  return viewOf(ctx, id);
}

/** A record the actor may change: in scope, with 'nomination.review', not written by a decision. */
async function changeable(ctx: ServiceContext, actor: Actor, id: string): Promise<[AwardRecordRow, UnitRow]> {
  const row = await authorize(actor, 'nomination.review', {
    load: () => findAwardRecord(ctx.db, id),
    unitPath: (found) => found.ownerUnitPath,
    what: RECORD,
  });
  assertNotFromDecision(row);
  const owner = await findUnitById(ctx.db, row.ownerUnitId);
  if (!owner) throw notFoundError(RECORD);
  return [row, owner];
}

/** PUT /api/award-records/:id at the version loaded; audited. */
export async function updateAwardRecord(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: UpdateAwardRecordBody,
  meta: RequestMeta,
): Promise<AwardRecordView> {
  const [row, owner] = await changeable(ctx, actor, id);
  const { version, ...input } = body;
  const record = {
    ...(await checked(ctx, owner, input, 'manual')),
    source: row.source,
    nominationId: row.nominationId,
  };
  if (row.version !== version) throw conflictError('Hồ sơ khen thưởng này');
  await assertNotStored(ctx.db, record, id);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await updateAwardRecordIfVersion(tx, id, record, version, now)))
      throw conflictError('Hồ sơ khen thưởng này');
    const { ownerUnitPath: _p, ownerUnitName: _n, ...before } = row;
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'award_record.updated',
        entityType: 'award_record',
        entityId: id,
        unitId: owner.id,
        before,
        after: record,
      },
      meta.ip,
    );
  });
  return viewOf(ctx, id);
}

/** DELETE /api/award-records/:id?version=N; audited. */
export async function deleteAwardRecord(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  version: number,
  meta: RequestMeta,
): Promise<void> {
  const [row, owner] = await changeable(ctx, actor, id);
  if (row.version !== version) throw conflictError('Hồ sơ khen thưởng này');
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await deleteAwardRecordIfVersion(tx, id, version))) throw conflictError('Hồ sơ khen thưởng này');
    const { ownerUnitPath: _p, ownerUnitName: _n, ...before } = row;
    await recordChange(
      tx,
      now,
      actor,
      { action: 'award_record.deleted', entityType: 'award_record', entityId: id, unitId: owner.id, before },
      meta.ip,
    );
  });
}

/** A record written by an approved decision (`decisionId` set); `createdBy` defaults to the system. */
export type DecisionAwardRecord = Omit<
  AwardRecord,
  'id' | 'version' | 'createdAt' | 'source' | 'decisionId'
> & {
  decisionId: string;
  createdAt: string;
  createdBy?: string | null;
};

/**
 * Writes the award records of an approved decision inside the caller's transaction (source 'decision':
 * they cannot be edited or deleted by hand). Returns the new ids in order.
 */
export async function insertDecisionRecords(
  trx: Db,
  records: readonly DecisionAwardRecord[],
): Promise<string[]> {
  const ids = records.map(() => randomUUID());
  const groups = new Map<string, NewAwardRecord[]>();
  records.forEach((r, i) => {
    const { createdAt, createdBy, ...rest } = r;
    const key = `${createdAt}|${createdBy ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), { ...rest, id: ids[i], source: 'decision' }]);
  });
  for (const [key, group] of groups) {
    const [createdAt, createdBy] = key.split('|');
    await insertAwardRecords(trx, group, { now: new Date(createdAt), createdBy: createdBy || null });
  }
  return ids;
}

/** Removes the records a decision wrote (when a new decision replaces it); returns how many. */
export async function deleteDecisionRecords(trx: Db, decisionId: string): Promise<number> {
  return deleteRecordsOfDecision(trx, decisionId);
}
