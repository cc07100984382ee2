import { describe, expect, it } from '@jest/globals';
import { computeEnduranceTest, ENDURANCE_TEST_CODES } from './endurance-tests.js';
import { computeLegPress1rm } from './leg-press.js';
import { computeMrss } from './mrss.js';
import { computeProneHeelHeight } from './prone-heel-height.js';
import { computeRehabMilestone } from './rehab-milestone.js';
import { computeSingleLegSquat, SINGLE_LEG_SQUAT_RATINGS } from './single-leg-squat.js';
import { computeTsk11 } from './tsk11.js';
import { computeVestibularBalance } from './vestibular-balance.js';

const fields = (r: { ok: boolean; issues?: { field: string }[] }) => (r.ok ? [] : (r.issues ?? []).map((i) => i.field));

describe('prone heel-height difference', () => {
  it('keeps a difference from 0 (level heels) to 40 cm', () => {
    expect(computeProneHeelHeight({ differenceCm: 0 })).toEqual({ ok: true, value: { differenceCm: 0 } });
    expect(computeProneHeelHeight({ differenceCm: 2.5 })).toEqual({ ok: true, value: { differenceCm: 2.5 } });
  });

  it.each([-1, 41, Number.NaN, '3'])('refuses %p naming differenceCm', (differenceCm) => {
    const r = computeProneHeelHeight({ differenceCm } as never);
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          field: 'differenceCm',
          issue: 'must be a heel-height difference in centimetres from 0 to 40 (0 when the heels are level)',
        },
      ],
    });
  });
});

describe('single-leg squat quality', () => {
  it('orders the ratings worst to best', () => {
    expect(SINGLE_LEG_SQUAT_RATINGS).toEqual(['poor', 'fair', 'good']);
  });

  it('keeps the rating, with the repetitions when recorded', () => {
    expect(computeSingleLegSquat({ rating: 'fair', reps: 5 })).toEqual({
      ok: true,
      value: { rating: 'fair', reps: 5 },
    });
    expect(computeSingleLegSquat({ rating: 'good' })).toEqual({ ok: true, value: { rating: 'good', reps: null } });
  });

  it('refuses an unknown rating and fractional, zero or huge repetitions', () => {
    expect(fields(computeSingleLegSquat({ rating: 'excellent', reps: 2.5 } as never))).toEqual(['rating', 'reps']);
    expect(fields(computeSingleLegSquat({ rating: 'good', reps: 0 }))).toEqual(['reps']);
    expect(fields(computeSingleLegSquat({ rating: 'good', reps: 201 }))).toEqual(['reps']);
  });
});

describe('Melbourne endurance tests', () => {
  it('gives the LSI as involved / uninvolved × 100 (more repetitions is better)', () => {
    const r = computeEnduranceTest('single_leg_bridge', { involved: 18, uninvolved: 24 });
    expect(r).toEqual({
      ok: true,
      value: { test: 'single_leg_bridge', unit: 'reps', involved: 18, uninvolved: 24, lsi: 75, notes: [] },
    });
    const stronger = computeEnduranceTest('calf_raise', { involved: 30, uninvolved: 25 });
    expect(stronger.ok && stronger.value.lsi).toBeCloseTo(120, 9);
  });

  it('measures the side bridge in seconds, fractions allowed', () => {
    const r = computeEnduranceTest('side_bridge', { involved: 31.5, uninvolved: 42 });
    expect(r.ok && r.value.unit).toBe('s');
    expect(r.ok && r.value.lsi).toBeCloseTo(75, 9);
  });

  it('has no LSI without the uninvolved limb, and says why when the uninvolved limb scored 0', () => {
    const alone = computeEnduranceTest('single_leg_rise', { involved: 12 });
    expect(alone.ok && alone.value).toMatchObject({ involved: 12, uninvolved: null, lsi: null, notes: [] });
    const zero = computeEnduranceTest('single_leg_rise', { involved: 3, uninvolved: 0 });
    expect(zero.ok && zero.value).toMatchObject({ lsi: null, notes: ['LSI undefined: the uninvolved limb scored 0.'] });
  });

  it('refuses fractional or implausible repetitions and times, naming the limb', () => {
    expect(computeEnduranceTest('single_leg_bridge', { involved: 20.5, uninvolved: 201 })).toEqual({
      ok: false,
      issues: [
        { field: 'involved', issue: 'must be a whole number of repetitions from 0 to 200' },
        { field: 'uninvolved', issue: 'must be a whole number of repetitions from 0 to 200' },
      ],
    });
    expect(computeEnduranceTest('side_bridge', { involved: 601 })).toEqual({
      ok: false,
      issues: [{ field: 'involved', issue: 'must be a time in seconds from 0 to 600' }],
    });
    expect(fields(computeEnduranceTest('calf_raise', { involved: -1 }))).toEqual(['involved']);
    expect(fields(computeEnduranceTest('plank' as never, { involved: 1 }))).toEqual(['test']);
  });

  it('defines all four tests', () => {
    expect(ENDURANCE_TEST_CODES).toEqual(['single_leg_bridge', 'calf_raise', 'side_bridge', 'single_leg_rise']);
  });
});

