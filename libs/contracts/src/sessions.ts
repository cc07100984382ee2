/**
 * Treatment sessions (visits).
 *
 * - `POST /api/v1/episodes/{id}/sessions` (session:write) → TreatmentSession.
 * - `GET /api/v1/episodes/{id}/sessions?limit&offset` → SessionPage (newest first).
 */
export interface SessionExercise {
  /** The programme item done, when it came from the programme. */
  programmeItemId: string | null;
  exerciseId: string;
  exerciseName: string;
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  loadKg: number | null;
  notes: string | null;
}

export interface TreatmentSession {
  id: string;
  episodeId: string;
  performedOn: string;
  /** 0–10 numeric rating. */
  pain: number | null;
  /** 0–10 (modified Borg CR10). */
  rpe: number | null;
  notes: string | null;
  exercises: SessionExercise[];
  recordedBy: string;
  createdAt: string;
}

export type SessionExerciseRequest = Omit<SessionExercise, 'exerciseName' | 'programmeItemId' | 'notes'> & {
  programmeItemId?: string | null;
  notes?: string | null;
};

export interface CreateSessionRequest {
  performedOn: string;
  pain?: number | null;
  rpe?: number | null;
  notes?: string | null;
  exercises: SessionExerciseRequest[];
}

export interface SessionPage {
  items: TreatmentSession[];
  total: number;
  limit: number;
  offset: number;
  /**
   * Visits after the period of the episode's last signed progress report (or discharge summary); every
   * visit before the first one. The notes list's `progress` has the full reminder (day limit, due).
   */
  visitsSinceLastProgressNote: number;
  /** The clinic's setting: a progress note is due at this many visits. */
  progressNoteInterval: number;
  /**
   * Whether a progress report is due now: at `progressNoteInterval` visits, or earlier when the clinic's
   * calendar-day limit is reached. Use this rather than comparing the visits with the interval.
   */
  progressNoteDue: boolean;
}
