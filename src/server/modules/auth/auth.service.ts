import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../../../core/auth/access.ts';
import { DomainError } from '../../../core/errors/domain-error.ts';
import type { CurrentUser } from '../../../shared/api/auth.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import { recordChange } from '../audit/index.ts';
import {
  countRecentFailures,
  deleteSession,
  deleteSessionsOfUser,
  findSession,
  findUserForLogin,
  findUserWithGrants,
  insertSession,
  recordLoginAttempt,
  touchSession,
  updatePasswordHash,
} from './auth.repo.ts';
import { hashPassword, verifyPassword } from './password.ts';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const TOUCH_AFTER_MS = 5 * 60 * 1000;
/** After this many wrong passwords in the window, the account waits out the window. */
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

const WRONG_LOGIN = 'Tên đăng nhập hoặc mật khẩu không đúng.';

/** The cookie holds the token; the database only its hash, so a leaked table opens no session. */
function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export interface AuthenticatedSession {
  token: string;
  csrfToken: string;
  user: CurrentUser;
}

export interface ResolvedSession {
  sessionId: string;
  csrfToken: string;
  actor: Actor;
  user: CurrentUser;
}

async function loadCurrentUser(ctx: ServiceContext, userId: string) {
  const u = await findUserWithGrants(ctx.db, userId);
  if (!u?.active) return null;
  const user: CurrentUser = {
    id: u.id,
    username: u.username,
    fullName: u.full_name,
    unitId: u.unit_id,
    unitName: u.unit_name,
    roles: u.grants.map((g) => ({ role: g.role, unitId: g.unitId, unitName: g.unitName })),
  };
  const actor: Actor = {
    userId: u.id,
    username: u.username,
    homeUnitId: u.unit_id,
    grants: u.grants.map((g) => ({ role: g.role, unitId: g.unitId, unitPath: g.unitPath })),
  };
  return { user, actor };
}

/** Checks the password and opens a session; too many failures lock the name for a while. */
export async function login(
  ctx: ServiceContext,
  input: { username: string; password: string },
  meta: RequestMeta & { userAgent: string | null },
): Promise<AuthenticatedSession> {
  const now = ctx.now();
  const username = input.username.trim().toLowerCase();
  const failures = await countRecentFailures(ctx.db, username, new Date(now.getTime() - FAILURE_WINDOW_MS));
  if (failures >= MAX_FAILURES) {
    throw new DomainError(
      'RATE_LIMITED',
      'Tài khoản tạm khóa 15 phút vì nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau hoặc liên hệ quản trị viên.',
    );
  }
  const row = await findUserForLogin(ctx.db, username);
  const ok = row?.active ? await verifyPassword(input.password, row.password_hash) : false;
  await recordLoginAttempt(ctx.db, { username, ip: meta.ip, at: now, success: ok });
  if (!row || !ok) throw new DomainError('UNAUTHENTICATED', WRONG_LOGIN);
  const loaded = await loadCurrentUser(ctx, row.id);
  if (!loaded) throw new DomainError('UNAUTHENTICATED', WRONG_LOGIN);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await insertSession(ctx.db, {
    id: sessionId(token),
    userId: row.id,
    csrfToken,
    now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    ip: meta.ip,
    userAgent: meta.userAgent,
  });
  return { token, csrfToken, user: loaded.user };
}

/** The session behind a cookie token, or null when absent, expired or the user is disabled. */
export async function resolveSession(ctx: ServiceContext, token: string): Promise<ResolvedSession | null> {
  const id = sessionId(token);
  const session = await findSession(ctx.db, id);
  const now = ctx.now();
  if (!session) return null;
  if (session.expiresAt <= now) {
    await deleteSession(ctx.db, id);
    return null;
  }
  const loaded = await loadCurrentUser(ctx, session.userId);
  if (!loaded) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await touchSession(ctx.db, id, now, new Date(now.getTime() + SESSION_TTL_MS));
  }
  return { sessionId: id, csrfToken: session.csrfToken, ...loaded };
}

export async function logout(ctx: ServiceContext, sessionIdValue: string): Promise<void> {
  await deleteSession(ctx.db, sessionIdValue);
}

/** Changes one's own password after checking the current one; other sessions are closed. */
export async function changeOwnPassword(
  ctx: ServiceContext,
  session: ResolvedSession,
  input: { password: string; newPassword: string },
  meta: RequestMeta,
): Promise<void> {
  const row = await findUserForLogin(ctx.db, session.user.username);
  if (!row || !(await verifyPassword(input.password, row.password_hash))) {
    throw new DomainError('VALIDATION', 'Mật khẩu hiện tại không đúng.', [
      { path: 'password', message: 'Mật khẩu: không đúng mật khẩu hiện tại' },
    ]);
  }
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    await updatePasswordHash(tx, row.id, await hashPassword(input.newPassword), now);
    await deleteSessionsOfUser(tx, row.id, session.sessionId);
    await recordChange(
      tx,
      now,
      session.actor,
      { action: 'user.password_changed', entityType: 'user', entityId: row.id, unitId: row.unit_id },
      meta.ip,
    );
  });
}
