import { ROLE_PERMISSIONS, type CurrentUser, type Role } from '@proprio/contracts';

export interface CurrentUserSource {
  id: string;
  clinicId: string;
  clinicName: string;
  email: string;
  displayName: string;
  role: Role;
}

/**
 * The signed-in user as the dashboard sees it, with the permissions of their role. Fields are picked
 * one by one: callers pass entities, and nothing else of them (a password hash) may leak through.
 */
export function toCurrentUser(source: CurrentUserSource): CurrentUser {
  return {
    id: source.id,
    clinicId: source.clinicId,
    clinicName: source.clinicName,
    email: source.email,
    displayName: source.displayName,
    role: source.role,
    permissions: [...ROLE_PERMISSIONS[source.role]],
  };
}
