import { checkNumber } from '../validation/checks.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';
import { PLAUSIBLE_RANGES, type PlausibleRange } from './plausibility.js';

/**
 * Quadriceps (extensor) lag in degrees: the difference between passive and active knee extension,
 * e.g. on a straight-leg raise. 0 = no lag; never negative.
 */
export function validateQuadricepsLag(
  degrees: number,
  range: PlausibleRange = PLAUSIBLE_RANGES.quadricepsLagDeg,
): Result<number> {
  const issues: Issue[] = [];
  const value = checkNumber(
    degrees,
    'quadricepsLagDeg',
    (n) => n >= range.min && n <= range.max,
    `a lag in degrees from ${range.min} to ${range.max}`,
    issues,
  );
  return value === null ? fail(issues) : ok(value);
}
