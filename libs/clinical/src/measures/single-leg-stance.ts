import { checkChoice, checkNumber, checkTrials, isMissing, isRecord, positive } from '../validation/checks.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';
import { AGGREGATIONS, aggregateTrials, best, mean, type Aggregation } from './aggregate.js';
import { limbSymmetryIndex } from './symmetry.js';

/**
 * Single-leg (unipedal) stance time (Springer 2007; REFERENCE §4.3): seconds held, eyes open or
 * closed, on a given surface, often capped at a maximum time (commonly 45 s). Best of 3 is the
 * reliable value, so `best` is the default aggregation.
 */
export type Eyes = 'open' | 'closed';
export type StanceSurface = 'firm' | 'foam' | 'disc' | 'trampoline';

export const STANCE_SURFACES: readonly StanceSurface[] = ['firm', 'foam', 'disc', 'trampoline'];

export interface SingleLegStanceInput {
  eyes: Eyes;
  surface: StanceSurface;
  /** The protocol's time cap in seconds, if any; no trial may exceed it. */
  maxSeconds?: number | null;
  armsCrossed?: boolean | null;
  /** Seconds held, per trial; the uninvolved limb is optional. */
  trials: { involved: readonly number[]; uninvolved?: readonly number[] | null };
}

export interface StanceLimbResult {
  trials: number[];
  best: number;
  mean: number;
  value: number;
  /** True when a trial reached the time cap (a ceiling: the true capacity may be higher). */
  reachedMaximum: boolean;
}

export interface SingleLegStanceResult {
  eyes: Eyes;
  surface: StanceSurface;
  maxSeconds: number | null;
  armsCrossed: boolean | null;
  aggregation: Aggregation;
  involved: StanceLimbResult;
  uninvolved: StanceLimbResult | null;
  /** Involved / uninvolved × 100 when both limbs are given and the uninvolved time is above 0. */
  lsi: number | null;
}

export interface SingleLegStanceOptions {
  /** Default 'best'. */
  aggregation?: Aggregation;
}

export function computeSingleLegStance(
  input: SingleLegStanceInput,
  options: SingleLegStanceOptions = {},
): Result<SingleLegStanceResult> {
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must be a single-leg stance record' }]);
  const issues: Issue[] = [];
  const aggregation = checkChoice(options.aggregation ?? 'best', 'options.aggregation', AGGREGATIONS, issues);
  const eyes = checkChoice(input.eyes, 'eyes', ['open', 'closed'] as const, issues);
  const surface = checkChoice(input.surface, 'surface', STANCE_SURFACES, issues);
  const maxSeconds = isMissing(input.maxSeconds)
    ? null
    : checkNumber(input.maxSeconds, 'maxSeconds', positive, 'a positive time cap in seconds', issues);
  const armsCrossed: unknown = input.armsCrossed;
  if (!isMissing(armsCrossed) && typeof armsCrossed !== 'boolean') {
    issues.push({ field: 'armsCrossed', issue: 'must be true or false' });
  }
  const cap = maxSeconds ?? Number.POSITIVE_INFINITY;
  const description =
    maxSeconds === null ? 'a time in seconds, 0 or more' : `a time in seconds from 0 to the ${maxSeconds} s cap`;
  const accept = (n: number): boolean => n >= 0 && n <= cap;
  const trialsInput: unknown = input.trials;
  let involved: number[] | null = null;
  let uninvolved: number[] | null = null;
  if (isRecord<SingleLegStanceInput['trials']>(trialsInput)) {
    involved = checkTrials(trialsInput.involved, 'trials.involved', accept, description, issues);
    if (!isMissing(trialsInput.uninvolved)) {
      uninvolved = checkTrials(trialsInput.uninvolved, 'trials.uninvolved', accept, description, issues);
    }
  } else {
    issues.push({ field: 'trials', issue: 'must give the involved (and uninvolved) trials' });
  }
  if (issues.length > 0 || aggregation === null || eyes === null || surface === null || involved === null) {
    return fail(issues);
  }
  const summarise = (trials: number[]): StanceLimbResult => ({
    trials,
    best: best(trials, 'higher') ?? 0,
    mean: mean(trials) ?? 0,
    value: aggregateTrials(trials, aggregation, 'higher') ?? 0,
    reachedMaximum: maxSeconds !== null && trials.some((t) => t >= maxSeconds),
  });
  const involvedResult = summarise(involved);
  const uninvolvedResult = uninvolved === null ? null : summarise(uninvolved);
  return ok({
    eyes,
    surface,
    maxSeconds,
    armsCrossed: typeof armsCrossed === 'boolean' ? armsCrossed : null,
    aggregation,
    involved: involvedResult,
    uninvolved: uninvolvedResult,
    lsi: uninvolvedResult === null ? null : limbSymmetryIndex(involvedResult.value, uninvolvedResult.value, 'higher'),
  });
}
