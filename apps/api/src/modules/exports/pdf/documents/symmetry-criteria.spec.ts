import { describe, expect, it } from '@jest/globals';
import {
  latestCriterionValues,
  MEASURE_TYPES,
  type CriterionMeasure,
  type MeasureOutcome,
  type MeasureType,
} from '@proprio/clinical';
import type { SymmetryPoint, SymmetryTrend } from '@proprio/contracts';
import { LSI_CRITERION_TESTS, symmetryPointOf } from './symmetry-criteria.js';

const LSI = 77.7;

/** The criterion values the clinical library derives from one measurement of `type` with an LSI of 77.7. */
function valuesFrom(type: MeasureType) {
  const outcome: MeasureOutcome = { type, result: {}, lsi: LSI, epic: null, mdc90: null, notes: [], method: null };
  return latestCriterionValues({
    measures: [{ date: '2026-09-01', outcome }],
    questionnaires: [],
    surgeryDate: null,
    asOf: '2026-09-02',
  });
}

describe('LSI_CRITERION_TESTS', () => {
  it('names, for each LSI criterion, the test the clinical library reads its value from', () => {
    for (const [measure, type] of Object.entries(LSI_CRITERION_TESTS)) {
      expect({ measure, value: valuesFrom(type)[measure as CriterionMeasure]?.value }).toEqual({ measure, value: LSI });
    }
  });

  it('misses no LSI criterion of a test that has a symmetry trend', () => {
    const trendTypes = MEASURE_TYPES.filter(
      (t) => t.startsWith('hop_') || t.startsWith('strength_') || t === 'y_balance',
    );
    for (const type of trendTypes) {
      const lsiCriteria = Object.entries(valuesFrom(type))
        .filter(([measure, v]) => measure.endsWith('_lsi_pct') && v.value === LSI)
        .map(([measure]) => measure as CriterionMeasure);
      expect({ type, mapped: lsiCriteria.map((m) => LSI_CRITERION_TESTS[m]) }).toEqual({
        type,
        mapped: lsiCriteria.map(() => type),
      });
    }
  });
});

const point = (overrides: Partial<SymmetryPoint>): SymmetryPoint => ({
  date: '2026-09-01',
  assessmentId: 'a',
  measurementId: 'm',
  baseline: false,
  lsi: 93.4,
  epic: 86.1,
  method: 'mean',
  changeFromPrevious: 4.2,
  withinMeasurementError: true,
  ...overrides,
});

const trend = (type: MeasureType, points: SymmetryPoint[]): SymmetryTrend => ({
  type,
  label: type,
  mdc90: 12.96,
  points,
});

describe('symmetryPointOf', () => {
  const single = point({});
  const trends = [
    trend('hop_single', [point({ date: '2026-08-01', lsi: 80, epic: 70 }), single]),
    trend('strength_quadriceps', [point({ lsi: 91, epic: 84 })]),
  ];

  it('finds the measurement a criterion value came from: same test, same day, same LSI', () => {
    expect(symmetryPointOf(trends, 'single_hop_lsi_pct', 93.4, '2026-09-01')).toBe(single);
    expect(symmetryPointOf(trends, 'quad_strength_lsi_pct', 91, '2026-09-01')?.epic).toBe(84);
  });

  it('finds nothing for another value or day, an unmeasured criterion, or a criterion that is not an LSI', () => {
    expect(symmetryPointOf(trends, 'single_hop_lsi_pct', 93.5, '2026-09-01')).toBeNull();
    expect(symmetryPointOf(trends, 'single_hop_lsi_pct', 93.4, '2026-08-01')).toBeNull();
    expect(symmetryPointOf(trends, 'single_hop_lsi_pct', null, null)).toBeNull();
    expect(symmetryPointOf(trends, 'triple_hop_lsi_pct', 93.4, '2026-09-01')).toBeNull();
    expect(symmetryPointOf(trends, 'quad_isokinetic_60_deficit_pct', 9, '2026-09-01')).toBeNull();
    expect(symmetryPointOf(trends, 'weeks_post_op', 40, '2026-09-01')).toBeNull();
  });

  it('shows nothing rather than guess when two measurements of that day disagree on EPIC', () => {
    const twice = [trend('hop_single', [point({ epic: 80 }), point({ epic: 85 })])];
    expect(symmetryPointOf(twice, 'single_hop_lsi_pct', 93.4, '2026-09-01')).toBeNull();
    const same = [trend('hop_single', [point({ measurementId: 'x' }), point({ measurementId: 'y' })])];
    expect(symmetryPointOf(same, 'single_hop_lsi_pct', 93.4, '2026-09-01')?.measurementId).toBe('y');
  });
});
