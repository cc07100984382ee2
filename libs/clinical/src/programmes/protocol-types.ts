import type { Evidence } from '../interpretation/evidence.js';
import type { Criterion } from '../criteria/evaluate-criteria.js';
import type { Dosage, ProgressionSettings } from './vocabulary.js';

/**
 * A protocol version's content, stored as data (REFERENCE §2.5). Phases are ordered; their timing is
 * advisory only, progression is gated by the exit criteria. Exercises are referenced by library id.
 */
export interface ProtocolDefinition {
  phases: ProtocolPhase[];
  /** Return-to-sport criteria sets (Delaware-Oslo, Kyritsis, a clinic's own); a programme picks one. */
  returnToSportSets: CriteriaSet[];
}

export interface ProtocolPhase {
  /** Stable key, lower-case letters, digits and underscores (e.g. `preop`, `p1`). */
  key: string;
  name: string;
  /** Typical weeks since surgery, advisory; negative before surgery, null = open-ended. */
  typicalWeeks: { from: number | null; to: number | null };
  /** True for the phase that starts before surgery; a programme starts here when there is no surgery yet. */
  preoperative: boolean;
  /**
   * When true, the exit gate of this phase is the return-to-sport set the programme chose, and
   * `exitCriteria` must be empty.
   */
  returnToSportGate: boolean;
  exitCriteria: ProtocolCriterion[];
  exercises: PhaseExercise[];
  /** Free guidance shown to the therapist (entry notes, cautions). */
  guidance: string | null;
}

/** An exit criterion with its provenance. A bonus criterion is shown but does not gate. */
export interface ProtocolCriterion extends Criterion {
  evidence: Evidence | null;
  source: string | null;
  bonus: boolean;
  /** Optional; when given it must equal the measure's unit, to catch a threshold typed in the wrong unit. */
  unit?: string | null;
}

export interface CriteriaSet {
  /** Stable key, e.g. `delaware`, `kyritsis`, `clinic`. */
  key: string;
  name: string;
  evidence: Evidence | null;
  source: string | null;
  criteria: ProtocolCriterion[];
}

export interface PhaseExercise {
  exerciseId: string;
  dosage: Dosage;
  progression: ProgressionSettings;
  notes: string | null;
}

/** One exercise of a patient's current prescription. `id` is stable across edits of the programme. */
export interface PrescribedExercise {
  id: string;
  exerciseId: string;
  dosage: Dosage;
  progression: ProgressionSettings;
  notes: string | null;
}

/** One difference between two prescriptions, for the programme history (see diffPrescriptions). */
export type PrescriptionChange =
  | { kind: 'added'; itemId: string; exerciseId: string; after: PrescribedExercise }
  | { kind: 'removed'; itemId: string; exerciseId: string; before: PrescribedExercise }
  | {
      kind: 'changed';
      itemId: string;
      exerciseId: string;
      /** Dotted paths such as `dosage.reps`, `progression.surface`, `notes`, `exerciseId`. */
      fields: { field: string; before: unknown; after: unknown }[];
    };
