import type {
  CriteriaEvaluation,
  Dosage,
  Equipment,
  PrescribedExercise,
  PrescriptionChange,
  ProgressionSettings,
} from '@proprio/clinical';

/**
 * A programme: one protocol version assigned to an episode, personalised for the patient.
 *
 * - `POST /api/v1/episodes/{id}/programme` (programme:write) assigns; 409 PROGRAMME_EXISTS when the
 *   episode has one. The start phase follows the episode: the pre-operative phase while surgery has not
 *   happened, else the first post-operative phase, unless `startPhaseKey` says otherwise.
 * - `GET /api/v1/episodes/{id}/programme` → Programme (404 PROGRAMME_NOT_FOUND when none).
 * - `PUT /api/v1/episodes/{id}/programme` (programme:write, with `version`) replaces the prescription;
 *   the change is kept as a revision.
 * - `GET /api/v1/episodes/{id}/programme/history` → ProgrammeHistory (revisions with diffs, transitions).
 * - `GET /api/v1/episodes/{id}/programme/progression` → Progression (the current phase's gate).
 * - `POST /api/v1/episodes/{id}/programme/advance` (programme:advance) → Programme; without every exit
 *   criterion met it needs `overrideReason`, else 409 CRITERIA_NOT_MET; in the last phase 409 LAST_PHASE.
 * - `GET /api/v1/episodes/{id}/programme/readiness?set=delaware` → Readiness for a return-to-sport set.
 */
export interface PrescribedExerciseView extends PrescribedExercise {
  exerciseName: string;
}

export interface Programme {
  id: string;
  episodeId: string;
  protocolId: string;
  protocolTitle: string;
  protocolVersionId: string;
  protocolVersionNumber: number;
  /** The responsible therapist, whose caseload the episode is in. */
  therapistId: string;
  currentPhaseKey: string;
  currentPhaseName: string;
  /** The day the current phase began (assignment or the last advance). */
  phaseStartedOn: string;
  returnToSportSetKey: string;
  equipment: Equipment[];
  items: PrescribedExerciseView[];
  /** The number of the latest revision of the prescription (1 at assignment). */
  revision: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface AssignProgrammeRequest {
  protocolVersionId: string;
  /** What the patient has to train with; the starting exercises are chosen to fit it. */
  equipment: Equipment[];
  startPhaseKey?: string;
  returnToSportSetKey?: string;
  therapistId?: string;
}

export interface PrescribedExerciseRequest {
  /** The item's id when it is already in the programme; omitted for an added exercise. */
  id?: string;
  exerciseId: string;
  dosage: Dosage;
  progression?: ProgressionSettings;
  notes?: string | null;
}

export interface UpdateProgrammeRequest {
  version: number;
  items: PrescribedExerciseRequest[];
  equipment?: Equipment[];
  returnToSportSetKey?: string;
  therapistId?: string;
  /** Why the programme changed, kept with the revision. */
  reason?: string | null;
}

export interface ProgrammeRevision {
  number: number;
  changedAt: string;
  changedBy: string;
  /** assigned, edited, phase_advanced */
  kind: 'assigned' | 'edited' | 'phase_advanced';
  reason: string | null;
  phaseKey: string;
  items: PrescribedExerciseView[];
  /** What changed against the previous revision (empty for the first). */
  changes: PrescriptionChange[];
}

export interface PhaseTransition {
  id: string;
  fromPhaseKey: string;
  toPhaseKey: string;
  transitionedAt: string;
  transitionedBy: string;
  /** Set when the therapist advanced without every criterion met. */
  overrideReason: string | null;
  /** The evaluation as it was at the moment of the advance. */
  criteria: CriteriaEvaluation;
}

export interface ProgrammeHistory {
  revisions: ProgrammeRevision[];
  transitions: PhaseTransition[];
}

export interface PhaseSummary {
  key: string;
  name: string;
  typicalWeeks: { from: number | null; to: number | null };
  status: 'done' | 'current' | 'upcoming';
}

export interface Progression {
  currentPhase: PhaseSummary;
  nextPhase: PhaseSummary | null;
  /** Every phase in order, for the timeline. */
  phases: PhaseSummary[];
  /** The gate of the current phase; for the return-to-sport phase, the chosen set. */
  evaluation: CriteriaEvaluation;
  weeksSinceSurgery: number | null;
  asOf: string;
}

export interface AdvancePhaseRequest {
  version: number;
  /** Required when not every exit criterion is met; kept with the transition. */
  overrideReason?: string | null;
}

export interface Readiness {
  setKey: string;
  setName: string;
  evaluation: CriteriaEvaluation;
  asOf: string;
}
