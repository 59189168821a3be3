import { sql } from 'kysely';
import type { ReferenceItem } from '../../../shared/api/nominations.ts';
import type { Db } from '../../db/database.ts';
import { parseStored, storedTexts } from '../../db/stored-json.ts';

/** Every item of every list, in list and display order; aliases parsed. */
export async function listReferenceRows(db: Db) {
  const rows = await db
    .selectFrom('reference_items')
    .select(['list', 'code', 'label', 'aliases', 'active', 'sort_order'])
    .orderBy('list')
    .orderBy('sort_order')
    .execute();
  return rows.map((r) => ({
    ...r,
    aliases: parseStored(storedTexts, r.aliases, 'reference_items.aliases', `${r.list}/${r.code}`),
  }));
}

export async function countReferenceRows(db: Db, list: string): Promise<number> {
  const rows = await db.selectFrom('reference_items').select('code').where('list', '=', list).execute();
  return rows.length;
}

/** Replaces one list whole: the administrator edits it as a table. */
export async function replaceReferenceList(db: Db, list: string, items: ReferenceItem[]): Promise<void> {
  await db.deleteFrom('reference_items').where('list', '=', list).execute();
  if (items.length === 0) return;
  await db
    .insertInto('reference_items')
    .values(
      items.map((i) => ({
        list,
        code: i.code,
        label: i.label,
        aliases: JSON.stringify(i.aliases),
        active: i.active,
        sort_order: i.sortOrder,
      })),
    )
    .execute();
}

/** Each list's version (0 for a list with no rows). */
export async function referenceListVersions(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('reference_items')
    .select(['list', (eb) => eb.fn.max('version').as('version')])
    .groupBy('list')
    .execute();
  return new Map(rows.map((r) => [r.list, Number(r.version)]));
}

/**
 * Replaces one list whole when its stored version still matches, and bumps it; returns false when
 * someone saved first. Bumping the rows first locks them, so a concurrent save waits and then misses.
 */
export async function replaceReferenceListIfVersion(
  db: Db,
  list: string,
  version: number,
  items: ReferenceItem[],
): Promise<boolean> {
  const bumped = await db
    .updateTable('reference_items')
    .set({ version: sql`version + 1` })
    .where('list', '=', list)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(bumped.numUpdatedRows) === 0 && (version !== 0 || (await countReferenceRows(db, list)) > 0))
    return false;
  await db.deleteFrom('reference_items').where('list', '=', list).execute();
  if (items.length === 0) return true;
  await db
    .insertInto('reference_items')
    .values(
      items.map((i) => ({
        list,
        code: i.code,
        label: i.label,
        aliases: JSON.stringify(i.aliases),
        active: i.active,
        sort_order: i.sortOrder,
        version: version + 1,
      })),
    )
    .execute();
  return true;
}
