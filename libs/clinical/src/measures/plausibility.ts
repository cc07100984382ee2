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
} satisfies Record<string, PlausibleRange>);
