import { type Better } from './aggregate.js';

/**
 * Percentage of one value relative to another, oriented so that below 100 always means a deficit:
 * `numerator / denominator × 100` when higher is better, inverted when lower is better (times).
 * Null instead of Infinity/NaN: for non-finite or negative inputs, a zero denominator, a zero time,
 * or a result too large to represent. Never clamped: above 100% is meaningful.
 */
function orientedPercent(affected: number, reference: number, better: Better): number | null {
  if (!Number.isFinite(affected) || !Number.isFinite(reference) || affected < 0 || reference < 0) return null;
  const [numerator, denominator] = better === 'higher' ? [affected, reference] : [reference, affected];
  // A time of 0 s is not a measurement; for higher-is-better only the denominator must be non-zero.
  if (denominator === 0 || (better === 'lower' && numerator === 0)) return null;
  const percent = (numerator * 100) / denominator;
  if (Number.isFinite(percent)) return percent;
  const fallback = (numerator / denominator) * 100;
  return Number.isFinite(fallback) ? fallback : null;
}

/**
 * Limb symmetry index, in percent (REFERENCE §1.2):
 * - higher is better (distance, height, strength, repetitions): `involved / uninvolved × 100`;
 * - lower is better (timed tests): `uninvolved / involved × 100`, so a slower involved limb is below 100.
 *
 * Both values must come from the same aggregation rule (mean or best). Returns null rather than
 * Infinity or NaN (see the guards above); never clamped, so 105% stays 105%.
 */
export function limbSymmetryIndex(involved: number, uninvolved: number, better: Better = 'higher'): number | null {
  return orientedPercent(involved, uninvolved, better);
}

/**
 * EPIC, estimated pre-injury capacity (Wellsandt 2017, REFERENCE §1.4): the involved limb now relative
 * to the uninvolved limb measured before surgery, with the same direction rule and guards as the LSI.
 */
export function estimatedPreInjuryCapacity(
  involvedNow: number,
  uninvolvedBaseline: number,
  better: Better = 'higher',
): number | null {
  return orientedPercent(involvedNow, uninvolvedBaseline, better);
}
