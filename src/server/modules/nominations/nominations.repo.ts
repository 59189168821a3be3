import { sql } from 'kysely';
import type { DelegateCandidate } from '../../../core/delegation/types.ts';
import type {
  CouncilVote,
  Gender,
  GrassrootsVote,
  Nomination,
  NominationInput,
  NominationKind,
  NominationSettings,
  NominationState,
} from '../../../core/nominations/types.ts';
import {
  councilVoteSchema,
  grassrootsVoteSchema,
  nominationSettingsSchema,
} from '../../../shared/api/nominations.ts';
import type { Db } from '../../db/database.ts';
import { parseStored, storedTexts } from '../../db/stored-json.ts';

/** A stored nomination with the names and paths the rules need. */
export interface NominationRow extends Nomination {
  nominatingUnitName: string;
  nominatingUnitPath: string;
  duplicateKey: string;
  createdBy: string | null;
}

/** What is stored for a new nomination besides its input. */
export interface NewNomination extends NominationInput {
  state: NominationState;
  returnReason: string;
  council: CouncilVote | null;
  duplicateKey: string;
  submittedAt: Date | null;
}

const iso = (d: Date | string) => new Date(d).toISOString();

const storedVote = grassrootsVoteSchema.nullable();
const storedCouncil = councilVoteSchema.nullable();

