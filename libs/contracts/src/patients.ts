export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export interface Patient {
  id: string;
  recordNumber: string;
  givenName: string;
  familyName: string;
  /** ISO calendar date, YYYY-MM-DD. */
  dateOfBirth: string;
  sex: Sex;
  email: string | null;
  phone: string | null;
  archived: boolean;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-concurrency token: send it back unchanged with an update. */
  version: number;
}

export interface CreatePatientRequest {
  recordNumber: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: Sex;
  email?: string | null;
  phone?: string | null;
}

export type UpdatePatientRequest = Partial<CreatePatientRequest> & { version: number };

export const PATIENT_SORT_KEYS = ['familyName', 'recordNumber', 'createdAt', 'updatedAt'] as const;
export type PatientSortKey = (typeof PATIENT_SORT_KEYS)[number];

export interface PatientQuery {
  /** Matches given name, family name (either order) or record number. */
  q?: string;
  includeArchived?: boolean;
  sort?: PatientSortKey;
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}
