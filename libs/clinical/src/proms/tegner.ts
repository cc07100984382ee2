import { isMissing, isRecord } from '../validation/checks.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';

/**
 * Tegner activity scale (Tegner & Lysholm 1985; REFERENCE §3.5): one level, an integer from 0 (sick
 * leave or disability because of the knee) to 10 (elite competitive pivoting sport). The form asks for
 * the pre-injury and the current level; either may be not yet recorded (null).
 */
export interface TegnerInput {
  preInjury?: number | null;
  current?: number | null;
}

export interface TegnerResult {
  preInjury: number | null;
  current: number | null;
  /** current − pre-injury, when both are recorded (negative: below pre-injury level). */
  change: number | null;
}

export function isTegnerLevel(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10;
}

export function validateTegner(input: TegnerInput): Result<TegnerResult> {
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must give the pre-injury and current levels' }]);
  const issues: Issue[] = [];
  const level = (field: 'preInjury' | 'current'): number | null => {
    const value: unknown = input[field];
    if (isMissing(value)) return null;
    if (isTegnerLevel(value)) return value;
    issues.push({ field, issue: 'must be an integer level from 0 to 10' });
    return null;
  };
  const preInjury = level('preInjury');
  const current = level('current');
  if (issues.length > 0) return fail(issues);
  return ok({ preInjury, current, change: preInjury === null || current === null ? null : current - preInjury });
}
