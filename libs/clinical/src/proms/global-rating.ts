import { isMissing } from '../validation/checks.js';
import { fail, ok, type Result } from '../validation/result.js';
import { type ScaleScore } from './items.js';

/**
 * Global rating scale of perceived knee function (GRS; REFERENCE §3.8): one rating from 0 (complete
 * loss of function) to 100 (pre-injury level). Proprio accepts whole numbers only (Proprio decision:
 * the rating is asked as a number from 0 to 100). Null or undefined means not answered.
 */
export function scoreGlobalRating(value: number | null | undefined): Result<ScaleScore> {
  const base = { answered: 0, required: 1, itemCount: 1 };
  if (isMissing(value)) {
    return ok({ ...base, score: null, reason: 'insufficient items: the rating was not answered' });
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
    return fail([{ field: 'rating', issue: 'must be an integer from 0 to 100' }]);
  }
  return ok({ ...base, answered: 1, score: value, reason: null });
}
