import { randomUUID } from 'node:crypto';
import { type Actor, can, scopePaths } from '../../../core/auth/access.ts';
import type { Role } from '../../../core/auth/roles.ts';
import { conflictError, DomainError, notFoundError } from '../../../core/errors/domain-error.ts';
import type { CreateUserBody, UpdateUserBody, UserRecord } from '../../../shared/api/users.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import { recordChange } from '../audit/index.ts';
import { deleteSessionsOfUser, hashPassword } from '../auth/index.ts';
import { authorize, authorizeUnit, findUnitById } from '../units/index.ts';
import {
  anyUserExists,
  findUser,
  insertUser,
  listUsersUnder,
  replaceRoles,
  type UserRow,
  updateUserIfVersion,
  usernameExists,
} from './users.repo.ts';

const USER = 'người dùng này';

function publicUser(u: UserRow): UserRecord {
  const { unitPath: _path, ...rest } = u;
  return rest;
}

/** Every granted unit must be one the actor manages users of; only a system admin makes system admins. */
async function checkGrants(ctx: ServiceContext, actor: Actor, roles: Array<{ role: Role; unitId: string }>) {
  for (const [i, grant] of roles.entries()) {
    const unit = await findUnitById(ctx.db, grant.unitId);
    if (!unit || !can(actor, 'user.manage', unit.path)) {
      throw new DomainError(
        'FORBIDDEN',
        `Vai trò thứ ${i + 1}: bạn không quản lý người dùng của đơn vị này.`,
        [
          {
            path: `roles.${i}.unitId`,
            message: `Vai trò (mục ${i + 1}) › Đơn vị: ngoài phạm vi bạn quản lý`,
          },
        ],
      );
    }
    if (grant.role === 'system_admin' && !actor.grants.some((g) => g.role === 'system_admin')) {
      throw new DomainError('FORBIDDEN', 'Chỉ quản trị hệ thống mới cấp được vai trò quản trị hệ thống.');
    }
  }
}

export async function listUsers(ctx: ServiceContext, actor: Actor, unitId?: string): Promise<UserRecord[]> {
  const paths = scopePaths(actor, 'user.manage');
  if (paths.length === 0) throw new DomainError('FORBIDDEN', 'Bạn không có quyền quản lý người dùng.');
  return (await listUsersUnder(ctx.db, paths, unitId)).map(publicUser);
}

/** Adds a user with roles inside the actor's scope; the user name is unique across the system. */
export async function createUser(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateUserBody,
  meta: RequestMeta,
): Promise<UserRecord> {
  const unit = await authorizeUnit(ctx.db, actor, input.unitId, 'user.manage', 'đơn vị này', 'đơn vị');
  await checkGrants(ctx, actor, input.roles);
  if (await usernameExists(ctx.db, input.username)) {
    throw new DomainError('DUPLICATE', `Tên đăng nhập "${input.username}" đã có người dùng.`, [
      { path: 'username', message: `Tên đăng nhập: "${input.username}" đã có người dùng` },
    ]);
  }
  const id = randomUUID();
  const now = ctx.now();
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction().execute(async (tx) => {
    await insertUser(tx, {
      id,
      username: input.username,
      fullName: input.fullName,
      passwordHash,
      unitId: unit.id,
      now,
    });
    await replaceRoles(tx, id, input.roles);
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'user.created',
        entityType: 'user',
        entityId: id,
        unitId: unit.id,
        after: { username: input.username, fullName: input.fullName, unitId: unit.id, roles: input.roles },
      },
      meta.ip,
    );
  });
  const created = await findUser(ctx.db, id);
  if (!created) throw notFoundError(USER);
  return publicUser(created);
}

/** Renames, disables, resets the password or changes the roles of a user in scope. */
export async function updateUser(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: UpdateUserBody,
  meta: RequestMeta,
): Promise<UserRecord> {
  const user = await authorize(actor, 'user.manage', {
    load: () => findUser(ctx.db, id),
    unitPath: (found) => found.unitPath,
    what: USER,
  });
  // A user holding roles beyond the actor's scope (a city officer homed in a commune) is not theirs to
  // re-password, lock or strip: that would hand the actor those roles.
  for (const grant of user.roles) {
    const unit = await findUnitById(ctx.db, grant.unitId);
    if (!unit || !can(actor, 'user.manage', unit.path)) {
      throw new DomainError(
        'FORBIDDEN',
        'Người dùng này có vai trò ở đơn vị ngoài phạm vi bạn quản lý nên bạn không sửa được.',
      );
    }
    // Nor a user holding a role the actor could not grant: re-passwording them would hand it over.
    if (grant.role === 'system_admin' && !actor.grants.some((g) => g.role === 'system_admin')) {
      throw new DomainError(
        'FORBIDDEN',
        'Người dùng này có vai trò quản trị hệ thống, cao hơn vai trò bạn cấp được, nên bạn không sửa được.',
      );
    }
  }
  if (input.roles) await checkGrants(ctx, actor, input.roles);
  if (input.active === false && id === actor.userId) {
    throw new DomainError('VALIDATION', 'Bạn không thể tự khóa tài khoản của mình.', [
      { path: 'active', message: 'Đang hoạt động: không thể tự khóa tài khoản của mình' },
    ]);
  }
  const now = ctx.now();
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  await ctx.db.transaction().execute(async (tx) => {
    const ok = await updateUserIfVersion(tx, id, input.version, { ...input, passwordHash }, now);
    if (!ok) throw conflictError('Người dùng');
    if (input.roles) await replaceRoles(tx, id, input.roles);
    if (passwordHash || input.active === false) await deleteSessionsOfUser(tx, id);
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        unitId: user.unitId,
        before: { fullName: user.fullName, active: user.active, roles: user.roles },
        after: {
          fullName: input.fullName ?? user.fullName,
          active: input.active ?? user.active,
          roles: input.roles ?? user.roles,
          passwordReset: Boolean(passwordHash),
        },
      },
      meta.ip,
    );
  });
  const updated = await findUser(ctx.db, id);
  if (!updated) throw notFoundError(USER);
  return publicUser(updated);
}

/** True when the database holds at least one account, or one of `usernames` when given. */
export async function hasAnyUser(ctx: ServiceContext, usernames?: readonly string[]): Promise<boolean> {
  if (!usernames) return anyUserExists(ctx.db);
  for (const username of usernames) if (await usernameExists(ctx.db, username)) return true;
  return false;
}
