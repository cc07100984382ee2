import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { estimatedPreInjuryCapacity, limbSymmetryIndex } from './symmetry.js';

const measure = fc.double({ min: 0.01, max: 10_000, noNaN: true });
const factor = fc.double({ min: 0.001, max: 1000, noNaN: true });
const better = fc.constantFrom('higher' as const, 'lower' as const);

describe('limbSymmetryIndex', () => {
  it('is involved / uninvolved × 100 when higher is better, and not clamped above 100', () => {
    expect(limbSymmetryIndex(90, 100)).toBe(90);
    expect(limbSymmetryIndex(105, 100)).toBe(105);
    expect(limbSymmetryIndex(0, 100)).toBe(0);
  });

  it('is uninvolved / involved × 100 for timed tests, so a slower involved limb is below 100', () => {
    expect(limbSymmetryIndex(2.5, 2.0, 'lower')).toBe(80);
    expect(limbSymmetryIndex(2.0, 2.5, 'lower')).toBe(125);
  });

  it.each([
    ['a zero uninvolved distance', 150, 0, 'higher'],
    ['a negative distance', -1, 100, 'higher'],
    ['a negative uninvolved distance', 100, -1, 'higher'],
    ['a zero involved time', 0, 2.1, 'lower'],
    ['a zero uninvolved time', 2.1, 0, 'lower'],
    ['NaN', Number.NaN, 100, 'higher'],
    ['Infinity', Number.POSITIVE_INFINITY, 100, 'higher'],
    ['an infinite denominator', 100, Number.POSITIVE_INFINITY, 'lower'],
    ['a result too large to represent', Number.MAX_VALUE, Number.MIN_VALUE, 'higher'],
  ] as const)('is null, not Infinity or NaN, for %s', (_, involved, uninvolved, direction) => {
    expect(limbSymmetryIndex(involved, uninvolved, direction)).toBeNull();
  });

  it('computes EPIC with the same formula against the pre-operative baseline', () => {
    expect(estimatedPreInjuryCapacity(150, 190)).toBeCloseTo(78.94736842105263, 9);
    expect(estimatedPreInjuryCapacity(2.5, 2.0, 'lower')).toBe(80);
    expect(estimatedPreInjuryCapacity(150, 0)).toBeNull();
  });

  it('property: scaling both limbs by the same positive factor leaves the LSI unchanged', () => {
    fc.assert(
      fc.property(measure, measure, factor, better, (a, b, k, direction) => {
        const original = limbSymmetryIndex(a, b, direction)!;
        const scaled = limbSymmetryIndex(a * k, b * k, direction)!;
        expect(Math.abs(scaled - original)).toBeLessThanOrEqual(1e-9 * Math.max(1, original));
      }),
    );
  });

  it('property: swapping the limbs gives the reciprocal (LSI × swapped LSI = 10000)', () => {
    fc.assert(
      fc.property(measure, measure, better, (a, b, direction) => {
        const product = limbSymmetryIndex(a, b, direction)! * limbSymmetryIndex(b, a, direction)!;
        expect(product).toBeCloseTo(10_000, 6);
      }),
    );
  });

  it('property: a timed test LSI falls when the involved limb slows', () => {
    fc.assert(
      fc.property(measure, measure, fc.double({ min: 0.001, max: 100, noNaN: true }), (involved, uninvolved, extra) => {
        const slower = involved + extra;
        fc.pre(slower > involved);
        expect(limbSymmetryIndex(slower, uninvolved, 'lower')!).toBeLessThan(
          limbSymmetryIndex(involved, uninvolved, 'lower')!,
        );
      }),
    );
  });

  it('property: the LSI is a finite number or null for any input', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), better, (a, b, direction) => {
        const lsi = limbSymmetryIndex(a, b, direction);
        expect(lsi === null || Number.isFinite(lsi)).toBe(true);
        const epic = estimatedPreInjuryCapacity(a, b, direction);
        expect(epic === null || Number.isFinite(epic)).toBe(true);
      }),
    );
  });
});
