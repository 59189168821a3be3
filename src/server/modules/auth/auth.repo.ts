import { sql } from 'kysely';
import type { Role } from '../../../core/auth/roles.ts';
import type { Db } from '../../db/database.ts';

export interface SessionRow {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
}

export async function findUserForLogin(db: Db, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'full_name', 'password_hash', 'unit_id', 'active'])
    .where('username', '=', username)
    .executeTakeFirst();
}

/** The user with their home unit and every role grant (with the granted unit's path). */
export async function findUserWithGrants(db: Db, userId: string) {
  const user = await db
    .selectFrom('users')
    .innerJoin('units', 'units.id', 'users.unit_id')
    .select([
      'users.id',
      'users.username',
      'users.full_name',
      'users.unit_id',
      'users.active',
      'units.full_name as unit_name',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!user) return null;
  const grants = await db
    .selectFrom('user_roles')
    .innerJoin('units', 'units.id', 'user_roles.unit_id')
    .select(['user_roles.role', 'user_roles.unit_id', 'units.path', 'units.full_name'])
    .where('user_roles.user_id', '=', userId)
    .orderBy('units.path')
    .execute();
  return {
    ...user,
    grants: grants.map((g) => ({
      role: g.role as Role,
      unitId: g.unit_id,
      unitPath: g.path,
      unitName: g.full_name,
    })),
  };
}

export async function insertSession(
  db: Db,
  s: {
    id: string;
    userId: string;
    csrfToken: string;
    now: Date;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      created_at: s.now,
      expires_at: s.expiresAt,
      last_seen_at: s.now,
      ip: s.ip,
      user_agent: s.userAgent,
    })
    .execute();
}

export async function findSession(db: Db, id: string): Promise<SessionRow | null> {
  const row = await db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'csrf_token', 'expires_at', 'last_seen_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    expiresAt: new Date(row.expires_at),
    lastSeenAt: new Date(row.last_seen_at),
  };
}

export async function touchSession(db: Db, id: string, now: Date, expiresAt: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string, exceptId?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  await q.execute();
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}

export async function recordLoginAttempt(
  db: Db,
  a: { username: string; ip: string | null; at: Date; success: boolean },
) {
  await db.insertInto('login_attempts').values(a).execute();
}

/** Failed attempts for a user name since `since`, after the last success. */
export async function countRecentFailures(db: Db, username: string, since: Date): Promise<number> {
  const lastSuccess = await db
    .selectFrom('login_attempts')
    .select(sql<Date | null>`max(at)`.as('at'))
    .where('username', '=', username)
    .where('success', '=', true)
    .executeTakeFirst();
  const from = lastSuccess?.at && new Date(lastSuccess.at) > since ? new Date(lastSuccess.at) : since;
  const row = await db
    .selectFrom('login_attempts')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('username', '=', username)
    .where('success', '=', false)
    .where('at', '>', from)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function updatePasswordHash(db: Db, userId: string, hash: string, now: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: hash, updated_at: now, version: sql`version + 1` })
    .where('id', '=', userId)
    .execute();
}
