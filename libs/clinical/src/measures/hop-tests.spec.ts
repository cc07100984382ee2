import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  computeHopResult,
  HOP_TEST_CODES,
  HOP_TEST_DEFINITIONS,
  type HopInput,
  type HopTestCode,
} from './hop-tests.js';

function value(input: HopInput, options?: Parameters<typeof computeHopResult>[1]) {
  const result = computeHopResult(input, options);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function issues(input: unknown, options?: Parameters<typeof computeHopResult>[1]) {
  const result = computeHopResult(input as HopInput, options);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

describe('hop test definitions', () => {
  it.each([
    ['single', 'cm', 'higher'],
    ['triple', 'cm', 'higher'],
    ['crossover', 'cm', 'higher'],
    ['timed6m', 's', 'lower'],
    ['side', 'count', 'higher'],
    ['vertical', 'cm', 'higher'],
  ] as const)('%s is measured in %s, %s is better', (code, unit, better) => {
    expect(HOP_TEST_DEFINITIONS[code]).toMatchObject({ code, unit, better });
    expect(HOP_TEST_DEFINITIONS[code].label).not.toBe('');
  });
});

describe('computeHopResult', () => {
  it('reports per-limb trials, mean and best, the LSI, and the test MDC90', () => {
    const r = value({ test: 'crossover', trials: { involved: [400, 420], uninvolved: [440, 460] } });
    expect(r).toMatchObject({
      test: 'crossover',
      unit: 'cm',
      better: 'higher',
      aggregation: 'mean',
      involved: { trials: [400, 420], mean: 410, best: 420, value: 410 },
      uninvolved: { trials: [440, 460], mean: 450, best: 460, value: 450 },
      baseline: null,
      epic: null,
      notes: [],
      mdc90: 12.96,
    });
    expect(r.lsi).toBeCloseTo((410 / 450) * 100, 9);
  });

  it('takes the fastest trial as the best of a timed test, for both limbs', () => {
    const r = value(
      { test: 'timed6m', trials: { involved: [2.6, 2.5], uninvolved: [2.2, 2.0] } },
      { aggregation: 'best' },
    );
    expect(r.involved.value).toBe(2.5);
    expect(r.uninvolved.value).toBe(2.0);
    expect(r.lsi).toBeCloseTo(80, 9);
  });

  it('computes EPIC for a timed test with the inverted formula', () => {
    const r = value({
      test: 'timed6m',
      trials: { involved: [2.5], uninvolved: [2.4] },
      baseline: { uninvolved: [2.0] },
    });
    expect(r.epic).toBeCloseTo(80, 9);
    expect(r.baseline).toMatchObject({ trials: [2.0], value: 2.0 });
  });

  it('keeps an LSI above 100% (never clamped)', () => {
    expect(value({ test: 'vertical', trials: { involved: [31.5], uninvolved: [30] } }).lsi).toBeCloseTo(105, 9);
  });

  it('accepts a side-hop count of 0 on the involved limb (LSI 0) and gives a null LSI with a note for 0 uninvolved', () => {
    expect(value({ test: 'side', trials: { involved: [0, 0], uninvolved: [30, 32] } }).lsi).toBe(0);
    const r = value({ test: 'side', trials: { involved: [10], uninvolved: [0] }, baseline: { uninvolved: [0] } });
    expect(r.lsi).toBeNull();
    expect(r.epic).toBeNull();
    expect(r.notes).toHaveLength(2);
  });

  it.each([
    ['single', [150, 0], 'trials.involved.1', 'must be a positive number of centimetres'],
    ['single', [150, -3], 'trials.involved.1', 'must be a positive number of centimetres'],
    ['vertical', [Number.NaN], 'trials.involved.0', 'must be a positive number of centimetres'],
    ['triple', [Number.POSITIVE_INFINITY], 'trials.involved.0', 'must be a positive number of centimetres'],
    ['timed6m', [0], 'trials.involved.0', 'must be a positive number of seconds'],
    ['side', [12.5], 'trials.involved.0', 'must be a whole number of valid hops (0 or more)'],
    ['side', [-1], 'trials.involved.0', 'must be a whole number of valid hops (0 or more)'],
    ['single', ['150'], 'trials.involved.0', 'must be a positive number of centimetres'],
    ['single', [], 'trials.involved', 'must list at least one trial'],
  ] as const)('rejects %s involved trials %p: %s %s', (test, involved, field, issue) => {
    expect(issues({ test, trials: { involved, uninvolved: [150] } })).toEqual([{ field, issue }]);
  });

  it('reports every invalid trial of both limbs and the baseline at once', () => {
    expect(
      issues({
        test: 'single',
        trials: { involved: [0, 120], uninvolved: [150, Number.NaN] },
        baseline: { uninvolved: [-5] },
      }),
    ).toEqual([
      { field: 'trials.involved.0', issue: 'must be a positive number of centimetres' },
      { field: 'trials.uninvolved.1', issue: 'must be a positive number of centimetres' },
      { field: 'baseline.uninvolved.0', issue: 'must be a positive number of centimetres' },
    ]);
  });

  it('rejects an unknown test, a missing trial list, a malformed baseline and an unknown aggregation', () => {
    expect(issues({ test: 'broad', trials: { involved: [1], uninvolved: [1] } })[0]?.field).toBe('test');
    expect(issues({ test: 'single' })).toEqual([
      { field: 'trials', issue: 'must give the involved and uninvolved trials' },
    ]);
    expect(issues({ test: 'single', trials: { involved: [1] } })).toEqual([
      { field: 'trials.uninvolved', issue: 'must be a list of trials' },
    ]);
    expect(issues({ test: 'single', trials: { involved: [1], uninvolved: [1] }, baseline: [190] })).toEqual([
      { field: 'baseline', issue: 'must give the pre-operative trials of the uninvolved limb' },
    ]);
    expect(
      issues({ test: 'single', trials: { involved: [1], uninvolved: [1] } }, { aggregation: 'median' as 'mean' }),
    ).toEqual([{ field: 'options.aggregation', issue: "must be one of 'mean', 'best'" }]);
    expect(issues(null)).toEqual([{ field: 'input', issue: 'must be a hop test record' }]);
  });

  it('uses a clinic-supplied definitions table (e.g. another MDC90)', () => {
    const definitions = {
      ...HOP_TEST_DEFINITIONS,
      single: { ...HOP_TEST_DEFINITIONS.single, mdc90: { value: 8, source: 'clinic', evidence: 'U' as const } },
    };
    expect(value({ test: 'single', trials: { involved: [1], uninvolved: [1] } }, { definitions }).mdc90).toBe(8);
  });

  const distance = fc.double({ min: 1, max: 3000, noNaN: true });
  const trialsOf = (arb: fc.Arbitrary<number>) => fc.array(arb, { minLength: 1, maxLength: 5 });
  const continuousTest = fc.constantFrom<HopTestCode>('single', 'triple', 'crossover', 'timed6m', 'vertical');

  it('property: scaling both limbs’ trials by the same factor leaves the LSI unchanged (mean and best)', () => {
    fc.assert(
      fc.property(
        continuousTest,
        trialsOf(distance),
        trialsOf(distance),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.constantFrom('mean' as const, 'best' as const),
        (test, involved, uninvolved, k, aggregation) => {
          const original = value({ test, trials: { involved, uninvolved } }, { aggregation }).lsi!;
          const scaled = value(
            { test, trials: { involved: involved.map((t) => t * k), uninvolved: uninvolved.map((t) => t * k) } },
            { aggregation },
          ).lsi!;
          expect(Math.abs(scaled - original)).toBeLessThanOrEqual(1e-9 * original);
        },
      ),
    );
  });

  it('property: swapping the limbs gives the reciprocal LSI', () => {
    fc.assert(
      fc.property(continuousTest, trialsOf(distance), trialsOf(distance), (test, involved, uninvolved) => {
        const lsi = value({ test, trials: { involved, uninvolved } }).lsi!;
        const swapped = value({ test, trials: { involved: uninvolved, uninvolved: involved } }).lsi!;
        expect(lsi * swapped).toBeCloseTo(10_000, 6);
      }),
    );
  });

  it('property: the timed-hop LSI falls when an involved trial gets slower', () => {
    const time = fc.double({ min: 1, max: 20, noNaN: true });
    fc.assert(
      fc.property(
        trialsOf(time),
        trialsOf(time),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (involved, uninvolved, extra) => {
          const before = value({ test: 'timed6m', trials: { involved, uninvolved } }).lsi!;
          const slower = involved.map((t) => t + extra);
          const after = value({ test: 'timed6m', trials: { involved: slower, uninvolved } }).lsi!;
          expect(after).toBeLessThan(before);
        },
      ),
    );
  });

  it('property: for any input, the result is issues or an LSI/EPIC that is finite or null', () => {
    const anything = fc.oneof(fc.double(), fc.integer(), fc.constant(0), fc.constant(-0));
    fc.assert(
      fc.property(
        fc.constantFrom(...HOP_TEST_CODES),
        fc.array(anything, { maxLength: 4 }),
        fc.array(anything, { maxLength: 4 }),
        fc.option(fc.array(anything, { maxLength: 3 }), { nil: undefined }),
        fc.constantFrom('mean' as const, 'best' as const),
        (test, involved, uninvolved, baseline, aggregation) => {
          const r = computeHopResult(
            {
              test,
              trials: { involved, uninvolved },
              baseline: baseline === undefined ? null : { uninvolved: baseline },
            },
            { aggregation },
          );
          if (!r.ok) {
            expect(r.issues.length).toBeGreaterThan(0);
            return;
          }
          for (const x of [r.value.lsi, r.value.epic]) expect(x === null || Number.isFinite(x)).toBe(true);
        },
      ),
    );
  });
});
