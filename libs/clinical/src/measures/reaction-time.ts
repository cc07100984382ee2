import { checkText, checkTrials, isRecord, positive } from '../validation/checks.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';
import { best, mean } from './aggregate.js';

/**
 * Reaction time (light-based or reactive-agility tests; REFERENCE §4.5): stored as raw milliseconds
 * with the protocol that produced them. No validated ACL-specific threshold exists, so none is applied;
 * results are only comparable within the same protocol.
 */
export interface ReactionTimeInput {
  /** Free-text protocol name, e.g. "BlazePod 4-pod random, 30 s" (required: times from different protocols are not comparable). */
  protocol: string;
  trialsMs: readonly number[];
}

export interface ReactionTimeResult {
  protocol: string;
  trialsMs: number[];
  meanMs: number;
  fastestMs: number;
}

export function computeReactionTime(input: ReactionTimeInput): Result<ReactionTimeResult> {
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must give the protocol and the trials' }]);
  const issues: Issue[] = [];
  const protocol = checkText(input.protocol, 'protocol', 'the name of the protocol used', issues);
  const trials = checkTrials(input.trialsMs, 'trialsMs', positive, 'a positive time in milliseconds', issues);
  if (issues.length > 0 || protocol === null || trials === null) return fail(issues);
  const meanMs = mean(trials);
  const fastestMs = best(trials, 'lower');
  if (meanMs === null || fastestMs === null) return fail([{ field: 'trialsMs', issue: 'could not be combined' }]);
  return ok({ protocol, trialsMs: trials, meanMs, fastestMs });
}
