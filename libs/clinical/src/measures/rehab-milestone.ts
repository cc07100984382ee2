import { checkChoice, isRecord } from '../validation/checks.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';

/**
 * A yes/no rehabilitation milestone that gates return to sport (REFERENCE §2.5):
 * - `onfield_rehab_completed`: on-field sport-specific rehabilitation fully completed (Kyritsis 2016,
 *   discharge criterion 5 [V]);
 * - `prevention_program_active`: an injury-prevention warm-up is being done (Melbourne phase 4 [S];
 *   FIFA 11+ ≥ 2×/week [V]).
 * The therapist records the milestone as completed or not; a later record replaces an earlier one.
 */
export type RehabMilestone = 'onfield_rehab_completed' | 'prevention_program_active';
export const REHAB_MILESTONES: readonly RehabMilestone[] = ['onfield_rehab_completed', 'prevention_program_active'];

export interface RehabMilestoneInput {
  milestone: RehabMilestone;
  completed: boolean;
}

export interface RehabMilestoneResult {
  milestone: RehabMilestone;
  completed: boolean;
}

export function computeRehabMilestone(input: RehabMilestoneInput): Result<RehabMilestoneResult> {
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must give the milestone and whether it is completed' }]);
  const issues: Issue[] = [];
  const milestone = checkChoice(input.milestone, 'milestone', REHAB_MILESTONES, issues);
  const completed: unknown = input.completed;
  if (typeof completed !== 'boolean') issues.push({ field: 'completed', issue: 'must be true or false' });
  if (issues.length > 0 || milestone === null || typeof completed !== 'boolean') return fail(issues);
  return ok({ milestone, completed });
}
