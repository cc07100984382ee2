import type { Role, Permission } from './access.js';

export interface LoginRequest {
  email: string;
  password: string;
}

/** Returned by login and refresh. The refresh token is also set as an HttpOnly cookie for browsers. */
export interface TokenResponse {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: string;
  user: CurrentUser;
}

export interface CurrentUser {
  id: string;
  clinicId: string;
  clinicName: string;
  email: string;
  displayName: string;
  role: Role;
  permissions: Permission[];
}
