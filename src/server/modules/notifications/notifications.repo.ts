import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export async function insertNotifications(
  db: Db,
  userIds: string[],
  n: { at: Date; message: string; link: string | null },
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('notifications')
    .values(
      unique.map((userId) => ({ user_id: userId, at: n.at, message: n.message, link: n.link, read: false })),
    )
    .execute();
}

export async function listNotifications(db: Db, userId: string, limit: number) {
  return db
    .selectFrom('notifications')
    .select(['id', 'at', 'message', 'link', 'read'])
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const r = await db
    .selectFrom('notifications')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('user_id', '=', userId)
    .where('read', '=', false)
    .executeTakeFirstOrThrow();
  return r.n;
}

export async function markRead(db: Db, userId: string, ids: string[] | undefined): Promise<void> {
  let q = db.updateTable('notifications').set({ read: true }).where('user_id', '=', userId);
  if (ids) q = q.where('id', 'in', ids.length > 0 ? ids : ['0']);
  await q.execute();
}

/** Users holding one of the permissions' roles on a unit whose path is in `paths`. */
export async function usersWithRolesOn(db: Db, roles: readonly string[], paths: string[]): Promise<string[]> {
  if (paths.length === 0 || roles.length === 0) return [];
  const rows = await db
    .selectFrom('user_roles')
    .innerJoin('units', 'units.id', 'user_roles.unit_id')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select('user_roles.user_id')
    .where('user_roles.role', 'in', [...roles])
    .where('units.path', 'in', paths)
    .where('users.active', '=', true)
    .execute();
  return rows.map((r) => r.user_id);
}
