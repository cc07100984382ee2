import { type Sourced } from './evidence.js';

/** How a value is compared with its threshold. Sources disagree on `>` vs `>=`, so it is stored with it. */
export type Comparator = '>' | '>=' | '<' | '<=';

export const COMPARATORS: readonly Comparator[] = ['>', '>=', '<', '<='];

export interface ThresholdRule {
  comparator: Comparator;
  threshold: number;
}

/** A threshold as clinical data: the rule plus what it measures and where it comes from. */
export interface SourcedThreshold extends ThresholdRule, Sourced {
  label: string;
  /** Unit of both the value and the threshold: '%', 'points', 's', 'cm', 'N·m/kg', 'ratio', … */
  unit: string;
}

/**
 * Absolute tolerance (relative to the threshold's size when it is above 1) under which a value
 * counts as equal to the threshold. Floating-point arithmetic can put a computed 90% at
 * 89.99999999999999 or 90.00000000000001; without this, `>= 90` or `> 90` would be decided by
 * rounding noise instead of by the clinical rule.
 */
export const THRESHOLD_TOLERANCE = 1e-9;

/**
 * Whether `value` meets the rule, e.g. `meetsThreshold(93.75, { comparator: '>=', threshold: 90 })`.
 * Returns null when there is no valid value to judge (null, NaN, ±Infinity): "not measured", which a
 * criteria checklist must show differently from "not met". Also null for a rule whose threshold is
 * not a finite number or whose comparator is unknown.
 */
export function meetsThreshold(
  value: number | null | undefined,
  rule: ThresholdRule,
  tolerance: number = THRESHOLD_TOLERANCE,
): boolean | null {
  if (value === null || value === undefined || !Number.isFinite(value) || !Number.isFinite(rule.threshold)) {
    return null;
  }
  const equal = Math.abs(value - rule.threshold) <= tolerance * Math.max(1, Math.abs(rule.threshold));
  switch (rule.comparator) {
    case '>':
      return !equal && value > rule.threshold;
    case '>=':
      return equal || value > rule.threshold;
    case '<':
      return !equal && value < rule.threshold;
    case '<=':
      return equal || value < rule.threshold;
    default:
      return null;
  }
}
