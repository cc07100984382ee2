import { describe, expect, it } from '@jest/globals';
import { computeMeasure, type MeasureContext, type MeasureOutcome } from '../registry/compute-measure.js';
import { latestCriterionValues, type RecordedMeasure } from './criterion-values.js';
import { evaluateCriteria, type Criterion } from './evaluate-criteria.js';

const measured = (type: string, input: unknown, context: MeasureContext = {}): MeasureOutcome => {
  const outcome = computeMeasure(type, input, context);
  if (!outcome.ok) throw new Error(`invalid test input for ${type}: ${JSON.stringify(outcome.issues)}`);
  return outcome.value;
};

const valuesOf = (...measures: RecordedMeasure[]) =>
  latestCriterionValues({ measures, questionnaires: [], surgeryDate: null, asOf: '2026-09-30' });

const on = (date: string, type: string, input: unknown, context?: MeasureContext): RecordedMeasure => ({
  date,
  outcome: measured(type, input, context),
});

const reading = (value: number, mode: string, velocityDegPerSecond: number | null) => ({
  value,
  unit: 'N.m',
  device: 'Biodex',
  mode,
  velocityDegPerSecond,
});

describe('latestCriterionValues: knee flexion deficit and prone heel height', () => {
  it('reads the flexion deficit as uninvolved minus involved flexion', () => {
    const values = valuesOf(
      on('2026-03-01', 'knee_rom', {
        involved: { extensionDeficitDeg: 0, flexionDeg: 120 },
        uninvolved: { extensionDeficitDeg: -3, flexionDeg: 135 },
      }),
    );
    expect(values.knee_flex_deficit_deg).toEqual({ value: 15, date: '2026-03-01' });
    expect(values.knee_flex_deg?.value).toBe(120);
  });

  it('has no flexion deficit without the uninvolved knee', () => {
    const values = valuesOf(on('2026-03-01', 'knee_rom', { involved: { flexionDeg: 120 } }));
    expect(values.knee_flex_deficit_deg).toBeUndefined();
    expect(values.knee_flex_deg?.value).toBe(120);
  });

  it('reads the prone heel-height difference', () => {
    const values = valuesOf(on('2026-04-01', 'prone_heel_height', { differenceCm: 2 }));
    expect(values.prone_heel_height_diff_cm).toEqual({ value: 2, date: '2026-04-01' });
  });
});

describe('latestCriterionValues: single-leg squat rating', () => {
  const atLeastFair: Criterion = { measure: 'single_leg_squat_rating', comparator: '>=', threshold: 'fair' };

  it('reads the rating, which then compares by rank', () => {
    const fair = valuesOf(on('2026-04-01', 'single_leg_squat', { rating: 'fair' }));
    expect(fair.single_leg_squat_rating).toEqual({ value: 'fair', date: '2026-04-01' });
    expect(evaluateCriteria([atLeastFair], fair).allMet).toBe(true);
    const poor = valuesOf(on('2026-04-01', 'single_leg_squat', { rating: 'poor', reps: 5 }));
    expect(evaluateCriteria([atLeastFair], poor).criteria[0]?.status).toBe('not_met');
    const good: Criterion = { measure: 'single_leg_squat_rating', comparator: '==', threshold: 'good' };
    expect(evaluateCriteria([good], fair).criteria[0]?.status).toBe('not_met');
  });
});