describe('vestibular balance (single-leg stance with head turns)', () => {
  it('records passed or not passed and nothing else', () => {
    expect(computeVestibularBalance({ passed: true })).toEqual({ ok: true, value: { passed: true } });
    expect(computeVestibularBalance({ passed: false })).toEqual({ ok: true, value: { passed: false } });
    expect(fields(computeVestibularBalance({ passed: 'pass' } as never))).toEqual(['passed']);
  });
});

describe('single-leg leg press 1RM', () => {
  it('gives × body weight and the LSI from the two limbs', () => {
    const r = computeLegPress1rm({ involvedKg: 120, uninvolvedKg: 150, bodyMassKg: 80 });
    expect(r).toEqual({
      ok: true,
      value: {
        involvedKg: 120,
        uninvolvedKg: 150,
        bodyMassKg: 80,
        lsi: 80,
        involvedXbw: 1.5,
        uninvolvedXbw: 1.875,
        notes: [],
      },
    });
  });

  it('without a body mass gives the kilograms and the LSI, no × BW, and a note', () => {
    const r = computeLegPress1rm({ involvedKg: 120, uninvolvedKg: 150 });
    expect(r.ok && r.value).toMatchObject({ lsi: 80, involvedXbw: null, uninvolvedXbw: null });
    expect(r.ok && r.value.notes).toEqual(['× body weight not computed: no body mass was recorded for the session.']);
  });

  it('refuses zero or implausible loads and a non-positive body mass', () => {
    expect(computeLegPress1rm({ involvedKg: 0, uninvolvedKg: 1001, bodyMassKg: -70 })).toEqual({
      ok: false,
      issues: [
        { field: 'involvedKg', issue: 'must be a load in kilograms above 0 and at most 1000' },
        { field: 'uninvolvedKg', issue: 'must be a load in kilograms above 0 and at most 1000' },
        { field: 'bodyMassKg', issue: 'must be a positive body mass in kilograms' },
      ],
    });
  });
});

describe('MRSS and TSK-11 totals', () => {
  it('keeps an MRSS total from 0 to 100', () => {
    expect(computeMrss({ total: 96.5 })).toEqual({ ok: true, value: { total: 96.5 } });
    expect(computeMrss({ total: 101 })).toEqual({
      ok: false,
      issues: [{ field: 'total', issue: 'must be a total from 0 to 100 points' }],
    });
  });

  it('keeps a whole TSK-11 total from 11 to 44 only', () => {
    expect(computeTsk11({ total: 11 })).toEqual({ ok: true, value: { total: 11 } });
    expect(computeTsk11({ total: 44 })).toEqual({ ok: true, value: { total: 44 } });
    for (const total of [10, 45, 17.5]) {
      expect(computeTsk11({ total })).toEqual({
        ok: false,
        issues: [{ field: 'total', issue: 'must be a whole-number total from 11 to 44 (all 11 items answered)' }],
      });
    }
  });
});

describe('rehabilitation milestones', () => {
  it('records a known milestone as completed or not', () => {
    expect(computeRehabMilestone({ milestone: 'prevention_program_active', completed: true })).toEqual({
      ok: true,
      value: { milestone: 'prevention_program_active', completed: true },
    });
    expect(fields(computeRehabMilestone({ milestone: 'cleared', completed: 'yes' } as never))).toEqual([
      'milestone',
      'completed',
    ]);
  });
});
