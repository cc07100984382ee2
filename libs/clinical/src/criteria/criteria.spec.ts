import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { computeMeasure } from '../registry/compute-measure.js';
import { evaluateCriteria, validateCriterion, type Criterion } from './evaluate-criteria.js';
import { latestCriterionValues } from './criterion-values.js';

const hop90: Criterion = { measure: 'single_hop_lsi_pct', comparator: '>=', threshold: 90 };
const at = (value: number | string | boolean, date = '2026-09-01') => ({ value, date });

describe('evaluateCriteria: comparator edge cases', () => {
  it.each([
    ['single_hop_lsi_pct', '>=', 90, 90.0, 'met'],
    ['single_hop_lsi_pct', '>', 90, 90.0, 'not_met'],
    ['single_hop_lsi_pct', '>', 90, 90.0001, 'met'],
    ['quad_strength_deficit_pct', '<', 10, 10, 'not_met'],
    ['quad_strength_deficit_pct', '<=', 10, 10, 'met'],
    ['quad_lag_deg', '==', 0, 0, 'met'],
    ['quad_lag_deg', '==', 0, 2, 'not_met'],
  ] as const)('%s %s %s with value %s → %s', (measure, comparator, threshold, value, expected) => {
    const result = evaluateCriteria([{ measure, comparator, threshold }], { [measure]: at(value) });
    expect(result.criteria[0]?.status).toBe(expected);
  });

  it('decides 90 from floating-point arithmetic as 90 (KOS-ADLS 63/70, REFERENCE §8 #17)', () => {
    const kosAdls = (63 / 70) * 100;
    const values = { kos_adls_pct: at(kosAdls) };
    expect(evaluateCriteria([{ measure: 'kos_adls_pct', comparator: '>=', threshold: 90 }], values).allMet).toBe(true);
    expect(evaluateCriteria([{ measure: 'kos_adls_pct', comparator: '>', threshold: 90 }], values).allMet).toBe(false);
  });

  it('orders effusion grades and compares yes/no measures by equality', () => {
    const criteria: Criterion[] = [
      { measure: 'effusion_grade', comparator: '<=', threshold: '1+' },
      { measure: 'onfield_rehab_completed', comparator: '==', threshold: true },
    ];
    expect(evaluateCriteria(criteria, { effusion_grade: at('trace'), onfield_rehab_completed: at(true) }).allMet).toBe(
      true,
    );
    const worse = evaluateCriteria(criteria, { effusion_grade: at('2+'), onfield_rehab_completed: at(false) });
    expect(worse.criteria.map((c) => c.status)).toEqual(['not_met', 'not_met']);
  });
});

describe('evaluateCriteria: missing data', () => {
  it('reports a criterion without a value as not measured, never as met', () => {
    const result = evaluateCriteria([hop90, { measure: 'quad_strength_lsi_pct', comparator: '>=', threshold: 90 }], {
      single_hop_lsi_pct: at(95, '2026-08-30'),
    });
    expect(result.criteria).toMatchObject([
      { status: 'met', value: 95, date: '2026-08-30', threshold: 90, comparator: '>=', unit: '%' },
      { status: 'not_measured', value: null, date: null },
    ]);
    expect(result).toMatchObject({ allMet: false, met: 1, notMet: 0, notMeasured: 1 });
  });

  it('does not call an empty criteria set met', () => {
    expect(evaluateCriteria([], {}).allMet).toBe(false);
  });

  it('property: adding a value never turns a met criterion into not measured', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (x, y) => {
          const before = evaluateCriteria([hop90], { single_hop_lsi_pct: at(x) });
          const after = evaluateCriteria([hop90], { single_hop_lsi_pct: at(x), triple_hop_lsi_pct: at(y) });
          expect(after.criteria[0]?.status).toBe(before.criteria[0]?.status);
          expect(before.criteria[0]?.status).not.toBe('not_measured');
        },
      ),
    );
  });
});

describe('evaluateCriteria: bonus criteria', () => {
  const legPress: Criterion = { measure: 'leg_press_1rm_xbw', comparator: '>=', threshold: 1.5, bonus: true };

  it('reports a bonus criterion but does not let it gate: all required met is all met', () => {
    const result = evaluateCriteria([hop90, legPress], { single_hop_lsi_pct: at(92) });
    expect(result).toMatchObject({ allMet: true, met: 1, notMet: 0, notMeasured: 0, bonusMet: 0 });
    expect(result.criteria.map((c) => [c.measure, c.bonus, c.status])).toEqual([
      ['single_hop_lsi_pct', false, 'met'],
      ['leg_press_1rm_xbw', true, 'not_measured'],
    ]);
  });

  it('counts a met bonus criterion in bonusMet only, and never makes an unmet required set pass', () => {
    const result = evaluateCriteria([hop90, legPress], { single_hop_lsi_pct: at(80), leg_press_1rm_xbw: at(1.6) });
    expect(result).toMatchObject({ allMet: false, met: 0, notMet: 1, notMeasured: 0, bonusMet: 1 });
    expect(result.criteria[1]).toMatchObject({ bonus: true, status: 'met', value: 1.6 });
  });

  it('does not count a failed bonus criterion as not met', () => {
    const result = evaluateCriteria([hop90, legPress], { single_hop_lsi_pct: at(95), leg_press_1rm_xbw: at(1.2) });
    expect(result).toMatchObject({ allMet: true, notMet: 0, bonusMet: 0 });
    expect(result.criteria[1]?.status).toBe('not_met');
  });

  it('never calls a set of bonus criteria only all met, even when they are met', () => {
    const result = evaluateCriteria([legPress], { leg_press_1rm_xbw: at(2) });
    expect(result).toMatchObject({ allMet: false, met: 0, notMet: 0, notMeasured: 0, bonusMet: 1 });
  });

  it('treats bonus: false like an absent flag, and refuses a bonus that is not a boolean', () => {
    const explicit = evaluateCriteria([{ ...hop90, bonus: false }], {});
    expect(explicit).toMatchObject({ allMet: false, notMeasured: 1 });
    expect(explicit.criteria[0]?.bonus).toBe(false);
    expect(validateCriterion({ ...legPress, bonus: 'yes' })).toEqual([
      { field: 'criterion.bonus', issue: 'must be true or false when given' },
    ]);
    expect(validateCriterion(legPress)).toEqual([]);
  });
});

