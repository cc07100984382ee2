import type { Role } from './access.js';

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** Professional identification printed with the user's signature, e.g. "PT, DPT"; null: none given. */
  professionalTitle: string | null;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface CreateUserRequest {
  email: string;
  displayName: string;
  role: Role;
  /** Trimmed; empty or left out: none. */
  professionalTitle?: string | null;
  password: string;
}

export interface UpdateUserRequest {
  displayName?: string;
  role?: Role;
  /** Trimmed; empty or null clears it. */
  professionalTitle?: string | null;
  disabled?: boolean;
  version: number;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** Professional identification with a signature (REFERENCE §6.2), e.g. "PT, DPT" or "PTA". */
export const PROFESSIONAL_TITLE_MAX_LENGTH = 60;

/** Password rules (ASVS 6.2): length, not composition. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
