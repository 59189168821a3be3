/** The roles of product.md; each is granted on a unit and covers that unit's whole subtree. */
export const ROLES = [
  'system_admin',
  'unit_admin',
  'emulation_officer',
  'leader',
  'council_member',
  'department',
  'nominator',
  'checkin',
] as const;

export type Role = (typeof ROLES)[number];

/** How a role is named on screen. */
export const ROLE_LABELS: Record<Role, string> = {
  system_admin: 'Quản trị hệ thống',
  unit_admin: 'Quản trị đơn vị',
  emulation_officer: 'Cán bộ thi đua, khen thưởng',
  leader: 'Lãnh đạo Ủy ban nhân dân',
  council_member: 'Thành viên Hội đồng Thi đua - Khen thưởng',
  department: 'Phòng ban được giao nhiệm vụ',
  nominator: 'Cơ quan, đơn vị đề cử',
  checkin: 'Người điểm danh',
};

export const PERMISSIONS = [
  'unit.read',
  'unit.manage',
  'conference.read',
  'conference.manage',
  'conference.approve',
  'user.manage',
  'audit.read',
  'template.manage',
  'nomination.submit',
  'nomination.review',
  'personal.read',
  'reference.manage',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** What each role may do inside its subtree. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  system_admin: PERMISSIONS,
  unit_admin: [
    'unit.read',
    'unit.manage',
    'conference.read',
    'conference.manage',
    'conference.approve',
    'user.manage',
    'audit.read',
    'template.manage',
    'nomination.submit',
    'nomination.review',
    'personal.read',
    'reference.manage',
  ],
  emulation_officer: [
    'unit.read',
    'conference.read',
    'conference.manage',
    'template.manage',
    'nomination.submit',
    'nomination.review',
    'personal.read',
  ],
  leader: ['unit.read', 'conference.read', 'conference.approve'],
  council_member: ['unit.read', 'conference.read'],
  department: ['unit.read', 'conference.read'],
  nominator: ['unit.read', 'nomination.submit'],
  checkin: ['unit.read', 'conference.read'],
};
