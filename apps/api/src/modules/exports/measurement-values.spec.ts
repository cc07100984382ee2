import { describe, expect, it } from '@jest/globals';
import { computeMeasure, type MeasureType } from '@proprio/clinical';
import type { Measurement } from '@proprio/contracts';
import {
  allValues,
  formatMeasuredValue,
  formatNumber,
  measurementValues,
  sideOf,
  type MeasuredValue,
} from './measurement-values.js';

/** A measurement as the API returns it, its result computed by the clinical library. */
function measured(
  type: MeasureType,
  input: Record<string, unknown>,
  context: { baselineInput?: unknown; bodyMassKg?: number } = {},
): Measurement {
  const outcome = computeMeasure(type, input, context);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return {
    id: 'm1',
    assessmentId: 'a1',
    type,
    input,
    result: outcome.value.result,
    lsi: outcome.value.lsi,
    epic: outcome.value.epic,
    status: 'current',
    supersedesId: null,
    changeReason: null,
    createdAt: '2026-10-15T10:00:00.000Z',
    createdBy: 'u1',
    voidedAt: null,
  };
}

describe('measurementValues', () => {
  it('a hop test: trials as entered, then mean and best per limb; the primary value follows the aggregation', () => {
    const values = measurementValues(
      measured('hop_single', {
        trials: { involved: [118, 130, 126], uninvolved: [150, 152, 148] },
        aggregation: 'best',
      }),
    );
    const involved = values.limbs[0]!;
    expect(involved.limb).toBe('involved');
    expect(involved.values.map((v) => [v.quantity, v.trial, v.value, v.unit, v.derived])).toEqual([
      ['trial', 1, 118, 'cm', false],
      ['trial', 2, 130, 'cm', false],
      ['trial', 3, 126, 'cm', false],
      ['mean', null, 124.66666666666667, 'cm', true],
      ['best', null, 130, 'cm', true],
    ]);
    expect(involved.primary?.quantity).toBe('best');
    // REFERENCE §8 #4: best 130 / 152.
    expect(values.lsi).toMatchObject({ quantity: 'lsi', value: 85.52631578947368, unit: '%', derived: true });
    expect(values.method).toBe('best trial');
    expect(values.epic).toBeNull();
  });

  it('a timed hop in seconds and a side hop in counts ({#})', () => {
    expect(
      measurementValues(measured('hop_timed_6m', { trials: { involved: [2.4], uninvolved: [2.1] } })).limbs[0]!.primary,
    ).toMatchObject({ unit: 's', quantity: 'mean' });
    expect(
      measurementValues(measured('hop_side', { trials: { involved: [30], uninvolved: [40] } })).limbs[1]!.primary,
    ).toMatchObject({ unit: '{#}', value: 40 });
  });

  it('EPIC is carried from the measurement when a baseline applied', () => {
    const values = measurementValues(
      measured(
        'hop_single',
        { trials: { involved: [150], uninvolved: [160] } },
        { baselineInput: { trials: { involved: [170], uninvolved: [190] } } },
      ),
    );
    // REFERENCE §8 #5: 150 / 190.
    expect(values.epic?.value).toBeCloseTo(78.947368421, 8);
  });

  it('strength: the reading per limb (torque or force by its unit), per kg when the body mass is known, and the deficit', () => {
    const reading = (value: number, unit: string) => ({
      value,
      unit,
      device: 'HHD',
      mode: 'isometric',
      velocityDegPerSecond: null,
    });
    const torque = measurementValues(
      measured(
        'strength_quadriceps',
        { involved: reading(180, 'N.m'), uninvolved: reading(220, 'N.m') },
        { bodyMassKg: 72 },
      ),
    );
    expect(torque.limbs[0]!.values.map((v) => [v.quantity, v.value, v.unit, v.derived])).toEqual([
      ['peak_torque', 180, 'N.m', false],
      ['peak_torque_per_kg', 2.5, 'N.m/kg', true],
    ]);
    expect(torque.comparisons.map((v) => [v.quantity, v.unit])).toEqual([['deficit', '%']]);
    expect(torque.method).toBe('HHD, isometric');
    const force = measurementValues(
      measured('strength_hamstrings', { involved: reading(150, 'N'), uninvolved: reading(160, 'N') }),
    );
    expect(force.limbs[0]!.values.map((v) => [v.quantity, v.unit])).toEqual([['peak_force', 'N']]);
  });

  it('knee ROM: no single headline value per knee; a knee that was not measured is absent', () => {
    const values = measurementValues(measured('knee_rom', { involved: { extensionDeficitDeg: -2, flexionDeg: 125 } }));
    expect(values.limbs).toHaveLength(1);
    expect(values.limbs[0]!.primary).toBeNull();
    expect(values.limbs[0]!.values.map((v) => [v.quantity, v.value, v.derived])).toEqual([
      ['extension_deficit', -2, false],
      ['flexion', 125, false],
      ['arc', 127, true],
    ]);
    expect(values.comparisons).toEqual([]);
  });

  it('whole-body and graded measures: one entered value, at the knee where it is a knee sign', () => {
    const effusion = measurementValues(measured('effusion', { grade: '1+' }));
    expect(effusion.site).toBe('knee');
    expect(effusion.whole).toMatchObject({ primary: { quantity: 'grade', value: '1+', unit: null, derived: false } });
    const mrss = measurementValues(measured('mrss', { total: 88 }));
    expect(mrss.site).toBeNull();
    expect(mrss.whole).toMatchObject({ primary: { value: 88, unit: '{score}' } });
    expect(
      measurementValues(measured('rehab_milestone', { milestone: 'prevention_program_active', completed: false })).whole
        ?.primary,
    ).toMatchObject({ quantity: 'prevention_program_active', value: false });
  });

  it('a site only where the measure is of the knee or of the leg: not the head-turn balance test nor the totals', () => {
    expect(measurementValues(measured('vestibular_balance', { passed: true })).site).toBeNull();
    expect(measurementValues(measured('tsk11', { total: 20 })).site).toBeNull();
    expect(
      measurementValues(measured('rehab_milestone', { milestone: 'prevention_program_active', completed: true })).site,
    ).toBeNull();
    expect(
      measurementValues(measured('knee_rom', { involved: { extensionDeficitDeg: 0, flexionDeg: 130 } })).site,
    ).toBe('knee');
    expect(measurementValues(measured('endurance_calf_raise', { involved: 22, uninvolved: 25 })).site).toBe(
      'lower_limb',
    );
    expect(measurementValues(measured('hop_single', { trials: { involved: [120], uninvolved: [150] } })).site).toBe(
      'lower_limb',
    );
  });

  it('allValues lists limbs, whole values, comparisons, then LSI and EPIC', () => {
    const values = measurementValues(
      measured('y_balance', {
        involved: { limbLengthCm: 90, reachCm: { anterior: [65], posteromedial: [100], posterolateral: [95] } },
        uninvolved: { limbLengthCm: 90, reachCm: { anterior: [70], posteromedial: [100], posterolateral: [95] } },
      }),
    );
    const listed = allValues(values);
    expect(listed.at(-1)!.value.quantity).toBe('lsi');
    expect(listed.filter((v) => v.limb === null).map((v) => v.value.quantity)).toEqual([
      'anterior_asymmetry',
      'anterior_asymmetry_flagged',
      'lsi',
    ]);
    // REFERENCE §8 #8: composite 260 / 270.
    expect(values.limbs[0]!.primary?.value).toBeCloseTo(96.296296296, 8);
  });

  it('sideOf: the involved limb is on the episode’s side, the other on the opposite one', () => {
    expect(sideOf('involved', { involvedSide: 'right' })).toBe('right');
    expect(sideOf('uninvolved', { involvedSide: 'right' })).toBe('left');
    expect(sideOf('uninvolved', { involvedSide: 'left' })).toBe('right');
  });
});

