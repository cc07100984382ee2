import { checkChoice, checkTrials, positive } from '../validation/checks.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';
import { AGGREGATIONS, aggregateTrials, best, mean, type Aggregation } from './aggregate.js';

/**
 * Running T-test (agility), in seconds; lower is better (Kyritsis: < 11 s, in
 * `PERFORMANCE_THRESHOLDS.runningTTestKyritsis`). Proprio decision: the fastest trial is the default
 * value (REFERENCE does not say which trial counts); 'mean' is available.
 */
export interface RunningTTestResult {
  trials: number[];
  fastest: number;
  mean: number;
  aggregation: Aggregation;
  /** The value to judge, by the chosen aggregation. */
  seconds: number;
}

export function computeRunningTTest(
  trialsSeconds: readonly number[],
  options: { aggregation?: Aggregation } = {},
): Result<RunningTTestResult> {
  const issues: Issue[] = [];
  const aggregation = checkChoice(options.aggregation ?? 'best', 'options.aggregation', AGGREGATIONS, issues);
  const trials = checkTrials(trialsSeconds, 'trialsSeconds', positive, 'a positive time in seconds', issues);
  if (issues.length > 0 || aggregation === null || trials === null) return fail(issues);
  const fastest = best(trials, 'lower');
  const average = mean(trials);
  const seconds = aggregateTrials(trials, aggregation, 'lower');
  if (fastest === null || average === null || seconds === null)
    return fail([{ field: 'trialsSeconds', issue: 'could not be combined' }]);
  return ok({ trials, fastest, mean: average, aggregation, seconds });
}
