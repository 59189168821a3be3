import type { CurrentUser } from '../../shared/api/auth.ts';
import { type Permission, ROLE_PERMISSIONS } from '../../shared/api/roles.ts';

/** Looks up a unit's parent; null at the root or when the unit is unknown. */
export type ParentOf = (unitId: string) => string | null;

/**
 * Whether the user holds `permission` on `unitId` (a role granted on a unit covers its whole subtree),
 * or anywhere at all when no unit is given. The server decides for real; this only hides buttons.
 */
export function hasPermission(
  user: CurrentUser,
  permission: Permission,
  unitId?: string,
  parentOf: ParentOf = () => null,
): boolean {
  const grantUnits = new Set(
    user.roles.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission)).map((g) => g.unitId),
  );
  if (grantUnits.size === 0) return false;
  if (unitId === undefined) return true;
  const seen = new Set<string>();
  for (let id: string | null = unitId; id !== null && !seen.has(id); id = parentOf(id)) {
    if (grantUnits.has(id)) return true;
    seen.add(id);
  }
  return false;
}

/** Whether the user administers the whole installation (Cài đặt). The server decides for real. */
export function isSystemAdmin(user: CurrentUser): boolean {
  return user.roles.some((g) => g.role === 'system_admin');
}
