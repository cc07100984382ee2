import type { Instrument, MeasureType } from '@proprio/clinical';

/** A measurement's place in its correction history: only `current` values count. */
export const MEASUREMENT_STATUSES = ['current', 'superseded', 'voided'] as const;
export type RecordStatus = (typeof MEASUREMENT_STATUSES)[number];

export interface MeasurementRequest {
  type: MeasureType;
  /** The raw values as the measure defines them (every trial, per limb, with test conditions). */
  input: Record<string, unknown>;
}

export interface CreateAssessmentRequest {
  /** ISO calendar date of the test session; not in the future. */
  performedOn: string;
  /** A pre-operative baseline session: its uninvolved-limb values are the reference for EPIC. */
  baseline?: boolean;
  /** Who tested; defaults to the signed-in user. */
  testerId?: string;
  bodyMassKg?: number | null;
  notes?: string | null;
  measurements: MeasurementRequest[];
}

export interface Measurement {
  id: string;
  assessmentId: string;
  type: MeasureType;
  input: Record<string, unknown>;
  /** Everything the clinical library derived from the input, recomputed by the server. */
  result: unknown;
  lsi: number | null;
  /** Against the episode's latest baseline session on or before this one; null without one. */
  epic: number | null;
  status: RecordStatus;
  /** The measurement this one corrected, if it is an amendment. */
  supersedesId: string | null;
  /** Why it was amended (on the new value) or voided. */
  changeReason: string | null;
  createdAt: string;
  createdBy: string;
  voidedAt: string | null;
}

export interface Assessment {
  id: string;
  episodeId: string;
  performedOn: string;
  baseline: boolean;
  testerId: string;
  bodyMassKg: number | null;
  notes: string | null;
  /** Every value with its history: current, superseded and voided. */
  measurements: Measurement[];
  createdAt: string;
  version: number;
}

export interface AmendMeasurementRequest {
  reason: string;
  input: Record<string, unknown>;
}

export interface VoidRequest {
  reason: string;
}

export interface SymmetryPoint {
  date: string;
  assessmentId: string;
  measurementId: string;
  baseline: boolean;
  lsi: number | null;
  epic: number | null;
  /** How the value was obtained (e.g. 'mean', 'best', or a strength set-up). */
  method: string | null;
  /**
   * LSI points since the previous session of the same test measured the same way; null for the
   * first, or when the previous one used another method (mean vs best, another device).
   */
  changeFromPrevious: number | null;
  /** True when that change is smaller than the test's minimal detectable change. */
  withinMeasurementError: boolean | null;
}

export interface SymmetryTrend {
  type: MeasureType;
  label: string;
  mdc90: number | null;
  points: SymmetryPoint[];
}

export interface CreateQuestionnaireRequest {
  instrument: Instrument;
  completedOn: string;
  /** Item id → answer, as the instrument defines them; unanswered items may be left out or null. */
  answers: Record<string, unknown>;
  options?: { koosMissingItemRule?: '2012' | '1998' };
}

export interface QuestionnaireResponse {
  id: string;
  episodeId: string;
  instrument: Instrument;
  completedOn: string;
  answers: Record<string, unknown>;
  options: { koosMissingItemRule?: '2012' | '1998' };
  result: unknown;
  /** Scores by scale (`total` for single-scale instruments); null where too few items were answered. */
  scores: Record<string, number | null>;
  status: RecordStatus;
  supersedesId: string | null;
  changeReason: string | null;
  createdAt: string;
  createdBy: string;
  voidedAt: string | null;
}

export interface AmendQuestionnaireRequest {
  reason: string;
  answers: Record<string, unknown>;
  options?: { koosMissingItemRule?: '2012' | '1998' };
}

export interface PromTrend {
  instrument: Instrument;
  label: string;
  points: { date: string; responseId: string; scores: Record<string, number | null> }[];
}
