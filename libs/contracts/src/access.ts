/**
 * Roles and permissions, shared by the API (which enforces them) and the dashboard (which hides what
 * the API would refuse). Adding a permission here and to a role is the only way to grant access.
 */
export const ROLES = ['admin', 'therapist', 'assistant'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'patient:read',
  'patient:write',
  'patient:archive',
  'episode:read',
  'episode:write',
  'user:read',
  'user:manage',
  'clinic:manage',
  'measure:write',
  'session:write',
  'library:read',
  'library:write',
  'programme:write',
  'programme:advance',
  'note:write',
  'note:sign',
  'export:read',
  'audit:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const CLINICAL_READ: readonly Permission[] = ['patient:read', 'episode:read', 'export:read', 'library:read'];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  // A clinic admin manages people and configuration; they also see and maintain patient records
  // (registration is often done at the front desk), but do not sign notes or advance phases.
  admin: [
    ...CLINICAL_READ,
    'patient:write',
    'patient:archive',
    'episode:write',
    'user:read',
    'user:manage',
    'clinic:manage',
    'library:write',
    'audit:read',
  ],
  therapist: [
    ...CLINICAL_READ,
    'patient:write',
    'patient:archive',
    'episode:write',
    'user:read',
    'measure:write',
    'session:write',
    'library:write',
    'programme:write',
    'programme:advance',
    'note:write',
    'note:sign',
  ],
  // Assistants record and draft; they cannot sign notes, advance phases or archive records.
  assistant: [...CLINICAL_READ, 'patient:write', 'episode:write', 'measure:write', 'session:write', 'note:write'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
