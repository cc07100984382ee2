import {
  ROLE_PERMISSIONS,
  type ApiError,
  type Assessment,
  type CurrentUser,
  type Episode,
  type Measurement,
  type Page,
  type Patient,
  type PromTrend,
  type QuestionnaireResponse,
  type Role,
  type SymmetryTrend,
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
    professionalTitle: null,
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

export function measurement(overrides: Partial<Measurement> = {}): Measurement {
  return {
    id: 'm-1',
    assessmentId: 'a-1',
    type: 'hop_single',
    input: { trials: { involved: [120, 124], uninvolved: [150, 146] }, aggregation: 'mean' },
    result: {},
    lsi: 82.43243243243244,
    epic: null,
    status: 'current',
    supersedesId: null,
    changeReason: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    createdBy: 'user-therapist',
    voidedAt: null,
    ...overrides,
  };
}

export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a-1',
    episodeId: 'e-1',
    performedOn: '2026-03-01',
    baseline: false,
    testerId: 'user-therapist',
    bodyMassKg: null,
    notes: null,
    measurements: [measurement()],
    createdAt: '2026-03-01T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function symmetryTrend(overrides: Partial<SymmetryTrend> = {}): SymmetryTrend {
  return {
    type: 'hop_single',
    label: 'Single hop for distance',
    mdc90: 12.96,
    points: [
      {
        date: '2026-01-20',
        assessmentId: 'a-0',
        measurementId: 'm-0',
        baseline: true,
        lsi: 95,
        epic: null,
        method: 'mean',
        changeFromPrevious: null,
        withinMeasurementError: null,
      },
      {
        date: '2026-03-01',
        assessmentId: 'a-1',
        measurementId: 'm-1',
        baseline: false,
        lsi: 82.43243243243244,
        epic: 78.94736842105263,
        method: 'mean',
        changeFromPrevious: -12.567567567567565,
        withinMeasurementError: true,
      },
    ],
    ...overrides,
  };
}

export function questionnaireResponse(overrides: Partial<QuestionnaireResponse> = {}): QuestionnaireResponse {
  return {
    id: 'q-1',
    episodeId: 'e-1',
    instrument: 'koos',
    completedOn: '2026-03-01',
    answers: { P1: 0, P2: 1, P3: 1, P4: 2, P5: 0, P6: 1, P7: 0, P8: 0, P9: 1 },
    options: { koosMissingItemRule: '2012' },
    result: {},
    scores: { pain: 83.33333333333333, symptoms: null, adl: null, sport: null, qol: null },
    status: 'current',
    supersedesId: null,
    changeReason: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    createdBy: 'user-therapist',
    voidedAt: null,
    ...overrides,
  };
}

export function promTrend(overrides: Partial<PromTrend> = {}): PromTrend {
  return {
    instrument: 'koos',
    label: 'KOOS',
    points: [
      { date: '2026-01-20', responseId: 'q-0', scores: { pain: 70, symptoms: 60, adl: 80, sport: 40, qol: 30 } },
      {
        date: '2026-03-01',
        responseId: 'q-1',
        scores: { pain: 83.3, symptoms: 71.4, adl: 91.2, sport: 55, qol: 43.8 },
      },
    ],
    ...overrides,
  };
}
