import { deepFreeze } from '../interpretation/evidence.js';
import { HOP_TEST_DEFINITIONS, type HopTestCode, type HopUnit } from '../measures/hop-tests.js';
import type { PlausibleRange } from '../measures/plausibility.js';
import { isRecord } from '../validation/checks.js';
import type { Issue } from '../validation/result.js';

/**
 * Upper data-entry bounds for hop trials: a value above them is almost certainly a typing error
 * (12000 cm for 120.00). They are not clinical thresholds and come from no study. They are applied
 * where values are entered (computeMeasure), not in the maths, which holds for any positive value.
 */
export const HOP_TRIAL_RANGES: Readonly<Record<HopUnit, PlausibleRange>> = deepFreeze({
  cm: {
    min: 0,
    max: 1500,
    source: 'Proprio data-entry bound, not from the literature',
    evidence: 'U',
    note: 'Above any recorded triple or crossover hop distance.',
  },
  s: { min: 0, max: 60, source: 'Proprio data-entry bound, not from the literature', evidence: 'U' },
  count: { min: 0, max: 200, source: 'Proprio data-entry bound, not from the literature', evidence: 'U' },
});

/** Issues for trials above the plausible maximum of the test's unit. */
export function implausibleHopTrials(
  test: HopTestCode,
  input: Readonly<Record<string, unknown>>,
  ranges: Readonly<Record<HopUnit, PlausibleRange>> = HOP_TRIAL_RANGES,
): Issue[] {
  const range = ranges[HOP_TEST_DEFINITIONS[test].unit];
  const trials = input['trials'];
  if (!isRecord(trials)) return [];
  return (['involved', 'uninvolved'] as const).flatMap((limb) => {
    const values = trials[limb];
    if (!Array.isArray(values)) return [];
    return values.flatMap((v: unknown, i) =>
      typeof v === 'number' && v > range.max
        ? [
            {
              field: `trials.${limb}.${i}`,
              issue: `is implausibly large (at most ${range.max} ${HOP_TEST_DEFINITIONS[test].unit})`,
            },
          ]
        : [],
    );
  });
}
