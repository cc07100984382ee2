import { describe, expect, it } from '@jest/globals';
import {
  anteriorReachAsymmetry,
  compositeReach,
  computeYBalance,
  normalisedReach,
  type YBalanceInput,
} from './y-balance.js';

const limb = (anterior: number[], posteromedial: number[], posterolateral: number[], limbLengthCm = 90) => ({
  limbLengthCm,
  reachCm: { anterior, posteromedial, posterolateral },
});

describe('Y-Balance helpers', () => {
  it('normalises to limb length and guards invalid input', () => {
    expect(normalisedReach(45, 90)).toBe(50);
    expect(normalisedReach(45, 0)).toBeNull();
    expect(normalisedReach(-1, 90)).toBeNull();
    expect(normalisedReach(Number.NaN, 90)).toBeNull();
    expect(compositeReach({ anterior: 60, posteromedial: 90, posterolateral: 120 }, 100)).toBe(90);
    expect(compositeReach({ anterior: 60, posteromedial: 90, posterolateral: 120 }, 0)).toBeNull();
  });

  it('flags an anterior difference above 4 cm, not at exactly 4 cm, in either order', () => {
    expect(anteriorReachAsymmetry(70, 66)).toEqual({ differenceCm: 4, flagged: false });
    expect(anteriorReachAsymmetry(66, 70.5)).toEqual({ differenceCm: 4.5, flagged: true });
    expect(anteriorReachAsymmetry(66, Number.NaN)).toBeNull();
  });

  it('uses a clinic-supplied rule', () => {
    expect(anteriorReachAsymmetry(70, 66, { comparator: '>=', threshold: 4 })?.flagged).toBe(true);
  });
});

describe('computeYBalance', () => {
  const input: YBalanceInput = {
    involved: limb([60, 64, 62], [95, 100, 98], [90, 95, 93]),
    uninvolved: limb([68, 70, 69], [100, 101, 99], [95, 96, 97], 92),
  };

  it('takes the maximal reach by default and normalises each limb to its own length', () => {
    const r = computeYBalance(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.aggregation).toBe('best');
    expect(r.value.involved.reachCm).toEqual({ anterior: 64, posteromedial: 100, posterolateral: 95 });
    expect(r.value.involved.compositePercent).toBeCloseTo((259 / 270) * 100, 9);
    expect(r.value.uninvolved.compositePercent).toBeCloseTo((268 / 276) * 100, 9);
    expect(r.value.anteriorAsymmetry).toEqual({ differenceCm: 6, flagged: true });
    expect(r.value.compositeLsi).toBeCloseTo(((259 / 270) * 100 * 100) / ((268 / 276) * 100), 9);
  });

  it('can use the mean of the trials', () => {
    const r = computeYBalance(input, { aggregation: 'mean' });
    expect(r.ok && r.value.involved.reachCm.anterior).toBeCloseTo(62, 9);
    expect(r.ok && r.value.anteriorAsymmetry.differenceCm).toBeCloseTo(7, 9);
  });

  it('names every invalid reach and limb length', () => {
    const r = computeYBalance({
      involved: limb([60, -1], [], [90], 0),
      uninvolved: { limbLengthCm: 90 } as YBalanceInput['uninvolved'],
    });
    expect(r).toEqual({
      ok: false,
      issues: [
        { field: 'involved.limbLengthCm', issue: 'must be a positive limb length in centimetres' },
        { field: 'involved.reachCm.anterior.1', issue: 'must be a reach in centimetres, 0 or more' },
        { field: 'involved.reachCm.posteromedial', issue: 'must list at least one trial' },
        {
          field: 'uninvolved.reachCm',
          issue: 'must give the anterior, posteromedial and posterolateral reaches',
        },
      ],
    });
  });
});
