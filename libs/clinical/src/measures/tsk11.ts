import { checkNumber, isRecord } from '../validation/checks.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';

/**
 * Tampa Scale for Kinesiophobia, 11-item version (TSK-11), recorded as its total: 11 items scored
 * 1–4, so 11 (least fear of movement) to 44; lower is better. The Melbourne phase-4 rule "11–18 =
 * pass" is [S] only (REFERENCE §2.5). The item structure is not in REFERENCE [U].
 *
 * Proprio decision: TSK-11 is a measure type (the therapist enters the total), not a questionnaire
 * instrument, because adding an instrument needs a dashboard entry layout and a database change
 * outside this library. Its missing-item rule is unknown, so no partial total is accepted: the
 * therapist enters a total only when all 11 items were answered.
 */
export interface Tsk11Input {
  total: number;
}

export interface Tsk11Result {
  total: number;
}

export const TSK11_ITEM_COUNT = 11;
export const TSK11_MINIMUM = 11;
export const TSK11_MAXIMUM = 44;

export function computeTsk11(input: Tsk11Input): Result<Tsk11Result> {
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must give the TSK-11 total' }]);
  const issues: Issue[] = [];
  const total = checkNumber(
    input.total,
    'total',
    (n) => Number.isInteger(n) && n >= TSK11_MINIMUM && n <= TSK11_MAXIMUM,
    `a whole-number total from ${TSK11_MINIMUM} to ${TSK11_MAXIMUM} (all 11 items answered)`,
    issues,
  );
  return total === null ? fail(issues) : ok({ total });
}
