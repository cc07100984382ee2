import { deepFreeze, type Sourced } from '../interpretation/evidence.js';

export interface PlausibleRange extends Sourced {
  /** Inclusive bounds. */
  min: number;
  max: number;
}

/**
 * Data-entry plausibility bounds: values outside them are almost certainly typing errors and are
 * rejected with an issue. They are **not** clinical thresholds and come from no study (hence `U`);
 * a clinic can pass wider ones.
 */
export const PLAUSIBLE_RANGES = deepFreeze({
  extensionDeficitDeg: {
    min: -30,
    max: 90,
    source: 'Proprio data-entry bound, not from the literature',
    evidence: 'U',
    note: 'Negative = hyperextension; 30° of hyperextension or a 90° extension deficit are treated as the limits.',
  },
  flexionDeg: {
    min: 0,
    max: 180,
    source: 'Proprio data-entry bound (geometric limit), not from the literature',
    evidence: 'U',
  },
  quadricepsLagDeg: {
    min: 0,
    max: 90,
    source: 'Proprio data-entry bound, not from the literature',
    evidence: 'U',
  },
  heelHeightDifferenceCm: {
    min: 0,
    max: 40,
    source: 'Proprio data-entry bound, not from the literature',
    evidence: 'U',
    note: 'About 1 cm per degree of extension deficit (Melbourne transcription [S]), so 40 cm is far beyond any real deficit.',
  },
  enduranceReps: {
    min: 0,
    max: 200,
    source: 'Proprio data-entry bound, not from the literature',
    evidence: 'U',
    note: 'Repetitions to fatigue (single-leg bridge, calf raise, single-leg rise); the Melbourne targets are 10–22.',
  },
  enduranceSeconds: {
    min: 0,
    max: 600,
    source: 'Proprio data-entry bound, not from the literature',
    evidence: 'U',
    note: 'Seconds held (side bridge, single-leg stance); the Melbourne targets are 30–43 s.',
  },
  legPressKg: {
    min: 0,
    max: 1000,
    source: 'Proprio data-entry bound, not from the literature',
    evidence: 'U',
    note: 'Single-leg leg press one-repetition maximum in kilograms; must be above 0.',
  },
} satisfies Record<string, PlausibleRange>);