describe('validateCriterion: protocol definitions', () => {
  it.each([
    [{ measure: 'moon_hop_lsi', comparator: '>=', threshold: 90 }, 'criterion.measure'],
    [{ measure: 'single_hop_lsi_pct', comparator: '=>', threshold: 90 }, 'criterion.comparator'],
    [{ measure: 'single_hop_lsi_pct', comparator: '>=', threshold: -5 }, 'criterion.threshold'],
    [{ measure: 'knee_flex_deg', comparator: '>', threshold: 200 }, 'criterion.threshold'],
    [{ measure: 'effusion_grade', comparator: '<=', threshold: '4+' }, 'criterion.threshold'],
    [{ measure: 'onfield_rehab_completed', comparator: '>=', threshold: true }, 'criterion.comparator'],
    [{ measure: 'single_hop_lsi_pct', comparator: '>=', threshold: '90' }, 'criterion.threshold'],
  ])('refuses %j naming %s', (criterion, field) => {
    expect(validateCriterion(criterion).map((i) => i.field)).toEqual([field]);
  });

  it('accepts the criteria of the seeded return-to-sport sets', () => {
    const delaware: Criterion[] = [
      { measure: 'weeks_post_op', comparator: '>=', threshold: 39 },
      { measure: 'quad_strength_lsi_pct', comparator: '>=', threshold: 90 },
      { measure: 'timed_hop_6m_lsi_pct', comparator: '>=', threshold: 90 },
      { measure: 'kos_adls_pct', comparator: '>=', threshold: 90 },
      { measure: 'grs_0_100', comparator: '>=', threshold: 90 },
      { measure: 'quad_strength_deficit_pct', comparator: '<', threshold: 10 },
      { measure: 'running_t_test_s', comparator: '<', threshold: 11 },
    ];
    expect(delaware.flatMap((c) => validateCriterion(c))).toEqual([]);
  });
});

describe('latestCriterionValues', () => {
  const hop = (type: string, involved: number[], uninvolved: number[]) => {
    const outcome = computeMeasure(type, { trials: { involved, uninvolved } });
    if (!outcome.ok) throw new Error('invalid test input');
    return outcome.value;
  };

  it('takes the latest value per measure with its date, questionnaire totals, and weeks since surgery', () => {
    const values = latestCriterionValues({
      measures: [
        { date: '2026-06-01', outcome: hop('hop_single', [120, 124], [150, 146]) },
        { date: '2026-09-01', outcome: hop('hop_single', [150], [160]) },
        { date: '2026-07-01', outcome: hop('hop_timed_6m', [2.4, 2.3], [2.1, 2.04]) },
      ],
      questionnaires: [{ instrument: 'kos_adls', date: '2026-09-02', scores: { total: 90 } }],
      surgeryDate: '2026-01-01',
      asOf: '2026-09-30',
    });
    expect(values.single_hop_lsi_pct).toEqual({ value: 93.75, date: '2026-09-01' });
    expect(values.timed_hop_6m_lsi_pct?.value).toBeCloseTo(88.085106383, 6);
    expect(values.kos_adls_pct).toEqual({ value: 90, date: '2026-09-02' });
    expect(values.weeks_post_op).toEqual({ value: 38, date: '2026-09-30' });
    expect(values.quad_strength_lsi_pct).toBeUndefined();
  });

  it('gives the Delaware 9-month floor (>= 39 weeks) on the right day: not met on day 272, met on day 273', () => {
    const floor: Criterion[] = [{ measure: 'weeks_post_op', comparator: '>=', threshold: 39 }];
    const on = (asOf: string) =>
      evaluateCriteria(
        floor,
        latestCriterionValues({ measures: [], questionnaires: [], surgeryDate: '2026-01-01', asOf }),
      ).criteria[0];
    expect(on('2026-09-30')).toMatchObject({ status: 'not_met', value: 38 });
    expect(on('2026-10-01')).toMatchObject({ status: 'met', value: 39 });
  });
});