describe('latestCriterionValues: Melbourne endurance tests', () => {
  it.each([
    ['endurance_single_leg_bridge', 'single_leg_bridge_reps_lsi_pct', 'single_leg_bridge_reps', 18, 24, 75],
    ['endurance_calf_raise', 'single_leg_calf_raise_reps_lsi_pct', 'single_leg_calf_raise_reps', 21, 28, 75],
    ['endurance_side_bridge', 'side_bridge_hold_lsi_pct', 'side_bridge_hold_s', 30, 40, 75],
    ['endurance_single_leg_rise', 'single_leg_rise_reps_lsi_pct', 'single_leg_rise_reps', 12, 15, 80],
  ] as const)('%s gives %s and the involved value %s', (type, lsiKey, involvedKey, involved, uninvolved, lsi) => {
    const values = valuesOf(on('2026-05-01', type, { involved, uninvolved }));
    expect(values[lsiKey]?.value).toBeCloseTo(lsi, 9);
    expect(values[involvedKey]).toEqual({ value: involved, date: '2026-05-01' });
  });

  it('gives the involved value but no LSI when only the involved limb was tested', () => {
    const values = valuesOf(on('2026-05-01', 'endurance_single_leg_rise', { involved: 23 }));
    expect(values.single_leg_rise_reps).toEqual({ value: 23, date: '2026-05-01' });
    expect(values.single_leg_rise_reps_lsi_pct).toBeUndefined();
  });

  it('judges the compound "> 85% LSI and > 20 reps" as two criteria', () => {
    const criteria: Criterion[] = [
      { measure: 'single_leg_bridge_reps_lsi_pct', comparator: '>', threshold: 85 },
      { measure: 'single_leg_bridge_reps', comparator: '>', threshold: 20 },
    ];
    // Symmetric but weak: the LSI passes, the repetitions do not.
    const weak = evaluateCriteria(
      criteria,
      valuesOf(on('2026-05-01', 'endurance_single_leg_bridge', { involved: 15, uninvolved: 16 })),
    );
    expect(weak.criteria.map((c) => c.status)).toEqual(['met', 'not_met']);
    expect(weak.allMet).toBe(false);
    const strong = evaluateCriteria(
      criteria,
      valuesOf(on('2026-05-01', 'endurance_single_leg_bridge', { involved: 25, uninvolved: 27 })),
    );
    expect(strong.allMet).toBe(true);
  });
});

describe('latestCriterionValues: unipedal stance (firm surface only)', () => {
  const stance = (eyes: string, surface: string, involved: number[]) => ({
    eyes,
    surface,
    trials: { involved, uninvolved: [45] },
  });

  it('feeds eyes open and eyes closed from firm-surface stance, the involved limb’s best trial', () => {
    const values = valuesOf(
      on('2026-05-01', 'single_leg_stance', stance('open', 'firm', [38, 44, 41])),
      on('2026-05-02', 'single_leg_stance', stance('closed', 'firm', [7, 9.5])),
    );
    expect(values.unipedal_stance_eo_s).toEqual({ value: 44, date: '2026-05-01' });
    expect(values.unipedal_stance_ec_s).toEqual({ value: 9.5, date: '2026-05-02' });
  });

  it('does not feed the criteria from stance on foam, even when it is the latest', () => {
    const foamOnly = valuesOf(on('2026-05-01', 'single_leg_stance', stance('open', 'foam', [45])));
    expect(foamOnly.unipedal_stance_eo_s).toBeUndefined();
    expect(foamOnly.unipedal_stance_ec_s).toBeUndefined();
    const values = valuesOf(
      on('2026-05-01', 'single_leg_stance', stance('open', 'firm', [40])),
      on('2026-06-01', 'single_leg_stance', stance('open', 'foam', [12])),
    );
    expect(values.unipedal_stance_eo_s).toEqual({ value: 40, date: '2026-05-01' });
  });
});

describe('latestCriterionValues: vestibular balance, MRSS, TSK-11', () => {
  it('reads pass/fail, the MRSS total and the TSK-11 total', () => {
    const values = valuesOf(
      on('2026-06-01', 'vestibular_balance', { passed: false }),
      on('2026-06-01', 'mrss', { total: 96 }),
      on('2026-06-01', 'tsk11', { total: 19 }),
    );
    expect(values.vestibular_balance_pass).toEqual({ value: false, date: '2026-06-01' });
    expect(values.mrss_total).toEqual({ value: 96, date: '2026-06-01' });
    expect(values.tsk11_score).toEqual({ value: 19, date: '2026-06-01' });
    const melbourne = evaluateCriteria(
      [
        { measure: 'mrss_total', comparator: '>=', threshold: 95 },
        { measure: 'tsk11_score', comparator: '<=', threshold: 18 },
        { measure: 'vestibular_balance_pass', comparator: '==', threshold: true },
      ],
      values,
    );
    expect(melbourne.criteria.map((c) => c.status)).toEqual(['met', 'not_met', 'not_met']);
  });
});

