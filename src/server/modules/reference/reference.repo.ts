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
