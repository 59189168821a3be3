import { sql } from 'kysely';
import type { ConferenceDraft } from '../../../core/conference/instantiate.ts';
import type { Conference, SessionPart } from '../../../core/conference/types.ts';
import { conferencePlanSchema } from '../../../shared/api/conferences.ts';
import type { Db } from '../../db/database.ts';
import { parseStored } from '../../db/stored-json.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

export interface ConferenceWithUnit {
  conference: Conference;
  unitPath: string;
  unitName: string;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('conferences as c')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .select([
      'c.id',
      'c.unit_id',
      'c.name',
      'c.name_line2',
      'c.ordinal',
      'c.term',
      'c.year',
      'c.session_date',
      'c.session_part',
      'c.start_time',
      'c.end_time',
      'c.venue',
      'c.deadline',
      'c.max_delegates',
      'c.exemplary_share',
      'c.guest_share',
      'c.plan',
      'c.status',
      'c.version',
      'c.created_at',
      'c.updated_at',
      'u.path as unit_path',
      'u.full_name as unit_name',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toConference(r: Row): ConferenceWithUnit {
  return {
    unitPath: r.unit_path,
    unitName: r.unit_name,
    conference: {
      id: r.id,
      unitId: r.unit_id,
      name: r.name,
      nameLine2: r.name_line2,
      ordinal: r.ordinal,
      term: r.term,
      year: r.year,
      session: {
        date: r.session_date,
        part: r.session_part as SessionPart,
        startTime: r.start_time,
        endTime: r.end_time,
        venue: r.venue,
      },
      deadline: r.deadline,
      maxDelegates: r.max_delegates,
      exemplaryShare: r.exemplary_share,
      guestShare: r.guest_share,
      plan: parseStored(conferencePlanSchema, r.plan, 'conferences.plan', r.id),
      status: r.status as Conference['status'],
      version: r.version,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    },
  };
}

export async function findConference(db: Db, id: string): Promise<ConferenceWithUnit | null> {
  const r = await baseQuery(db).where('c.id', '=', id).executeTakeFirst();
  return r ? toConference(r) : null;
}

/** Conferences of units under the given paths, newest year first. */
export async function listConferences(
  db: Db,
  scopePaths: string[],
  unitId?: string,
): Promise<ConferenceWithUnit[]> {
  if (scopePaths.length === 0) return [];
  let q = baseQuery(db).where((eb) => eb.or(scopePaths.map((p) => eb('u.path', 'like', `${p}%`))));
  if (unitId) q = q.where('c.unit_id', '=', unitId);
  const rows = await q.orderBy('c.year', 'desc').orderBy('c.created_at', 'desc').execute();
  return rows.map(toConference);
}

function columns(d: ConferenceDraft) {
  return {
    name: d.name,
    name_line2: d.nameLine2,
    ordinal: d.ordinal,
    term: d.term,
    year: d.year,
    session_date: d.session.date,
    session_part: d.session.part,
    start_time: d.session.startTime,
    end_time: d.session.endTime,
    venue: d.session.venue,
    deadline: d.deadline,
    max_delegates: d.maxDelegates,
    exemplary_share: d.exemplaryShare,
    guest_share: d.guestShare,
    plan: JSON.stringify(d.plan),
  };
}

export async function insertConference(
  db: Db,
  c: {
    id: string;
    unitId: string;
    templateId: string | null;
    createdBy: string | null;
    now: Date;
    draft: ConferenceDraft;
  },
): Promise<void> {
  await db
    .insertInto('conferences')
    .values({
      id: c.id,
      unit_id: c.unitId,
      template_id: c.templateId,
      created_by: c.createdBy,
      status: 'draft',
      created_at: c.now,
      updated_at: c.now,
      ...columns(c.draft),
    })
    .execute();
}

/** Saves the edit when nobody saved since `version` was read; false otherwise. */
export async function updateConferenceIfVersion(
  db: Db,
  id: string,
  version: number,
  draft: ConferenceDraft,
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('conferences')
    .set({ ...columns(draft), updated_at: now, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