describe('latestCriterionValues: leg press relative to body weight', () => {
  it('gives × BW when the session had a body mass', () => {
    const values = valuesOf(
      on('2026-06-01', 'leg_press_1rm', { involvedKg: 120, uninvolvedKg: 150 }, { bodyMassKg: 80 }),
    );
    expect(values.leg_press_1rm_xbw).toEqual({ value: 1.5, date: '2026-06-01' });
  });

  it('gives no value without a body mass (the leg press is then not measured for the criterion)', () => {
    const values = valuesOf(on('2026-06-01', 'leg_press_1rm', { involvedKg: 120, uninvolvedKg: 150 }));
    expect(values.leg_press_1rm_xbw).toBeUndefined();
    const criterion: Criterion = { measure: 'leg_press_1rm_xbw', comparator: '>=', threshold: 1.5, bonus: true };
    expect(evaluateCriteria([criterion], values).criteria[0]?.status).toBe('not_measured');
  });
});

describe('latestCriterionValues: Kyritsis isokinetic quadriceps deficit at 60°/s', () => {
  const quads = (mode: string, velocity: number | null) => ({
    involved: reading(180, mode, velocity),
    uninvolved: reading(200, mode, velocity),
  });

  it('reads 100 − LSI from concentric readings at 60°/s', () => {
    const values = valuesOf(on('2026-07-01', 'strength_quadriceps', quads('concentric', 60)));
    expect(values.quad_isokinetic_60_deficit_pct?.value).toBeCloseTo(10, 9);
    expect(values.quad_strength_deficit_pct?.value).toBeCloseTo(10, 9);
  });

  it.each([
    ['concentric', 180],
    ['eccentric', 60],
    ['isometric', null],
  ] as const)('does not feed it from %s readings at %s°/s (the general deficit still is)', (mode, velocity) => {
    const values = valuesOf(on('2026-07-01', 'strength_quadriceps', quads(mode, velocity)));
    expect(values.quad_isokinetic_60_deficit_pct).toBeUndefined();
    expect(values.quad_strength_deficit_pct?.value).toBeCloseTo(10, 9);
  });

  it('keeps the 60°/s value when a later session tested at 180°/s only', () => {
    const values = valuesOf(
      on('2026-07-01', 'strength_quadriceps', quads('concentric', 60)),
      on('2026-08-01', 'strength_quadriceps', {
        involved: reading(150, 'concentric', 180),
        uninvolved: reading(150, 'concentric', 180),
      }),
    );
    expect(values.quad_isokinetic_60_deficit_pct?.date).toBe('2026-07-01');
    expect(values.quad_strength_deficit_pct).toEqual({ value: 0, date: '2026-08-01' });
  });

  it('is not read from hamstring strength', () => {
    const values = valuesOf(on('2026-07-01', 'strength_hamstrings', quads('concentric', 60)));
    expect(values.quad_isokinetic_60_deficit_pct).toBeUndefined();
  });
});

describe('latestCriterionValues: rehabilitation milestones', () => {
  it('feeds each milestone its own criterion, the latest record winning', () => {
    const values = valuesOf(
      on('2026-08-01', 'rehab_milestone', { milestone: 'onfield_rehab_completed', completed: false }),
      on('2026-08-15', 'rehab_milestone', { milestone: 'prevention_program_active', completed: true }),
      on('2026-09-01', 'rehab_milestone', { milestone: 'onfield_rehab_completed', completed: true }),
    );
    expect(values.onfield_rehab_completed).toEqual({ value: true, date: '2026-09-01' });
    expect(values.prevention_program_active).toEqual({ value: true, date: '2026-08-15' });
  });

  it('does not let one milestone answer for the other', () => {
    const values = valuesOf(
      on('2026-08-01', 'rehab_milestone', { milestone: 'prevention_program_active', completed: true }),
    );
    expect(values.onfield_rehab_completed).toBeUndefined();
    const kyritsis5: Criterion = { measure: 'onfield_rehab_completed', comparator: '==', threshold: true };
    expect(evaluateCriteria([kyritsis5], values).criteria[0]?.status).toBe('not_measured');
  });
});
