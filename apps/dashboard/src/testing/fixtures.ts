import {
  ROLE_PERMISSIONS,
  type ApiError,
  type CurrentUser,
  type Episode,
  type Page,
  type Patient,
  type Role,
  type TokenResponse,
  type User,
} from '@proprio/contracts';

/** Test data in the exact shapes the API returns. */

export function currentUser(role: Role = 'therapist', overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: `user-${role}`,
    clinicId: 'clinic-1',
    clinicName: 'Riverside Physio',
    email: `${role}@proprio.example`,
    displayName: `Test ${role}`,
    role,
    permissions: [...ROLE_PERMISSIONS[role]],
    ...overrides,
  };
}

export function tokenResponse(accessToken = 'access-1', role: Role = 'therapist'): TokenResponse {
  return {
    accessToken,
    tokenType: 'Bearer',
    expiresIn: 900,
    refreshToken: 'refresh-cookie-value',
    refreshExpiresAt: '2026-12-31T00:00:00.000Z',
    user: currentUser(role),
  };
}

export function patient(overrides: Partial<Patient> = {}): Patient {
  return {
    id: 'p-1',
    recordNumber: 'MRN-001',
    givenName: 'Ada',
    familyName: 'Lovelace',
    dateOfBirth: '1990-06-15',
    sex: 'female',
    email: null,
    phone: null,
    archived: false,
    archivedAt: null,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function episode(overrides: Partial<Episode> = {}): Episode {
  return {
    id: 'e-1',
    patientId: 'p-1',
    condition: 'acl_reconstruction',
    involvedSide: 'left',
    injuryDate: '2026-01-10',
    surgeryDate: '2026-02-01',
    graftType: 'hamstring_autograft',
    concomitantInjuries: [],
    sport: 'Football',
    preInjuryTegner: 7,
    status: 'active',
    archived: false,
    archivedAt: null,
    createdAt: '2026-01-11T10:00:00.000Z',
    updatedAt: '2026-01-11T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function user(overrides: Partial<User> = {}): User {
  return {
    id: 'u-2',
    email: 'assistant@proprio.example',
    displayName: 'Sam Assistant',
    role: 'assistant',
    disabled: false,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function page<T>(items: T[], total = items.length, limit = 20, offset = 0): Page<T> {
  return { items, total, limit, offset };
}

export function apiError(overrides: Partial<ApiError> & Pick<ApiError, 'statusCode' | 'code'>): ApiError {
  return { message: 'Request failed', correlationId: 'corr-123', ...overrides };
}
