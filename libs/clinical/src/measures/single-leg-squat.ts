import { checkChoice, checkNumber, isMissing, isRecord } from '../validation/checks.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';
import { PLAUSIBLE_RANGES, type PlausibleRange } from './plausibility.js';

/**
 * Single-leg squat quality (Melbourne 2.0 phase-2 exit criterion, REFERENCE §2.5 and §5 row 18 [S]):
 * 5 slow repetitions off a 20 cm box, rated by the therapist as poor, fair or good. The ratings are
 * ordered worst to best, so a criterion such as "rating ≥ fair" compares their rank.
 */
export type SingleLegSquatRating = 'poor' | 'fair' | 'good';

/** Worst to best. */
export const SINGLE_LEG_SQUAT_RATINGS: readonly SingleLegSquatRating[] = ['poor', 'fair', 'good'];

export interface SingleLegSquatInput {
  rating: SingleLegSquatRating;
  /** Repetitions performed, when recorded (the Melbourne test uses 5). */
  reps?: number | null;
}

export interface SingleLegSquatResult {
  rating: SingleLegSquatRating;
  reps: number | null;
}

export function computeSingleLegSquat(
  input: SingleLegSquatInput,
  range: PlausibleRange = PLAUSIBLE_RANGES.enduranceReps,
): Result<SingleLegSquatResult> {
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must give the single-leg squat rating' }]);
  const issues: Issue[] = [];
  const rating = checkChoice(input.rating, 'rating', SINGLE_LEG_SQUAT_RATINGS, issues);
  const minimum = Math.max(1, range.min);
  const reps = isMissing(input.reps)
    ? null
    : checkNumber(
        input.reps,
        'reps',
        (n) => Number.isInteger(n) && n >= minimum && n <= range.max,
        `a whole number of repetitions from ${minimum} to ${range.max}`,
        issues,
      );
  if (issues.length > 0 || rating === null) return fail(issues);
  return ok({ rating, reps });
}
