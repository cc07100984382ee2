import { describe, expect, it } from '@jest/globals';
import { meetsThreshold, type Comparator } from './threshold.js';

describe('meetsThreshold', () => {
  it.each([
    ['>', 89, false],
    ['>', 90, false],
    ['>', 91, true],
    ['>=', 89, false],
    ['>=', 90, true],
    ['>=', 91, true],
    ['<', 89, true],
    ['<', 90, false],
    ['<', 91, false],
    ['<=', 89, true],
    ['<=', 90, true],
    ['<=', 91, false],
  ] as const)('value %s 90 with value %d → %s', (comparator: Comparator, value, expected) => {
    expect(meetsThreshold(value, { comparator, threshold: 90 })).toBe(expected);
  });

  it('treats floating-point noise at the threshold as equal to it', () => {
    const below = 89.99999999999999;
    const above = 90.00000000000001;
    expect(meetsThreshold(below, { comparator: '>=', threshold: 90 })).toBe(true);
    expect(meetsThreshold(above, { comparator: '>', threshold: 90 })).toBe(false);
    expect(meetsThreshold(above, { comparator: '<=', threshold: 90 })).toBe(true);
    expect(meetsThreshold(below, { comparator: '<', threshold: 90 })).toBe(false);
  });

  it('still separates values a real measurement can produce (a thousandth of a point)', () => {
    expect(meetsThreshold(89.999, { comparator: '>=', threshold: 90 })).toBe(false);
    expect(meetsThreshold(90.001, { comparator: '>', threshold: 90 })).toBe(true);
    expect(meetsThreshold(0.6249, { comparator: '>', threshold: 0.625 })).toBe(false);
  });

  it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'is null (not measured) for %p, never false',
    (value) => {
      expect(meetsThreshold(value, { comparator: '>=', threshold: 90 })).toBeNull();
    },
  );

  it('is null for a rule without a finite threshold or with an unknown comparator', () => {
    expect(meetsThreshold(95, { comparator: '>=', threshold: Number.NaN })).toBeNull();
    expect(meetsThreshold(95, { comparator: '=>' as Comparator, threshold: 90 })).toBeNull();
  });
});
