import { Y_BALANCE_RISK_THRESHOLDS } from '../interpretation/function-thresholds.js';
import { meetsThreshold, type ThresholdRule } from '../interpretation/threshold.js';
import { checkChoice, checkNumber, checkTrials, isRecord, positive } from '../validation/checks.js';
import { fail, fieldPath, ok, type Issue, type Result } from '../validation/result.js';
import { AGGREGATIONS, aggregateTrials, type Aggregation } from './aggregate.js';
import { limbSymmetryIndex } from './symmetry.js';

/** Y-Balance Test, lower quarter (REFERENCE §4.2): anterior, posteromedial, posterolateral reach. */
export type YBalanceDirection = 'anterior' | 'posteromedial' | 'posterolateral';

export const Y_BALANCE_DIRECTIONS: readonly YBalanceDirection[] = ['anterior', 'posteromedial', 'posterolateral'];

export type ReachByDirection<T> = Record<YBalanceDirection, T>;

/** Reach as a percentage of limb length; null unless reach ≥ 0 and limb length > 0 (both finite). */
export function normalisedReach(reachCm: number, limbLengthCm: number): number | null {
  if (!Number.isFinite(reachCm) || !Number.isFinite(limbLengthCm) || reachCm < 0 || limbLengthCm <= 0) return null;
  const percent = (reachCm * 100) / limbLengthCm;
  return Number.isFinite(percent) ? percent : null;
}

/** Composite reach = (ANT + PM + PL) / (3 × limb length) × 100; null on invalid input. */
export function compositeReach(reachCm: Readonly<ReachByDirection<number>>, limbLengthCm: number): number | null {
  const { anterior, posteromedial, posterolateral } = reachCm;
  const reaches = [anterior, posteromedial, posterolateral];
  if (!reaches.every((r) => Number.isFinite(r) && r >= 0) || !Number.isFinite(limbLengthCm) || limbLengthCm <= 0) {
    return null;
  }
  const percent = ((anterior + posteromedial + posterolateral) * 100) / (3 * limbLengthCm);
  return Number.isFinite(percent) ? percent : null;
}

export interface AnteriorAsymmetry {
  /** |anterior reach of one limb − the other|, in cm, not normalised to limb length. */
  differenceCm: number;
  /** True when the difference meets the risk rule (default > 4 cm, Plisky 2006). */
  flagged: boolean;
}

/** Anterior reach asymmetry in centimetres and its risk flag; null when either reach is not a finite number ≥ 0. */
export function anteriorReachAsymmetry(
  anteriorA: number,
  anteriorB: number,
  rule: ThresholdRule = Y_BALANCE_RISK_THRESHOLDS.anteriorAsymmetry,
): AnteriorAsymmetry | null {
  if (![anteriorA, anteriorB].every((r) => Number.isFinite(r) && r >= 0)) return null;
  const differenceCm = Math.abs(anteriorA - anteriorB);
  return { differenceCm, flagged: meetsThreshold(differenceCm, rule) === true };
}

export interface YBalanceLimbInput {
  /** Limb length in cm (commonly ASIS to distal medial malleolus, supine [U]). */
  limbLengthCm: number;
  /** Every recorded reach, per direction, in cm. */
  reachCm: Readonly<ReachByDirection<readonly number[]>>;
}

export interface YBalanceInput {
  involved: YBalanceLimbInput;
  uninvolved: YBalanceLimbInput;
}

export interface YBalanceOptions {
  /** Default 'best' (the maximal reach, the usual practice); 'mean' of the trials is available. */
  aggregation?: Aggregation;
  /** Default `Y_BALANCE_RISK_THRESHOLDS.anteriorAsymmetry` (> 4 cm). */
  anteriorAsymmetryRule?: ThresholdRule;
}

export interface YBalanceLimbResult {
  limbLengthCm: number;
  /** Aggregated reach per direction, cm. */
  reachCm: ReachByDirection<number>;
  /** Reach per direction as % of limb length. */
  normalisedPercent: ReachByDirection<number>;
  compositePercent: number;
}

