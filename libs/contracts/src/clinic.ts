/**
 * The signed-in user's clinic and its settings.
 *
 * - `GET   /api/v1/clinic` → Clinic (every role)
 * - `PATCH /api/v1/clinic` (clinic:manage, `version`) → Clinic
 */
export interface Clinic {
  id: string;
  name: string;
  /** Treatment visits after which a progress report is due (REFERENCE §6.2: 10). */
  progressNoteVisitInterval: number;
  /** Calendar days after which a progress report is due whatever the visit count; null: no calendar limit. */
  progressNoteDayLimit: number | null;
  version: number;
}

export interface UpdateClinicRequest {
  name?: string;
  progressNoteVisitInterval?: number;
  progressNoteDayLimit?: number | null;
  version: number;
}

export const PROGRESS_NOTE_VISIT_INTERVAL_RANGE = { min: 1, max: 60 } as const;
export const PROGRESS_NOTE_DAY_LIMIT_RANGE = { min: 1, max: 365 } as const;
export const CLINIC_NAME_MAX_LENGTH = 200;
