import { checkNumber, isRecord } from '../validation/checks.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';

/**
 * Melbourne Return to Sport Score (REFERENCE §2.3 [S]): a 0–100 composite of clinical examination,
 * questionnaires and functional tests; the Melbourne phase-4 target is ≥ 95. Only the total is
 * recorded: the weights of the components differ between v1 and v2.0 and neither is verified, so the
 * library does not compute them.
 */
export interface MrssInput {
  total: number;
}

export interface MrssResult {
  total: number;
}

export const MRSS_MAXIMUM = 100;

export function computeMrss(input: MrssInput): Result<MrssResult> {
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must give the MRSS total' }]);
  const issues: Issue[] = [];
  const total = checkNumber(
    input.total,
    'total',
    (n) => n >= 0 && n <= MRSS_MAXIMUM,
    `a total from 0 to ${MRSS_MAXIMUM} points`,
    issues,
  );
  return total === null ? fail(issues) : ok({ total });
}
