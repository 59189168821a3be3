import { sql } from 'kysely';
import type { ConferenceTemplate } from '../../../core/conference/template.ts';
import { conferenceTemplateBodySchema } from '../../../shared/api/conferences.ts';
import type { Db } from '../../db/database.ts';
import { parseStored } from '../../db/stored-json.ts';

export interface TemplateRow {
  id: string;
  ownerUnitId: string;
  ownerPath: string;
  title: string;
  year: number;
  isDefault: boolean;
  body: ConferenceTemplate;
  version: number;
  updatedAt: string;
}

function query(db: Db) {
  return db
    .selectFrom('conference_templates as t')
    .innerJoin('units as u', 'u.id', 't.owner_unit_id')
    .select([
      't.id',
      't.owner_unit_id',
      'u.path',
      't.title',
      't.year',
      't.is_default',
      't.body',
      't.version',
      't.updated_at',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>;

function toRow(r: Row): TemplateRow {
  return {
    id: r.id,
    ownerUnitId: r.owner_unit_id,
    ownerPath: r.path,
    title: r.title,
    year: r.year,
    isDefault: r.is_default,
    body: parseStored(conferenceTemplateBodySchema, r.body, 'conference_templates.body', r.id),
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

export async function findTemplate(db: Db, id: string): Promise<TemplateRow | null> {
  const r = await query(db).where('t.id', '=', id).executeTakeFirst();
  return r ? toRow(r) : null;
}

/** Templates owned by a unit on the way from the root to `unitPath` (the city's, the unit's own). */
export async function listTemplatesAbove(db: Db, unitPaths: string[]): Promise<TemplateRow[]> {
  if (unitPaths.length === 0) return [];
  const rows = await query(db)
    .where((eb) => eb.or(unitPaths.map((p) => eb(eb.val(p), 'like', sql<string>`u.path || '%'`))))
    .orderBy('t.is_default', 'desc')
    .orderBy('t.year', 'desc')
    .execute();
  return rows.map(toRow);
}

export async function insertTemplate(
  db: Db,
  t: { ownerUnitId: string; isDefault: boolean; body: ConferenceTemplate; now: Date },
): Promise<string> {
  const r = await db
    .insertInto('conference_templates')
    .values({
      owner_unit_id: t.ownerUnitId,
      title: t.body.title,
      year: t.body.year,
      is_default: t.isDefault,
      body: JSON.stringify(t.body),
      created_at: t.now,
      updated_at: t.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updateTemplateIfVersion(
  db: Db,
  id: string,
  version: number,
  body: ConferenceTemplate,
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('conference_templates')
    .set({
      title: body.title,
      year: body.year,
      body: JSON.stringify(body),
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
