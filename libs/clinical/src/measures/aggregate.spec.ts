import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { aggregateTrials, best, mean } from './aggregate.js';

describe('trial aggregation', () => {
  it('mean([2.40, 2.30]) is 2.35 within 1e-9 (2.3499999999999996 in floating point)', () => {
    expect(mean([2.4, 2.3])).toBeCloseTo(2.35, 9);
  });

  it('best is the largest when higher is better and the fastest when lower is better', () => {
    expect(best([2.4, 2.3, 2.5], 'higher')).toBe(2.5);
    expect(best([2.4, 2.3, 2.5], 'lower')).toBe(2.3);
    expect(aggregateTrials([118, 130, 126], 'best', 'higher')).toBe(130);
    expect(aggregateTrials([2.4, 2.3], 'best', 'lower')).toBe(2.3);
    expect(aggregateTrials([118, 130, 126], 'mean', 'higher')).toBeCloseTo(124.66666666666667, 9);
  });

  it.each([[[]], [[1, Number.NaN]], [[1, Number.POSITIVE_INFINITY]]])('is null for %p', (values) => {
    expect(mean(values)).toBeNull();
    expect(best(values, 'higher')).toBeNull();
    expect(aggregateTrials(values, 'mean', 'lower')).toBeNull();
  });

  it('keeps the mean of equal values equal to them (naive summation gives 0.10000000000000002)', () => {
    expect(mean([0.1, 0.1, 0.1])).toBe(0.1);
  });

  it('does not overflow to Infinity for very large trials', () => {
    expect(mean([Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Number.MAX_VALUE);
  });

  it('property: the mean lies between the smallest and the largest trial', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 20 }),
        (values) => {
          const m = mean(values);
          expect(m).not.toBeNull();
          expect(m!).toBeGreaterThanOrEqual(Math.min(...values));
          expect(m!).toBeLessThanOrEqual(Math.max(...values));
        },
      ),
    );
  });

  it('property: best is one of the trials, and no trial beats it', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 10 }), (values) => {
        const high = best(values, 'higher')!;
        const low = best(values, 'lower')!;
        expect(values).toContain(high);
        expect(values).toContain(low);
        expect(values.every((v) => v <= high && v >= low)).toBe(true);
      }),
    );
  });
});
