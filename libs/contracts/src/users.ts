import type { Role } from './access.js';

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface CreateUserRequest {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

export interface UpdateUserRequest {
  displayName?: string;
  role?: Role;
  disabled?: boolean;
  version: number;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** Password rules (ASVS 6.2): length, not composition. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
