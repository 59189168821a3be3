import { type Actor, assertCan } from '../../../core/auth/access.ts';
import type { Permission } from '../../../core/auth/roles.ts';
import { notFoundError } from '../../../core/errors/domain-error.ts';
import type { Db } from '../../db/database.ts';
import { findUnitById, type UnitRow } from './units.repo.ts';

/** An entity owned by a unit, as the access check reads it. */
export interface Owned<T> {
  /** Reads the entity; null when it does not exist. */
  load(): Promise<T | null | undefined>;
  /** The materialized path of the unit that owns it. */
  unitPath(found: T): string;
  /** The entity as the messages name it: "hội nghị này". */
  what: string;
  /** The "not found" wording, when it differs from `what` (a missing "đơn vị" of a form). */
  missing?: string;
}

/**
 * The entity, when the actor may do `permission` on the unit that owns it. Missing, or owned by a unit
 * outside every scope of the actor: 404 (the user must not learn it exists); inside a scope without
 * the permission: 403. Every feature checks access to its records through this one function.
 */
export async function authorize<T>(actor: Actor, permission: Permission, owned: Owned<T>): Promise<T> {
  const found = await owned.load();
  if (found === null || found === undefined) throw notFoundError(owned.missing ?? owned.what);
  assertCan(actor, permission, owned.unitPath(found), owned.what);
  return found;
}

/** The unit itself, when the actor may do `permission` on it: 404 outside their scope, 403 inside. */
export function authorizeUnit(
  db: Db,
  actor: Actor,
  unitId: string,
  permission: Permission,
  what = 'đơn vị này',
  missing = what,
): Promise<UnitRow> {
  return authorize(actor, permission, {
    load: () => findUnitById(db, unitId),
    unitPath: (u) => u.path,
    what,
    missing,
  });
}
