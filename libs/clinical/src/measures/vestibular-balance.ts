import { isRecord } from '../validation/checks.js';
import { fail, ok, type Result } from '../validation/result.js';

/**
 * Single-leg stance with head turns, the Melbourne 2.0 vestibular balance test (REFERENCE §5 row 5
 * and the §2.5 phase-3 exit criterion [S]): 15 s of head turns in each direction at 60 bpm while
 * standing on the involved leg. Recorded as passed or not; the pass rule is the therapist's.
 */
export interface VestibularBalanceInput {
  passed: boolean;
}

export interface VestibularBalanceResult {
  passed: boolean;
}

export function computeVestibularBalance(input: VestibularBalanceInput): Result<VestibularBalanceResult> {
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must say whether the test was passed' }]);
  const passed: unknown = input.passed;
  return typeof passed === 'boolean'
    ? ok({ passed })
    : fail([{ field: 'passed', issue: 'must be true (passed) or false (not passed)' }]);
}