export interface YBalanceResult {
  aggregation: Aggregation;
  involved: YBalanceLimbResult;
  uninvolved: YBalanceLimbResult;
  anteriorAsymmetry: AnteriorAsymmetry;
  /** Involved composite / uninvolved composite × 100 (each normalised to its own limb length). */
  compositeLsi: number | null;
}

function limbResult(
  value: unknown,
  field: string,
  aggregation: Aggregation,
  issues: Issue[],
): YBalanceLimbResult | null {
  if (!isRecord<YBalanceLimbInput>(value)) {
    issues.push({ field, issue: 'must give the limb length and the reaches' });
    return null;
  }
  const before = issues.length;
  const limbLengthCm = checkNumber(
    value.limbLengthCm,
    fieldPath(field, 'limbLengthCm'),
    positive,
    'a positive limb length in centimetres',
    issues,
  );
  const reachInput = value.reachCm;
  if (!isRecord<ReachByDirection<unknown>>(reachInput)) {
    issues.push({
      field: fieldPath(field, 'reachCm'),
      issue: 'must give the anterior, posteromedial and posterolateral reaches',
    });
    return null;
  }
  const reach: Partial<ReachByDirection<number>> = {};
  for (const direction of Y_BALANCE_DIRECTIONS) {
    const trials = checkTrials(
      reachInput[direction],
      fieldPath(field, `reachCm.${direction}`),
      (n) => n >= 0,
      'a reach in centimetres, 0 or more',
      issues,
    );
    const aggregated = trials === null ? null : aggregateTrials(trials, aggregation, 'higher');
    if (aggregated !== null) reach[direction] = aggregated;
  }
  const { anterior, posteromedial, posterolateral } = reach;
  if (
    issues.length > before ||
    limbLengthCm === null ||
    anterior === undefined ||
    posteromedial === undefined ||
    posterolateral === undefined
  ) {
    return null;
  }
  const reachCm = { anterior, posteromedial, posterolateral };
  const normalised = {
    anterior: normalisedReach(anterior, limbLengthCm),
    posteromedial: normalisedReach(posteromedial, limbLengthCm),
    posterolateral: normalisedReach(posterolateral, limbLengthCm),
  };
  const composite = compositeReach(reachCm, limbLengthCm);
  if (
    normalised.anterior === null ||
    normalised.posteromedial === null ||
    normalised.posterolateral === null ||
    composite === null
  ) {
    issues.push({ field, issue: 'gives reaches too large to normalise' });
    return null;
  }
  return {
    limbLengthCm,
    reachCm,
    normalisedPercent: {
      anterior: normalised.anterior,
      posteromedial: normalised.posteromedial,
      posterolateral: normalised.posterolateral,
    },
    compositePercent: composite,
  };
}

/** Validates both limbs' Y-Balance trials and computes normalised reach, composite and anterior asymmetry. */
export function computeYBalance(input: YBalanceInput, options: YBalanceOptions = {}): Result<YBalanceResult> {
  const issues: Issue[] = [];
  const aggregation = checkChoice(options.aggregation ?? 'best', 'options.aggregation', AGGREGATIONS, issues);
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must give the involved and uninvolved limbs' }]);
  if (aggregation === null) return fail(issues);
  const involved = limbResult(input.involved, 'involved', aggregation, issues);
  const uninvolved = limbResult(input.uninvolved, 'uninvolved', aggregation, issues);
  if (issues.length > 0 || involved === null || uninvolved === null) return fail(issues);
  const asymmetry = anteriorReachAsymmetry(
    involved.reachCm.anterior,
    uninvolved.reachCm.anterior,
    options.anteriorAsymmetryRule ?? Y_BALANCE_RISK_THRESHOLDS.anteriorAsymmetry,
  );
  if (asymmetry === null) return fail([{ field: 'involved.reachCm.anterior', issue: 'could not be compared' }]);
  return ok({
    aggregation,
    involved,
    uninvolved,
    anteriorAsymmetry: asymmetry,
    compositeLsi: limbSymmetryIndex(involved.compositePercent, uninvolved.compositePercent, 'higher'),
  });
}
