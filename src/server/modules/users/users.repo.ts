import { sql } from 'kysely';
import type { Role } from '../../../core/auth/roles.ts';
import type { UserRecord } from '../../../shared/api/users.ts';
import type { Db } from '../../db/database.ts';

export interface UserRow extends UserRecord {
  unitPath: string;
}

async function loadRoles(db: Db, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, UserRecord['roles']>();
  const rows = await db
    .selectFrom('user_roles')
    .innerJoin('units', 'units.id', 'user_roles.unit_id')
    .select(['user_roles.user_id', 'user_roles.role', 'user_roles.unit_id', 'units.full_name'])
    .where('user_roles.user_id', 'in', userIds)
    .execute();
  const map = new Map<string, UserRecord['roles']>();
  for (const r of rows) {
    const list = map.get(r.user_id) ?? [];
    list.push({ role: r.role as Role, unitId: r.unit_id, unitName: r.full_name });
    map.set(r.user_id, list);
  }
  return map;
}

function usersQuery(db: Db) {
  return db
    .selectFrom('users')
    .innerJoin('units', 'units.id', 'users.unit_id')
    .select([
      'users.id',
      'users.username',
      'users.full_name',
      'users.unit_id',
      'users.active',
      'users.version',
      'users.created_at',
      'units.full_name as unit_name',
      'units.path as unit_path',
    ]);
}

async function withRoles(
  db: Db,
  rows: Awaited<ReturnType<ReturnType<typeof usersQuery>['execute']>>,
): Promise<UserRow[]> {
  const roles = await loadRoles(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    unitPath: r.unit_path,
    active: r.active,
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
    roles: roles.get(r.id) ?? [],
  }));
}

/** Users whose home unit lies under one of the paths. */
export async function listUsersUnder(db: Db, paths: string[], unitId?: string): Promise<UserRow[]> {
  if (paths.length === 0) return [];
  let q = usersQuery(db).where((eb) => eb.or(paths.map((p) => eb('units.path', 'like', `${p}%`))));
  if (unitId) q = q.where('users.unit_id', '=', unitId);
  return withRoles(db, await q.orderBy('users.username').execute());
}

export async function findUser(db: Db, id: string): Promise<UserRow | null> {
  const rows = await usersQuery(db).where('users.id', '=', id).execute();
  return (await withRoles(db, rows))[0] ?? null;
}

export async function usernameExists(db: Db, username: string): Promise<boolean> {
  return (
    (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) !==
    undefined
  );
}

/** True when the database holds at least one account; a new database holds none. */
export async function anyUserExists(db: Db): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export async function insertUser(
  db: Db,
  u: { id: string; username: string; fullName: string; passwordHash: string; unitId: string; now: Date },
): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: u.id,
      username: u.username,
      full_name: u.fullName,
      password_hash: u.passwordHash,
      unit_id: u.unitId,
      active: true,
      created_at: u.now,
      updated_at: u.now,
    })
    .execute();
}

export async function replaceRoles(
  db: Db,
  userId: string,
  roles: Array<{ role: Role; unitId: string }>,
): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length > 0) {
    await db
      .insertInto('user_roles')
      .values(roles.map((r) => ({ user_id: userId, role: r.role, unit_id: r.unitId })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export async function updateUserIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: { fullName?: string; active?: boolean; passwordHash?: string },
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('users')
    .set({
      ...(changes.fullName !== undefined ? { full_name: changes.fullName } : {}),
      ...(changes.active !== undefined ? { active: changes.active } : {}),
      ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
