import { fail, ok, type Result } from '../validation/result.js';

/**
 * Knee effusion graded with the stroke (sweep) test: zero, trace, 1+, 2+, 3+ (REFERENCE §2.1, §2.5).
 * The grades are ordered; criteria such as "effusion ≤ 1+" compare ranks.
 */
export type EffusionGrade = 'zero' | 'trace' | '1+' | '2+' | '3+';

export const EFFUSION_GRADES: readonly EffusionGrade[] = ['zero', 'trace', '1+', '2+', '3+'];

export function isEffusionGrade(value: unknown): value is EffusionGrade {
  return typeof value === 'string' && (EFFUSION_GRADES as readonly string[]).includes(value);
}

export function parseEffusionGrade(value: unknown, field = 'effusion'): Result<EffusionGrade> {
  return isEffusionGrade(value)
    ? ok(value)
    : fail([{ field, issue: "must be a stroke-test grade: 'zero', 'trace', '1+', '2+' or '3+'" }]);
}

/** 0 for zero … 4 for 3+. */
export function effusionRank(grade: EffusionGrade): number {
  return EFFUSION_GRADES.indexOf(grade);
}

/** True when `grade` is at most `limit`, e.g. `effusionAtMost('trace', '1+')` is true. */
export function effusionAtMost(grade: EffusionGrade, limit: EffusionGrade): boolean {
  return effusionRank(grade) <= effusionRank(limit);
}
