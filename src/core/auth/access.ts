import { DomainError, notFoundError } from '../errors/domain-error.ts';
import { type Permission, ROLE_PERMISSIONS, type Role } from './roles.ts';

/** A role granted on a unit; `unitPath` is the unit's materialized path ("/<root id>/<unit id>/"). */
export interface Grant {
  role: Role;
  unitId: string;
  unitPath: string;
}

/** Who is acting, as the rules need it; built by the server from the session. */
export interface Actor {
  userId: string;
  username: string;
  homeUnitId: string;
  grants: Grant[];
}

/** True when the grant's unit is the target unit or one of its ancestors. */
export function grantCovers(grant: Grant, unitPath: string): boolean {
  return unitPath.startsWith(grant.unitPath);
}

/** May the actor do `permission` on the unit at `unitPath`? Roles cover their unit's whole subtree. */
export function can(actor: Actor, permission: Permission, unitPath: string): boolean {
  return actor.grants.some((g) => grantCovers(g, unitPath) && ROLE_PERMISSIONS[g.role].includes(permission));
}

/** May the actor see anything of the unit at `unitPath`? */
export function canSee(actor: Actor, unitPath: string): boolean {
  return actor.grants.some((g) => grantCovers(g, unitPath));
}

/**
 * Throws unless the actor may do `permission` there. A unit outside every scope answers "not found"
 * (the user must not learn it exists); inside a scope but without the permission, "forbidden".
 */
export function assertCan(actor: Actor, permission: Permission, unitPath: string, what: string): void {
  if (can(actor, permission, unitPath)) return;
  if (!canSee(actor, unitPath)) throw notFoundError(what);
  throw new DomainError('FORBIDDEN', `Bạn không có quyền thực hiện thao tác này với ${what}.`);
}

/**
 * The smallest set of subtree paths where the actor holds `permission`, for filtering lists in SQL
 * (a path inside another one is dropped).
 */
export function scopePaths(actor: Actor, permission: Permission): string[] {
  const paths = actor.grants
    .filter((g) => ROLE_PERMISSIONS[g.role].includes(permission))
    .map((g) => g.unitPath);
  const unique = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return unique.filter((p, i) => !unique.slice(0, i).some((q) => p.startsWith(q)));
}
