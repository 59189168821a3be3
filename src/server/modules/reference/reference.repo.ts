import type { ReferenceItem } from '../../../shared/api/nominations.ts';
import type { Db } from '../../db/database.ts';

export async function listReferenceRows(db: Db) {
  return db
    .selectFrom('reference_items')
    .select(['list', 'code', 'label', 'aliases', 'active', 'sort_order'])
    .orderBy('list')
    .orderBy('sort_order')
    .execute();
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
