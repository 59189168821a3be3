import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** The SQL of the installation's settings: one row per key. */

export interface StoredSetting {
  key: string;
  value: string;
  version: number;
}

export async function findSetting(db: Db, key: string): Promise<StoredSetting | null> {
  const r = await db
    .selectFrom('installation_settings')
    .select(['key', 'value', 'version'])
    .where('key', '=', key)
    .executeTakeFirst();
  return r ?? null;
}

/**
 * Saves a setting if it is still at `version` (0 = never saved); true when saved. Two first saves at
 * once: the second finds the row taken and is refused.
 */
export async function saveSettingIfVersion(
  db: Db,
  key: string,
  value: string,
  version: number,
  meta: { now: Date; userId: string | null },
): Promise<boolean> {
  const values = { value, updated_at: meta.now, updated_by: meta.userId };
  if (version === 0) {
    const r = await db
      .insertInto('installation_settings')
      .values({ key, ...values })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await db
    .updateTable('installation_settings')
    .set({ ...values, version: sql`version + 1` })
    .where('key', '=', key)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
