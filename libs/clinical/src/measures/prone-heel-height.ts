import { checkNumber, isRecord } from '../validation/checks.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';
import { PLAUSIBLE_RANGES, type PlausibleRange } from './plausibility.js';

/**
 * Prone hang heel-height difference (Melbourne 2.0 phase-2 exit criterion, REFERENCE §2.5 [S]): the
 * patient lies prone with both legs hanging off the end of the plinth, and the therapist measures
 * how much higher the involved heel rests than the uninvolved one, in centimetres. 0 = level heels
 * (symmetric extension); about 1 cm per degree of extension deficit [S]. Recorded as 0 when the
 * involved heel is level with or lower than the other, so the value is never negative.
 */
export interface ProneHeelHeightInput {
  differenceCm: number;
}

export interface ProneHeelHeightResult {
  differenceCm: number;
}

export function computeProneHeelHeight(
  input: ProneHeelHeightInput,
  range: PlausibleRange = PLAUSIBLE_RANGES.heelHeightDifferenceCm,
): Result<ProneHeelHeightResult> {
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must give the heel-height difference in cm' }]);
  const issues: Issue[] = [];
  const differenceCm = checkNumber(
    input.differenceCm,
    'differenceCm',
    (n) => n >= range.min && n <= range.max,
    `a heel-height difference in centimetres from ${range.min} to ${range.max} (0 when the heels are level)`,
    issues,
  );
  return differenceCm === null ? fail(issues) : ok({ differenceCm });
}
