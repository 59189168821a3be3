/** Roles and permissions are domain rules; the API and the web share them from here. */
export {
  PERMISSIONS,
  type Permission,
  ROLE_LABELS,
  ROLE_PERMISSIONS,
  ROLES,
  type Role,
} from '../../core/auth/roles.ts';
