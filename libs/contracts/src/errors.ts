/** The single error shape every API failure is returned in. */
export interface FieldIssue {
  /** Dotted path of the offending input field, e.g. `dateOfBirth` or `concomitantInjuries.1`. */
  field: string;
  issue: string;
}

export interface ApiError {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: FieldIssue[];
  correlationId: string;
}

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'INVALID_REFRESH_TOKEN',
  'FORBIDDEN',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'PATIENT_NOT_FOUND',
  'EPISODE_NOT_FOUND',
  'USER_NOT_FOUND',
  'ASSESSMENT_NOT_FOUND',
  'MEASUREMENT_NOT_FOUND',
  'QUESTIONNAIRE_NOT_FOUND',
  'EXERCISE_NOT_FOUND',
  'PROTOCOL_NOT_FOUND',
  'PROTOCOL_VERSION_NOT_FOUND',
  'PROGRAMME_NOT_FOUND',
  'PROGRAMME_EXISTS',
  'PROTOCOL_VERSION_IN_USE',
  'SEEDED_READ_ONLY',
  'CRITERIA_NOT_MET',
  'LAST_PHASE',
  'NOTE_NOT_FOUND',
  'NOTE_ALREADY_SIGNED',
  'NOTE_NOT_SIGNED',
  'NO_SIGNED_NOTE',
  'NOT_CURRENT',
  'RECORD_NUMBER_TAKEN',
  'EMAIL_TAKEN',
  'VERSION_CONFLICT',
  'ARCHIVED',
  'CANNOT_CHANGE_OWN_ACCOUNT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
