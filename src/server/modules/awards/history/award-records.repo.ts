import type { AwardRecord, AwardRecordSource } from '../../../../core/awards/types.ts';
import type { Gender } from '../../../../core/nominations/types.ts';
import type { Db } from '../../../db/database.ts';

/** A stored record with the owner unit's name and path (for access and lists). */
export interface AwardRecordRow extends AwardRecord {
  ownerUnitName: string;
  ownerUnitPath: string;
}

/** What is stored for a new record; the id, version and timestamps are set here. */
export type NewAwardRecord = Omit<AwardRecord, 'id' | 'version' | 'createdAt'> & { id?: string };

/** Which records a list asks for; every condition is optional. */
export interface AwardRecordFilter {
  /** Records whose owner unit lies under one of these paths (an empty list finds nothing). */
  ownerPaths?: string[];
  subjectKeys?: string[];
  ids?: string[];
  yearFrom?: number;
  yearTo?: number;
  formCode?: string;
  kind?: AwardRecord['kind'];
  source?: AwardRecordSource;
  decisionId?: string;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('award_records as r')
    .innerJoin('units as u', 'u.id', 'r.owner_unit_id')
    .selectAll('r')
    .select(['u.full_name as owner_name', 'u.path as owner_path']);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toRecord(r: Row): AwardRecordRow {
  return {
    id: r.id,
    kind: r.kind as AwardRecord['kind'],
    name: r.name,
    birthYear: r.birth_year,
    gender: r.gender as Gender | null,
    ethnicCode: r.ethnic_code,
    directWorker: r.direct_worker,
    position: r.position,
    unitId: r.unit_id,
    unitName: r.unit_name,
    subjectKey: r.subject_key,
    formCode: r.form_code,
    year: r.year,
    achievement: r.achievement,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    issuer: r.issuer,
    amount: r.amount === null ? null : Number(r.amount),
    source: r.source as AwardRecordSource,
    decisionId: r.decision_id,
    nominationId: r.nomination_id,
    ownerUnitId: r.owner_unit_id,
    ownerUnitName: r.owner_name,
    ownerUnitPath: r.owner_path,
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** The records matching every given condition, oldest year first. */
export async function listAwardRecordRows(db: Db, filter: AwardRecordFilter): Promise<AwardRecordRow[]> {
  if (filter.ownerPaths?.length === 0 || filter.subjectKeys?.length === 0 || filter.ids?.length === 0)
    return [];
  let q = baseQuery(db);
  const paths = filter.ownerPaths;
  if (paths) q = q.where((eb) => eb.or(paths.map((p) => eb('u.path', 'like', `${p}%`))));
  if (filter.subjectKeys) q = q.where('r.subject_key', 'in', filter.subjectKeys);
  if (filter.ids) q = q.where('r.id', 'in', filter.ids);
  if (filter.yearFrom !== undefined) q = q.where('r.year', '>=', filter.yearFrom);
  if (filter.yearTo !== undefined) q = q.where('r.year', '<=', filter.yearTo);
  if (filter.formCode !== undefined) q = q.where('r.form_code', '=', filter.formCode);
  if (filter.kind !== undefined) q = q.where('r.kind', '=', filter.kind);
  if (filter.source !== undefined) q = q.where('r.source', '=', filter.source);
  if (filter.decisionId !== undefined) q = q.where('r.decision_id', '=', filter.decisionId);
  const rows = await q.orderBy('r.year').orderBy('r.created_at').orderBy('r.id').execute();
  return rows.map(toRecord);
}

export async function findAwardRecord(db: Db, id: string): Promise<AwardRecordRow | null> {
  const r = await baseQuery(db).where('r.id', '=', id).executeTakeFirst();
  return r ? toRecord(r) : null;
}

function columns(r: NewAwardRecord) {
  return {
    owner_unit_id: r.ownerUnitId,
    kind: r.kind,
    name: r.name,
    birth_year: r.birthYear,
    gender: r.gender,
    ethnic_code: r.ethnicCode,
    direct_worker: r.directWorker,
    position: r.position,
    unit_id: r.unitId,
    unit_name: r.unitName,
    subject_key: r.subjectKey,
    form_code: r.formCode,
    year: r.year,
    achievement: r.achievement,
    decision_number: r.decisionNumber,
    decision_date: r.decisionDate,
    issuer: r.issuer,
    amount: r.amount,
    source: r.source,
    decision_id: r.decisionId,
    nomination_id: r.nominationId,
  };
}

/** Rows per statement, well below the parameter limit (25 columns each). */
const CHUNK = 500;

/** Inserts records; returns their ids in the given order. */
export async function insertAwardRecords(
  db: Db,
  records: readonly NewAwardRecord[],
  meta: { now: Date; createdBy: string | null },
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < records.length; i += CHUNK) {
    const rows = await db
      .insertInto('award_records')
      .values(
        records.slice(i, i + CHUNK).map((r) => ({
          ...(r.id ? { id: r.id } : {}),
          ...columns(r),
          created_at: meta.now,
          updated_at: meta.now,
          created_by: meta.createdBy,
        })),
      )
      .returning('id')
      .execute();
    ids.push(...rows.map((x) => x.id));
  }
  return ids;
}

/** Saves a record when its stored version is `version`; false when it changed meanwhile (or is gone). */
export async function updateAwardRecordIfVersion(
  db: Db,
  id: string,
  record: NewAwardRecord,
  version: number,
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('award_records')
    .set({ ...columns(record), version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteAwardRecordIfVersion(db: Db, id: string, version: number): Promise<boolean> {
  const r = await db
    .deleteFrom('award_records')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Removes what a decision wrote (when it is replaced by a new decision); returns how many. */
export async function deleteRecordsOfDecision(db: Db, decisionId: string): Promise<number> {
  const r = await db
    .deleteFrom('award_records')
    .where('decision_id', '=', decisionId)
    .where('source', '=', 'decision')
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** The units (id, full name, path) under a path, to resolve the unit names typed in a spreadsheet. */
export async function listUnitsUnder(db: Db, path: string) {
  return db
    .selectFrom('units')
    .select(['id', 'name', 'full_name', 'path'])
    .where('path', 'like', `${path}%`)
    .execute();
}
