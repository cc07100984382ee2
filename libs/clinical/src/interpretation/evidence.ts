/**
 * How well a clinical number is supported, as tagged in REFERENCE.md:
 * - `V` verified: seen in the primary source, an official document or an abstract;
 * - `S` secondary: seen only in a third-party page or public code; confirm before relying on it;
 * - `U` unverified: not confirmed in any retrieved source.
 */
export type Evidence = 'V' | 'S' | 'U';

/** Every editable clinical default (threshold, MCID, MDC, band) says where it comes from. */
export interface Sourced {
  /** Short citation, e.g. "Urhausen 2024 OJSM (Delaware-Oslo 10-year)". */
  source: string;
  evidence: Evidence;
  /** Anything a clinician should know before relying on the value. */
  note?: string;
}

/**
 * Freezes a default table all the way down, so a caller cannot change the shared defaults by
 * accident. A clinic that wants other values passes its own (edited copy of the) table.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
