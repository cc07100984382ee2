/** Which direction is better for a measure: longer hops are better, faster (lower) times are better. */
export type Better = 'higher' | 'lower';

/**
 * How repeated trials are combined into one value per limb. `best` is the largest value when
 * higher is better and the smallest (fastest) when lower is better. The same rule must be used for
 * both limbs of a comparison.
 */
export type Aggregation = 'mean' | 'best';

export const AGGREGATIONS: readonly Aggregation[] = ['mean', 'best'];

/**
 * Arithmetic mean, or null for an empty list or any non-finite value. Guarded against overflow, and
 * kept within [min, max] of the values: mathematically the mean always is, but summing in floating
 * point can land a hair outside (mean of [0.1, 0.1, 0.1] is 0.10000000000000002 by naive summation).
 */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0 || !values.every(Number.isFinite)) return null;
  const n = values.length;
  let result = values.reduce((sum, v) => sum + v, 0) / n;
  if (!Number.isFinite(result)) result = values.reduce((sum, v) => sum + v / n, 0);
  return Math.min(Math.max(result, Math.min(...values)), Math.max(...values));
}

/** The best trial: the maximum when higher is better, the minimum when lower is better. */
export function best(values: readonly number[], better: Better): number | null {
  if (values.length === 0 || !values.every(Number.isFinite)) return null;
  return better === 'higher' ? Math.max(...values) : Math.min(...values);
}

/** Combines trials with the given rule; null for an empty list or any non-finite trial. */
export function aggregateTrials(values: readonly number[], aggregation: Aggregation, better: Better): number | null {
  return aggregation === 'mean' ? mean(values) : best(values, better);
}
