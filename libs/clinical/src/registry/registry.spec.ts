import { describe, expect, it } from '@jest/globals';
import { computeMeasure } from './compute-measure.js';
import { MEASURE_TYPES } from './measure-types.js';
import { INSTRUMENTS } from './instruments.js';
import { scoreQuestionnaire } from './score-questionnaire.js';

describe('computeMeasure', () => {
  it('computes a hop test with LSI and, given the baseline session’s input, EPIC (REFERENCE §8 #1, #5)', () => {
    const single = computeMeasure('hop_single', { trials: { involved: [120, 124], uninvolved: [150, 146] } });
    expect(single.ok && single.value.lsi).toBeCloseTo(82.432432432, 6);
    expect(single.ok && single.value.mdc90).toBeGreaterThan(0);

    const withBaseline = computeMeasure(
      'hop_single',
      { trials: { involved: [150], uninvolved: [160] } },
      { baselineInput: { trials: { involved: [100], uninvolved: [190] } } },
    );
    expect(withBaseline.ok && withBaseline.value.lsi).toBeCloseTo(93.75, 9);
    expect(withBaseline.ok && withBaseline.value.epic).toBeCloseTo(78.947368421, 6);
  });

  it('inverts the timed hop (REFERENCE §8 #3) and honours best-trial aggregation (#4)', () => {
    const timed = computeMeasure('hop_timed_6m', { trials: { involved: [2.4, 2.3], uninvolved: [2.1, 2.04] } });
    expect(timed.ok && timed.value.lsi).toBeCloseTo(88.085106383, 6);
    const best = computeMeasure('hop_single', {
      aggregation: 'best',
      trials: { involved: [118, 130, 126], uninvolved: [150, 152, 148] },
    });
    expect(best.ok && best.value.lsi).toBeCloseTo(85.526315789, 6);
  });

  it('names the offending field for bad input', () => {
    const bad = computeMeasure('hop_triple', { trials: { involved: [450, 0], uninvolved: [-1] } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues.map((i) => i.field)).toEqual(['trials.involved.1', 'trials.uninvolved.0']);
    expect(computeMeasure('hop_moon', {})).toEqual({
      ok: false,
      issues: [{ field: 'type', issue: 'is not a known measure type' }],
    });
    expect(!computeMeasure('hop_single', null).ok).toBe(true);
  });

  it('refuses implausibly large trials as typing errors (12000 cm for 120.00)', () => {
    const typo = computeMeasure('hop_single', { trials: { involved: [12000, 121], uninvolved: [150, 146] } });
    expect(!typo.ok && typo.issues).toEqual([
      { field: 'trials.involved.0', issue: 'is implausibly large (at most 1500 cm)' },
    ]);
    expect(computeMeasure('hop_timed_6m', { trials: { involved: [2.3], uninvolved: [61] } }).ok).toBe(false);
    expect(computeMeasure('hop_triple', { trials: { involved: [1500], uninvolved: [1400] } }).ok).toBe(true);
  });

  it('refuses unknown keys at any depth instead of ignoring them (a misspelt aggregation)', () => {
    const misspelt = computeMeasure('hop_single', {
      aggregaton: 'best',
      trials: { involved: [118, 130, 126], uninvolved: [150, 152, 148] },
    });
    expect(misspelt).toEqual({ ok: false, issues: [{ field: 'aggregaton', issue: 'is not a recognised field' }] });
    const nested = computeMeasure('hop_single', { trials: { involved: [1], uninvolved: [1], lsi: 99 } });
    expect(!nested.ok && nested.issues).toEqual([{ field: 'trials.lsi', issue: 'is not a recognised field' }]);
    const reading = { value: 1, unit: 'N.m', device: 'x', mode: 'concentric', velocityDegPerSecond: 60, torque: 1 };
    const strength = computeMeasure('strength_hamstrings', { involved: reading, uninvolved: reading });
    expect(!strength.ok && strength.issues.map((i) => i.field)).toEqual(['involved.torque', 'uninvolved.torque']);
  });

  it('keeps the LSI when the baseline is not comparable, with a note instead of EPIC', () => {
    const reading = (value: number, device = 'Biodex') => ({
      value,
      unit: 'N.m',
      device,
      mode: 'concentric',
      velocityDegPerSecond: 60,
    });
    const outcome = computeMeasure(
      'strength_quadriceps',
      { involved: reading(180), uninvolved: reading(220) },
      { baselineInput: { involved: reading(150, 'Hand-held'), uninvolved: reading(240, 'Hand-held') } },
    );
    expect(outcome.ok && outcome.value.lsi).toBeCloseTo(81.818181818, 6);
    expect(outcome.ok && outcome.value.epic).toBeNull();
    expect(outcome.ok && outcome.value.notes.join(' ')).toMatch(/EPIC not computed: the baseline is not comparable/);
  });

  it('computes strength LSI (REFERENCE §8 #6) and keeps protocol mismatches out', () => {
    const reading = (value: number) => ({
      value,
      unit: 'N.m',
      device: 'Biodex',
      mode: 'concentric',
      velocityDegPerSecond: 60,
    });
    const quad = computeMeasure('strength_quadriceps', { involved: reading(180), uninvolved: reading(220) });
    expect(quad.ok && quad.value.lsi).toBeCloseTo(81.818181818, 6);
    const mismatch = computeMeasure('strength_quadriceps', {
      involved: reading(180),
      uninvolved: { ...reading(220), velocityDegPerSecond: 180 },
    });
    expect(mismatch.ok).toBe(false);
  });

  it('computes every other measure type from a valid input', () => {
    const inputs: Record<string, unknown> = {
      y_balance: {
        involved: { limbLengthCm: 90, reachCm: { anterior: [65], posteromedial: [100], posterolateral: [95] } },
        uninvolved: { limbLengthCm: 90, reachCm: { anterior: [70], posteromedial: [100], posterolateral: [95] } },
      },
      single_leg_stance: { eyes: 'open', surface: 'firm', trials: { involved: [30], uninvolved: [40] } },
      running_t_test: { trialsSeconds: [10.8, 10.5] },
      reaction_time: { protocol: 'light board', trialsMs: [420, 380] },
      knee_rom: {
        involved: { extensionDeficitDeg: 2, flexionDeg: 130 },
        uninvolved: { extensionDeficitDeg: 0, flexionDeg: 140 },
      },
      effusion: { grade: 'trace' },
      quadriceps_lag: { degrees: 5 },
      prone_heel_height: { differenceCm: 1 },
      single_leg_squat: { rating: 'fair', reps: 5 },
      endurance_single_leg_bridge: { involved: 18, uninvolved: 24 },
      endurance_calf_raise: { involved: 22 },
      endurance_side_bridge: { involved: 35.5, uninvolved: 40 },
      endurance_single_leg_rise: { involved: 12, uninvolved: 15 },
      vestibular_balance: { passed: true },
      leg_press_1rm: { involvedKg: 120, uninvolvedKg: 150 },
      mrss: { total: 92 },
      tsk11: { total: 17 },
      rehab_milestone: { milestone: 'onfield_rehab_completed', completed: false },
    };
    for (const [type, input] of Object.entries(inputs)) {
      const outcome = computeMeasure(type, input);
      expect({ type, ok: outcome.ok, issues: outcome.ok ? [] : outcome.issues }).toEqual({
        type,
        ok: true,
        issues: [],
      });
    }
    expect(Object.keys(inputs).length + 8).toBe(MEASURE_TYPES.length);
  });
});

describe('computeMeasure: Melbourne and return-to-sport measures', () => {
  it('gives the endurance LSI (higher is better) as the outcome LSI, with the note when it is undefined', () => {
    const bridge = computeMeasure('endurance_single_leg_bridge', { involved: 18, uninvolved: 24 });
    expect(bridge.ok && bridge.value).toMatchObject({ lsi: 75, epic: null, mdc90: null, notes: [] });
    const zero = computeMeasure('endurance_calf_raise', { involved: 5, uninvolved: 0 });
    expect(zero.ok && zero.value).toMatchObject({ lsi: null, notes: ['LSI undefined: the uninvolved limb scored 0.'] });
    const fraction = computeMeasure('endurance_single_leg_rise', { involved: 10.5 });
    expect(!fraction.ok && fraction.issues.map((i) => i.field)).toEqual(['involved']);
  });

  it('computes the leg press × BW from the session body mass, and says why it is missing without one', () => {
    const input = { involvedKg: 120, uninvolvedKg: 150 };
    const withMass = computeMeasure('leg_press_1rm', input, { bodyMassKg: 80 });
    expect(withMass.ok && withMass.value).toMatchObject({ lsi: 80, notes: [], result: { involvedXbw: 1.5 } });
    const withoutMass = computeMeasure('leg_press_1rm', input);
    expect(withoutMass.ok && withoutMass.value).toMatchObject({ lsi: 80, result: { involvedXbw: null } });
    expect(withoutMass.ok && withoutMass.value.notes).toEqual([
      '× body weight not computed: no body mass was recorded for the session.',
    ]);
  });

  it('takes the body mass from the session only, never from the measure input', () => {
    const smuggled = computeMeasure('leg_press_1rm', { involvedKg: 120, bodyMassKg: 60 });
    expect(!smuggled.ok && smuggled.issues).toEqual([{ field: 'bodyMassKg', issue: 'is not a recognised field' }]);
  });

  it('names the offending field of the new measures', () => {
    const cases: [string, unknown, string[]][] = [
      ['prone_heel_height', { differenceCm: 50 }, ['differenceCm']],
      ['single_leg_squat', { rating: 'great' }, ['rating']],
      ['vestibular_balance', { passed: 1 }, ['passed']],
      ['mrss', { total: -2 }, ['total']],
      ['tsk11', { total: 50 }, ['total']],
      ['rehab_milestone', { milestone: 'onfield_rehab_completed' }, ['completed']],
      ['rehab_milestone', { milestone: 'x', completed: true, note: 'y' }, ['note']],
    ];
    for (const [type, input, expected] of cases) {
      const outcome = computeMeasure(type, input);
      expect({ type, fields: outcome.ok ? [] : outcome.issues.map((i) => i.field) }).toEqual({
        type,
        fields: expected,
      });
    }
  });
});

describe('scoreQuestionnaire', () => {
  it('scores KOOS by subscale (REFERENCE §8 #9) and reports an incomplete subscale as null', () => {
    const pain = [0, 1, 1, 2, 0, 1, 0, 0, 1];
    const answers = Object.fromEntries(pain.map((v, i) => [`P${i + 1}`, v]));
    const outcome = scoreQuestionnaire('koos', answers);
    expect(outcome.ok && outcome.value.scores['pain']).toBeCloseTo(83.333333333, 6);
    expect(outcome.ok && outcome.value.scores['adl']).toBeNull();
  });

  it('scores single-scale instruments as total (REFERENCE §8 #14, #16) and Tegner by level', () => {
    const rsi = [6, 5, 7, 4, 6, 5, 7, 6, 5, 4, 6, 7].map((v) => v * 10);
    const aclRsi = scoreQuestionnaire('acl_rsi', Object.fromEntries(rsi.map((v, i) => [`R${i + 1}`, v])));
    expect(aclRsi.ok && aclRsi.value.scores['total']).toBeCloseTo(56.666666667, 6);
    const tegner = scoreQuestionnaire('tegner', { preInjury: 9, current: 4 });
    expect(tegner.ok && tegner.value.scores).toEqual({ current: 4, preInjury: 9 });
    expect(scoreQuestionnaire('tegner', { current: 5.5 }).ok).toBe(false);
    const grs = scoreQuestionnaire('global_rating', { rating: 85 });
    expect(grs.ok && grs.value.scores).toEqual({ total: 85 });
  });

  it('refuses unknown instruments and out-of-range answers with the item named', () => {
    expect(scoreQuestionnaire('sf36', {}).ok).toBe(false);
    const bad = scoreQuestionnaire('koos', { P1: 5 });
    expect(!bad.ok && bad.issues[0]?.field).toBe('P1');
    const misspelt = scoreQuestionnaire('tegner', { preinjury: 9, current: 4 });
    expect(!misspelt.ok && misspelt.issues).toEqual([{ field: 'preinjury', issue: 'is not a recognised field' }]);
    expect(INSTRUMENTS).toContain('koos12');
  });
});
