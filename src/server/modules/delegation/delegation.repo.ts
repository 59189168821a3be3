import { sql } from 'kysely';
import type { DelegateList, Guest, GuestInput } from '../../../core/delegation/types.ts';
import type { Gender } from '../../../core/nominations/types.ts';
import type { Db } from '../../db/database.ts';
import { parseStored, storedTexts } from '../../db/stored-json.ts';
import { parseListColumns } from './delegate-lists.repo.ts';

/** All SQL of the delegation: guests, the saved composition and the approved lists. */

const iso = (d: Date | string) => new Date(d).toISOString();

function guestQuery(db: Db) {
  return db.selectFrom('delegate_guests').selectAll();
}

type GuestRow = Awaited<ReturnType<ReturnType<typeof guestQuery>['executeTakeFirstOrThrow']>>;

function toGuest(r: GuestRow): Guest {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    category: r.category as Guest['category'],
    name: r.name,
    gender: r.gender as Gender | null,
    birthYear: r.birth_year,
    ethnicCode: r.ethnic_code,
    position: r.position,
    nominatingUnitId: r.nominating_unit_id,
    formerUnitName: r.former_unit_name,
    fieldCode: r.field_code,
    sectorCode: r.sector_code,
    directWorker: r.direct_worker,
    priorityAreas: parseStored(storedTexts, r.priority_areas, 'delegate_guests.priority_areas', r.id),
    achievements: r.achievements,
    version: r.version,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/** The guests and leaders of a conference, oldest first. */
export async function listGuests(db: Db, conferenceId: string): Promise<Guest[]> {
  const rows = await guestQuery(db)
    .where('conference_id', '=', conferenceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toGuest);
}

export async function findGuest(db: Db, id: string): Promise<Guest | null> {
  const r = await guestQuery(db).where('id', '=', id).executeTakeFirst();
  return r ? toGuest(r) : null;
}

function guestColumns(g: GuestInput) {
  return {
    category: g.category,
    name: g.name,
    gender: g.gender,
    birth_year: g.birthYear,
    ethnic_code: g.ethnicCode,
    position: g.position,
    nominating_unit_id: g.nominatingUnitId,
    former_unit_name: g.formerUnitName,
    field_code: g.fieldCode,
    sector_code: g.sectorCode,
    direct_worker: g.directWorker,
    priority_areas: JSON.stringify(g.priorityAreas),
    achievements: g.achievements,
  };
}

/** Stores new guests of a conference; returns their ids in the order given. */
export async function insertGuests(
  db: Db,
  conferenceId: string,
  guests: readonly GuestInput[],
  meta: { now: Date; createdBy: string | null },
): Promise<string[]> {
  if (guests.length === 0) return [];
  const ids = guests.map(() => crypto.randomUUID());
  for (let i = 0; i < guests.length; i += 500) {
    await db
      .insertInto('delegate_guests')
      .values(
        guests.slice(i, i + 500).map((g, j) => ({
          id: ids[i + j],
          conference_id: conferenceId,
          ...guestColumns(g),
          created_by: meta.createdBy,
          created_at: meta.now,
          updated_at: meta.now,
        })),
      )
      .execute();
  }
  return ids;
}

/** Saves new content when the version still matches; false when someone saved first. */
export async function updateGuestIfVersion(
  db: Db,
  id: string,
  version: number,
  input: GuestInput,
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('delegate_guests')
    .set({ ...guestColumns(input), updated_at: now, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteGuestIfVersion(db: Db, id: string, version: number): Promise<boolean> {
  const r = await db
    .deleteFrom('delegate_guests')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** The stored composition settings (unparsed) and their version, or null when never saved. */
export async function findComposition(
  db: Db,
  conferenceId: string,
): Promise<{ settings: unknown; version: number } | null> {
  const r = await db
    .selectFrom('delegate_compositions')
    .select(['settings', 'version'])
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  return r ? { settings: r.settings, version: r.version } : null;
}

/**
 * Saves the composition when nobody saved since `version` was read (0 = never saved); false otherwise.
 * The first save inserts version 1, every later one adds 1.
 */
export async function saveCompositionIfVersion(
  db: Db,
  conferenceId: string,
  version: number,
  settings: unknown,
  meta: { now: Date; updatedBy: string | null },
): Promise<boolean> {
  const json = JSON.stringify(settings);
  if (version === 0) {
    const r = await db
      .insertInto('delegate_compositions')
      .values({
        conference_id: conferenceId,
        settings: json,
        version: 1,
        updated_at: meta.now,
        updated_by: meta.updatedBy,
      })
      .onConflict((oc) => oc.column('conference_id').doNothing())
      .returning('conference_id')
      .executeTakeFirst();
    return r !== undefined;
  }
  const r = await db
    .updateTable('delegate_compositions')
    .set({ settings: json, updated_at: meta.now, updated_by: meta.updatedBy, version: sql`version + 1` })
    .where('conference_id', '=', conferenceId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** An approved list as stored, with the approver's name. */
export type StoredList = DelegateList;

/** The latest approved list of a conference, or null before the first approval. */
export async function findLatestList(db: Db, conferenceId: string): Promise<StoredList | null> {
  const r = await db
    .selectFrom('delegate_lists as l')
    .leftJoin('users as u', 'u.id', 'l.approved_by')
    .selectAll('l')
    .select('u.full_name as approver_name')
    .where('l.conference_id', '=', conferenceId)
    .orderBy('l.number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!r) return null;
  return {
    conferenceId: r.conference_id,
    number: r.number,
    approvedAt: iso(r.approved_at),
    approvedBy: r.approved_by ?? '',
    approvedByName: r.approver_name ?? '',
    note: r.note,
    seats: r.seats,
    objective: Number(r.objective),
    ...parseListColumns(r),
  };
}
