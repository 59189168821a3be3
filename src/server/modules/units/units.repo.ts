import { sql } from 'kysely';
import { hasOffice, unitOffice } from '../../../core/documents/unit-office.ts';
import type { Unit, UnitKind } from '../../../shared/api/units.ts';
import type { Db } from '../../db/database.ts';
import type { UnitsTable } from '../../db/schema.ts';

export interface UnitRow {
  id: string;
  parentId: string | null;
  path: string;
  kind: UnitKind;
  typeLabel: string;
  name: string;
  fullName: string;
  officialCode: string | null;
  isFormer: boolean;
  isDemo: boolean;
  sortOrder: number;
  /** Its own office settings (null = the default of its type). */
  hasCouncil: boolean | null;
  officeName: string | null;
  version: number;
}

const COLUMNS = [
  'id',
  'parent_id',
  'path',
  'kind',
  'type_label',
  'name',
  'full_name',
  'official_code',
  'is_former',
  'is_demo',
  'sort_order',
  'has_council',
  'office_name',
  'version',
] as const;

type Selected = Pick<UnitsTable, Exclude<(typeof COLUMNS)[number], 'id' | 'version'>> & {
  id: string;
  version: number;
};

function toRow(r: Selected): UnitRow {
  return {
    id: r.id,
    parentId: r.parent_id,
    path: r.path,
    kind: r.kind as UnitKind,
    typeLabel: r.type_label,
    name: r.name,
    fullName: r.full_name,
    officialCode: r.official_code,
    isFormer: r.is_former,
    isDemo: r.is_demo,
    sortOrder: r.sort_order,
    hasCouncil: r.has_council,
    officeName: r.office_name,
    version: r.version,
  };
}

export function toApiUnit(r: UnitRow, inScope: boolean): Unit {
  const { path: _path, ...rest } = r;
  return { ...rest, office: hasOffice(r) ? unitOffice(r) : null, inScope };
}

export async function findUnitById(db: Db, id: string): Promise<UnitRow | null> {
  const r = await db.selectFrom('units').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return r ? toRow(r) : null;
}

export async function findUnitByKey(db: Db, key: string): Promise<UnitRow | null> {
  const r = await db.selectFrom('units').select(COLUMNS).where('key', '=', key).executeTakeFirst();
  return r ? toRow(r) : null;
}

export async function findUnitByCode(db: Db, code: string): Promise<UnitRow | null> {
  const r = await db.selectFrom('units').select(COLUMNS).where('official_code', '=', code).executeTakeFirst();
  return r ? toRow(r) : null;
}

/** The public administrative list (city and commune-level units) plus every unit under the given paths. */
export async function listUnitsVisible(db: Db, scopePaths: string[]): Promise<UnitRow[]> {
  const rows = await db
    .selectFrom('units')
    .select(COLUMNS)
    .where((eb) =>
      eb.or([
        eb('kind', 'in', ['city', 'commune']),
        eb('parent_id', 'is', null),
        ...scopePaths.map((p) => eb('path', 'like', `${p}%`)),
      ]),
    )
    .orderBy('sort_order')
    .orderBy('full_name')
    .execute();
  return rows.map(toRow);
}

export async function listChildren(db: Db, parentId: string): Promise<UnitRow[]> {
  const rows = await db
    .selectFrom('units')
    .select(COLUMNS)
    .where('parent_id', '=', parentId)
    .orderBy('sort_order')
    .orderBy('full_name')
    .execute();
  return rows.map(toRow);
}

/** Every unit under a path, the unit itself included. */
export async function listSubtree(db: Db, path: string): Promise<UnitRow[]> {
  const rows = await db.selectFrom('units').select(COLUMNS).where('path', 'like', `${path}%`).execute();
  return rows.map(toRow);
}

export async function nextSortOrder(db: Db, parentId: string): Promise<number> {
  const r = await db
    .selectFrom('units')
    .select(sql<number>`coalesce(max(sort_order), 0)::int + 1`.as('n'))
    .where('parent_id', '=', parentId)
    .executeTakeFirstOrThrow();
  return r.n;
}

export interface NewUnit {
  id: string;
  key: string | null;
  parentId: string | null;
  path: string;
  kind: UnitKind;
  typeLabel: string;
  name: string;
  fullName: string;
  officialCode: string | null;
  isFormer: boolean;
  isDemo: boolean;
  sortOrder: number;
  now: Date;
}

export async function insertUnit(db: Db, u: NewUnit): Promise<void> {
  await db
    .insertInto('units')
    .values({
      id: u.id,
      key: u.key,
      parent_id: u.parentId,
      path: u.path,
      kind: u.kind,
      type_label: u.typeLabel,
      name: u.name,
      full_name: u.fullName,
      official_code: u.officialCode,
      is_former: u.isFormer,
      is_demo: u.isDemo,
      sort_order: u.sortOrder,
      created_at: u.now,
      updated_at: u.now,
    })
    .execute();
}

/** Updates when the stored version still matches; returns false when someone saved first. */
export async function updateUnitIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: {
    typeLabel: string;
    name: string;
    fullName: string;
    officialCode: string | null;
    isFormer: boolean;
  },
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('units')
    .set({
      type_label: changes.typeLabel,
      name: changes.name,
      full_name: changes.fullName,
      official_code: changes.officialCode,
      is_former: changes.isFormer,
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Saves a unit's office settings when the stored version still matches; false when someone saved first. */
export async function updateUnitOfficeIfVersion(
  db: Db,
  id: string,
  version: number,
  settings: { hasCouncil: boolean | null; officeName: string | null },
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('units')
    .set({
      has_council: settings.hasCouncil,
      office_name: settings.officeName,
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function codeTakenByOther(db: Db, code: string, exceptId: string | null): Promise<boolean> {
  let q = db.selectFrom('units').select('id').where('official_code', '=', code);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}