function baseQuery(db: Db) {
  return db
    .selectFrom('nominations as n')
    .innerJoin('units as u', 'u.id', 'n.nominating_unit_id')
    .selectAll('n')
    .select(['u.full_name as unit_name', 'u.path as unit_path']);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toNomination(r: Row): NominationRow {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    number: r.number,
    kind: r.kind as Nomination['kind'],
    name: r.name,
    gender: r.gender as Nomination['gender'],
    birthYear: r.birth_year,
    ethnicCode: r.ethnic_code,
    position: r.position,
    nominatingUnitId: r.nominating_unit_id,
    nominatingUnitName: r.unit_name,
    nominatingUnitPath: r.unit_path,
    formerUnitName: r.former_unit_name,
    fieldCode: r.field_code,
    sectorCode: r.sector_code,
    directWorker: r.direct_worker,
    priorityAreas: parseStored(storedTexts, r.priority_areas, 'nominations.priority_areas', r.id),
    achievements: r.achievements,
    awards: r.awards,
    memberCount: r.member_count,
    representativeName: r.representative_name,
    representativeGender: r.representative_gender as Nomination['gender'],
    representativeBirthYear: r.representative_birth_year,
    representativeEthnicCode: r.representative_ethnic_code,
    vote: parseStored(storedVote, r.vote, 'nominations.vote', r.id),
    citizenId: r.citizen_id,
    phone: r.phone,
    state: r.state as NominationState,
    returnReason: r.return_reason,
    council: parseStored(storedCouncil, r.council, 'nominations.council', r.id),
    photoFileId: r.photo_file_id,
    submittedAt: r.submitted_at ? iso(r.submitted_at) : null,
    duplicateKey: r.duplicate_key,
    createdBy: r.created_by,
    version: r.version,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export async function listConferenceNominations(db: Db, conferenceId: string): Promise<NominationRow[]> {
  const rows = await baseQuery(db).where('n.conference_id', '=', conferenceId).orderBy('n.number').execute();
  return rows.map(toNomination);
}

export async function findNomination(db: Db, id: string): Promise<NominationRow | null> {
  const r = await baseQuery(db).where('n.id', '=', id).executeTakeFirst();
  return r ? toNomination(r) : null;
}

function inputColumns(n: NominationInput) {
  return {
    kind: n.kind,
    name: n.name,
    gender: n.gender,
    birth_year: n.birthYear,
    ethnic_code: n.ethnicCode,
    position: n.position,
    nominating_unit_id: n.nominatingUnitId,
    former_unit_name: n.formerUnitName,
    field_code: n.fieldCode,
    sector_code: n.sectorCode,
    direct_worker: n.directWorker,
    priority_areas: JSON.stringify(n.priorityAreas),
    achievements: n.achievements,
    awards: n.awards,
    member_count: n.memberCount,
    representative_name: n.representativeName,
    representative_gender: n.representativeGender,
    representative_birth_year: n.representativeBirthYear,
    representative_ethnic_code: n.representativeEthnicCode,
    vote: n.vote ? JSON.stringify(n.vote) : null,
    citizen_id: n.citizenId,
    phone: n.phone,
  };
}

/** Rows per statement: one JSON parameter each, far below any size limit. */
const CHUNK = 2500;

/**
 * Inserts nominations with the next numbers of the conference. The conference row is locked first so
 * two imports at once never take the same number. Each chunk is one JSON parameter expanded by
 * jsonb_to_recordset rather than a 31-parameters-per-row VALUES list: PGlite stores a 10,000-row
 * spreadsheet about 30% faster that way (bench/import-nominations.ts).
 */
export async function insertNominations(
  db: Db,
  conferenceId: string,
  items: NewNomination[],
  meta: { now: Date; createdBy: string | null },
): Promise<string[]> {
  if (items.length === 0) return [];
  await sql`select id from conferences where id = ${conferenceId} for update`.execute(db);
  const max = await db
    .selectFrom('nominations')
    .select(sql<number>`coalesce(max(number), 0)::int`.as('n'))
    .where('conference_id', '=', conferenceId)
    .executeTakeFirstOrThrow();
  const now = meta.now.toISOString();
  const ids = items.map(() => crypto.randomUUID());
  const rows = items.map((n, i) => ({
    id: ids[i],
    number: max.n + i + 1,
    kind: n.kind,
    name: n.name,
    gender: n.gender,
    birth_year: n.birthYear,
    ethnic_code: n.ethnicCode,
    position: n.position,
    nominating_unit_id: n.nominatingUnitId,
    former_unit_name: n.formerUnitName,
    field_code: n.fieldCode,
    sector_code: n.sectorCode,
    direct_worker: n.directWorker,
    priority_areas: n.priorityAreas,
    achievements: n.achievements,
    awards: n.awards,
    member_count: n.memberCount,
    representative_name: n.representativeName,
    representative_gender: n.representativeGender,
    representative_birth_year: n.representativeBirthYear,
    representative_ethnic_code: n.representativeEthnicCode,
    vote: n.vote,
    citizen_id: n.citizenId,
    phone: n.phone,
    state: n.state,
    return_reason: n.returnReason,
    council: n.council,
    duplicate_key: n.duplicateKey,
    submitted_at: n.submittedAt?.toISOString() ?? null,
  }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = JSON.stringify(rows.slice(i, i + CHUNK));
    await sql`
      insert into nominations (
        id, conference_id, number, kind, name, gender, birth_year, ethnic_code, position, nominating_unit_id,
        former_unit_name, field_code, sector_code, direct_worker, priority_areas, achievements, awards,
        member_count, representative_name, representative_gender, representative_birth_year,
        representative_ethnic_code, vote, citizen_id, phone, state, return_reason, council, duplicate_key, submitted_at, created_by, created_at, updated_at
      )
      select
        r.id, ${conferenceId}::uuid, r.number, r.kind, r.name, r.gender, r.birth_year, r.ethnic_code, r.position,
        r.nominating_unit_id, r.former_unit_name, r.field_code, r.sector_code, r.direct_worker,
        coalesce(r.priority_areas, '[]'::jsonb), r.achievements, r.awards, r.member_count, r.representative_name,
        r.representative_gender, r.representative_birth_year, r.representative_ethnic_code, r.vote, r.citizen_id, r.phone, r.state, r.return_reason, r.council, r.duplicate_key, r.submitted_at,
        ${meta.createdBy}::uuid, ${now}::timestamptz, ${now}::timestamptz
      from jsonb_to_recordset(${chunk}::jsonb) as r(
        id uuid, number integer, kind text, name text, gender text, birth_year integer, ethnic_code text,
        position text, nominating_unit_id uuid, former_unit_name text, field_code text, sector_code text,
        direct_worker boolean, priority_areas jsonb, achievements text, awards text, member_count integer,
        representative_name text, representative_gender text, representative_birth_year integer,
        representative_ethnic_code text, vote jsonb, citizen_id text, phone text, state text, return_reason text,
        council jsonb, duplicate_key text, submitted_at timestamptz
      )
    `.execute(db);
  }
  return ids;
}

/** Saves new content when the version still matches; false when someone saved first. */
export async function updateNominationInput(
  db: Db,
  id: string,
  version: number,
  input: NominationInput,
  duplicateKey: string,
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('nominations')
    .set({ ...inputColumns(input), duplicate_key: duplicateKey, updated_at: now, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A collective's representative, written only at `version`; false when someone saved first. */
export async function updateRepresentativeIfVersion(
  db: Db,
  id: string,
  version: number,
  representative: Pick<
    NominationInput,
    'representativeName' | 'representativeGender' | 'representativeBirthYear' | 'representativeEthnicCode'
  >,
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('nominations')
    .set({
      representative_name: representative.representativeName,
      representative_gender: representative.representativeGender,
      representative_birth_year: representative.representativeBirthYear,
      representative_ethnic_code: representative.representativeEthnicCode,
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function updateNominationState(
  db: Db,
  id: string,
  version: number,
  change: {
    state: NominationState;
    returnReason: string;
    council: CouncilVote | null;
    submittedAt: Date | null;
  },
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('nominations')
    .set({
      state: change.state,
      return_reason: change.returnReason,
      council: change.council ? JSON.stringify(change.council) : null,
      submitted_at: change.submittedAt,
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setNominationFile(
  db: Db,
  id: string,
  change: { photoFileId?: string; vote?: GrassrootsVote },
  now: Date,
): Promise<void> {
  await db
    .updateTable('nominations')
    .set({
      ...(change.photoFileId ? { photo_file_id: change.photoFileId } : {}),
      ...(change.vote ? { vote: JSON.stringify(change.vote) } : {}),
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteNominationIfVersion(db: Db, id: string, version: number): Promise<boolean> {
  const r = await db
    .deleteFrom('nominations')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Existing nominations (any conference) sharing one of the duplicate keys. */
export async function findByDuplicateKeys(db: Db, keys: string[]) {
  if (keys.length === 0) return [];
  const found: Array<{ id: string; number: number; conferenceId: string; key: string }> = [];
  for (let i = 0; i < keys.length; i += 1000) {
    const rows = await db
      .selectFrom('nominations')
      .select(['id', 'number', 'conference_id', 'duplicate_key'])
      .where('duplicate_key', 'in', keys.slice(i, i + 1000))
      .execute();
    for (const r of rows)
      found.push({ id: r.id, number: r.number, conferenceId: r.conference_id, key: r.duplicate_key });
  }
  return found;
}

/** The conference's own vote thresholds, or null when it never set them. */
export async function getNominationSettings(
  db: Db,
  conferenceId: string,
): Promise<NominationSettings | null> {
  const r = await db
    .selectFrom('conferences')
    .select('nomination_settings')
    .where('id', '=', conferenceId)
    .executeTakeFirst();
  const stored = r?.nomination_settings ?? null;
  return stored === null
    ? null
    : parseStored(nominationSettingsSchema, stored, 'conferences.nomination_settings', conferenceId);
}

/** The version of a conference's vote thresholds (bumped by each save). */
export async function getNominationSettingsVersion(db: Db, conferenceId: string): Promise<number> {
  const r = await db
    .selectFrom('conferences')
    .select('nomination_settings_version')
    .where('id', '=', conferenceId)
    .executeTakeFirst();
  return r?.nomination_settings_version ?? 1;
}

/** Saves the vote thresholds when the stored version still matches; false when someone saved first. */
export async function setNominationSettingsIfVersion(
  db: Db,
  conferenceId: string,
  version: number,
  settings: unknown,
): Promise<boolean> {
  const r = await db
    .updateTable('conferences')
    .set({
      nomination_settings: JSON.stringify(settings),
      nomination_settings_version: sql`nomination_settings_version + 1`,
    })
    .where('id', '=', conferenceId)
    .where('nomination_settings_version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The nomination a file belongs to (photo or vote minutes), to check who may read it. */
export async function findNominationOfFile(
  db: Db,
  fileId: string,
): Promise<{ id: string; conferenceId: string } | null> {
  const r = await db
    .selectFrom('nominations')
    .select(['id', 'conference_id'])
    .where((eb) =>
      eb.or([eb('photo_file_id', '=', fileId), eb(sql<string>`vote->>'minutesFileId'`, '=', fileId)]),
    )
    .executeTakeFirst();
  return r ? { id: r.id, conferenceId: r.conference_id } : null;
}

/** A council-approved nomination with what a candidate needs (before scoring). */
export type ApprovedNomination = Omit<DelegateCandidate, 'score' | 'scoreParts' | 'source' | 'category'> & {
  council: CouncilVote | null;
};

/** The nominations of a conference the council approved, with their unit's name, by number. */
export async function listApprovedNominations(db: Db, conferenceId: string): Promise<ApprovedNomination[]> {
  const rows = await db
    .selectFrom('nominations as n')
    .innerJoin('units as u', 'u.id', 'n.nominating_unit_id')
    .select([
      'n.id',
      'n.kind',
      'n.name',
      'n.gender',
      'n.birth_year',
      'n.ethnic_code',
      'n.position',
      'n.nominating_unit_id',
      'u.full_name as unit_name',
      'n.former_unit_name',
      'n.field_code',
      'n.sector_code',
      'n.direct_worker',
      'n.priority_areas',
      'n.achievements',
      'n.awards',
      'n.council',
      'n.representative_name',
      'n.representative_gender',
      'n.representative_birth_year',
      'n.representative_ethnic_code',
    ])
    .where('n.conference_id', '=', conferenceId)
    .where('n.state', '=', 'council_approved')
    .orderBy('n.number')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as NominationKind,
    name: r.name,
    gender: r.gender as Gender | null,
    birthYear: r.birth_year,
    ethnicCode: r.ethnic_code,
    position: r.position,
    nominatingUnitId: r.nominating_unit_id,
    nominatingUnitName: r.unit_name,
    formerUnitName: r.former_unit_name,
    fieldCode: r.field_code,
    sectorCode: r.sector_code,
    directWorker: r.direct_worker,
    priorityAreas: parseStored(storedTexts, r.priority_areas, 'nominations.priority_areas', r.id),
    achievements: r.achievements,
    awards: r.awards,
    council: parseStored(storedCouncil, r.council, 'nominations.council', r.id),
    representative:
      r.kind === 'collective' && r.representative_name.trim() !== ''
        ? {
            name: r.representative_name.trim(),
            gender: r.representative_gender as Gender | null,
            birthYear: r.representative_birth_year,
            ethnicCode: r.representative_ethnic_code,
          }
        : null,
  }));
}