describe('formatNumber', () => {
  it('rounds for reading only and drops trailing zeros', () => {
    expect(formatNumber(122.5, 1)).toBe('122.5');
    expect(formatNumber(120, 1)).toBe('120');
    expect(formatNumber(2.5333, 2)).toBe('2.53');
    expect(formatNumber(81.0811, 1)).toBe('81.1');
    expect(formatNumber(399.6, 0)).toBe('400');
    expect(formatNumber(-0.04, 1)).toBe('0');
    expect(formatNumber(-2.25, 1)).toBe('-2.3');
    expect(formatNumber(Number.NaN, 1)).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY, 1)).toBe('—');
  });
});

describe('formatMeasuredValue', () => {
  const value = (v: MeasuredValue['value'], unit: MeasuredValue['unit']): MeasuredValue => ({
    quantity: 'q',
    label: 'Q',
    trial: null,
    value: v,
    unit,
    derived: false,
  });

  it('rounds each unit as it is read and writes the unit as people read it', () => {
    expect(formatMeasuredValue(value(124.66666666666667, 'cm'))).toBe('124.7 cm');
    expect(formatMeasuredValue(value(2.5456, 's'))).toBe('2.55 s');
    expect(formatMeasuredValue(value(399.6, 'ms'))).toBe('400 ms');
    expect(formatMeasuredValue(value(180.04, 'N.m'))).toBe('180 N·m');
    expect(formatMeasuredValue(value(2.4567, 'N.m/kg'))).toBe('2.46 N·m/kg');
    expect(formatMeasuredValue(value(85.52631578947368, '%'))).toBe('85.5%');
    expect(formatMeasuredValue(value(-3, 'deg'))).toBe('-3°');
    expect(formatMeasuredValue(value(1.875, 'kg/kg'))).toBe('1.88 × body weight');
    expect(formatMeasuredValue(value(17, '{score}'))).toBe('17 score');
  });

  it('names a unit as the sentence needs it, and prints text and booleans as they are', () => {
    expect(formatMeasuredValue(value(43.5, '{#}'), { '{#}': 'hops' })).toBe('43.5 hops');
    expect(formatMeasuredValue(value(43.5, '{#}'))).toBe('43.5 count');
    expect(formatMeasuredValue(value('1+', null))).toBe('1+');
    expect(formatMeasuredValue(value(true, null))).toBe('yes');
    expect(formatMeasuredValue(value(false, null))).toBe('no');
  });
});
