import { describe, expect, it } from '@jest/globals';
import { computeMeasure, MEASURE_TYPES, type MeasureType } from '@proprio/clinical';
import type { Measurement } from '@proprio/contracts';
import { measurementValues } from '../../exports/measurement-values.js';
import { describeMeasurementValues } from './measurement-text.js';

/** A measurement as the API returns it, its result computed by the clinical library. */
function measured(type: MeasureType, input: Record<string, unknown>, result: unknown): Measurement {
  return {
    id: 'm1',
    assessmentId: 'a1',
    type,
    input,
    result,
    lsi: null,
    epic: null,
    status: 'current',
    supersedesId: null,
    changeReason: null,
    createdAt: '2026-03-10T09:00:00.000Z',
    createdBy: 'u1',
    voidedAt: null,
  };
}
const wordsFor = (type: MeasureType, input: Record<string, unknown>, result: unknown) =>
  describeMeasurementValues(measurementValues(measured(type, input, result)));

const reading = (value: number) => ({
  value,
  unit: 'N.m',
  device: 'Biodex System 4',
  mode: 'concentric',
  velocityDegPerSecond: 60,
});
const hop = (involved: number[], uninvolved: number[]) => ({ trials: { involved, uninvolved } });

/** A valid raw input for every measure the library knows, and what its values read as. */
const CASES: Record<MeasureType, { input: Record<string, unknown>; bodyMassKg?: number; reads: string }> = {
  hop_single: { input: hop([118, 122], [150, 146]), reads: 'involved 120 cm, uninvolved 148 cm (mean of the trials)' },
  hop_triple: {
    input: { ...hop([400, 420], [470]), aggregation: 'best' },
    reads: 'involved 420 cm, uninvolved 470 cm (best trial)',
  },
  hop_crossover: { input: hop([360.25], [440]), reads: 'involved 360.3 cm, uninvolved 440 cm (mean of the trials)' },
  hop_timed_6m: { input: hop([2.6, 2.5], [2.1, 2.1]), reads: 'involved 2.55 s, uninvolved 2.1 s (mean of the trials)' },
  hop_side: { input: hop([38, 40], [43, 44]), reads: 'involved 39 hops, uninvolved 43.5 hops (mean of the trials)' },
  hop_vertical: { input: hop([20], [25]), reads: 'involved 20 cm, uninvolved 25 cm (mean of the trials)' },
  strength_quadriceps: {
    input: { involved: reading(180), uninvolved: reading(220) },
    bodyMassKg: 80,
    reads: 'involved 180 N·m (2.25 N·m/kg), uninvolved 220 N·m (2.75 N·m/kg) (Biodex System 4, concentric, 60°/s)',
  },
  strength_hamstrings: {
    input: { involved: reading(100), uninvolved: reading(125) },
    reads: 'involved 100 N·m, uninvolved 125 N·m (Biodex System 4, concentric, 60°/s)',
  },
  y_balance: {
    input: {
      involved: { limbLengthCm: 90, reachCm: { anterior: [65], posteromedial: [100], posterolateral: [95] } },
      uninvolved: { limbLengthCm: 90, reachCm: { anterior: [70], posteromedial: [100], posterolateral: [95] } },
    },
    reads:
      'involved anterior 65 cm, posteromedial 100 cm, posterolateral 95 cm, composite 96.3% of limb length; ' +
      'uninvolved anterior 70 cm, posteromedial 100 cm, posterolateral 95 cm, composite 98.1% of limb length (best trial)',
  },
  single_leg_stance: {
    input: { eyes: 'closed', surface: 'firm', trials: { involved: [12, 15], uninvolved: [20] } },
    reads: 'involved 15 s, uninvolved 20 s (eyes closed, firm surface, best trial)',
  },
  running_t_test: { input: { trialsSeconds: [10.8, 10.5] }, reads: '10.5 s (best of 2 trials)' },
  reaction_time: {
    input: { protocol: 'light board', trialsMs: [420, 380] },
    reads: 'mean 400 ms, fastest 380 ms (light board)',
  },
  knee_rom: {
    input: {
      involved: { extensionDeficitDeg: 2, flexionDeg: 130 },
      uninvolved: { extensionDeficitDeg: -3, flexionDeg: 140 },
    },
    reads: 'involved extension deficit 2°, flexion 130°; uninvolved extension deficit -3°, flexion 140°',
  },
  effusion: { input: { grade: 'trace' }, reads: 'grade trace' },
  quadriceps_lag: { input: { degrees: 5 }, reads: '5°' },
  prone_heel_height: { input: { differenceCm: 1.5 }, reads: 'difference 1.5 cm' },
  single_leg_squat: { input: { rating: 'fair', reps: 5 }, reads: 'rated fair, 5 reps' },
  endurance_single_leg_bridge: {
    input: { involved: 18, uninvolved: 24 },
    reads: 'involved 18 reps, uninvolved 24 reps',
  },
  endurance_calf_raise: { input: { involved: 22 }, reads: 'involved 22 reps, uninvolved not tested' },
  endurance_side_bridge: { input: { involved: 35.5, uninvolved: 40 }, reads: 'involved 35.5 s, uninvolved 40 s' },
  endurance_single_leg_rise: { input: { involved: 12, uninvolved: 15 }, reads: 'involved 12 reps, uninvolved 15 reps' },
  vestibular_balance: { input: { passed: false }, reads: 'not passed' },
  leg_press_1rm: {
    input: { involvedKg: 120, uninvolvedKg: 150 },
    bodyMassKg: 80,
    reads: 'involved 120 kg (1.5 × BW), uninvolved 150 kg (1.88 × BW)',
  },
  mrss: { input: { total: 92 }, reads: '92 of 100 points' },
  tsk11: { input: { total: 17 }, reads: '17 points (11–44)' },
  rehab_milestone: {
    input: { milestone: 'onfield_rehab_completed', completed: true },
    reads: 'On-field sport-specific rehabilitation: completed',
  },
};

describe('describeMeasurementValues', () => {
  it('reads the per-limb values of every measure type with their units, from the library’s own result', () => {
    expect(Object.keys(CASES).sort()).toEqual([...MEASURE_TYPES].sort());
    for (const type of MEASURE_TYPES) {
      const { input, bodyMassKg, reads } = CASES[type];
      const outcome = computeMeasure(type, input, { bodyMassKg: bodyMassKg ?? null });
      if (!outcome.ok) throw new Error(`${type}: ${JSON.stringify(outcome.issues)}`);
      expect({ type, reads: wordsFor(type, input, outcome.value.result) }).toEqual({ type, reads });
    }
  });

  it('says when a stance trial reached the time cap, and which limb was not tested', () => {
    const input = { eyes: 'open', surface: 'foam', maxSeconds: 30, trials: { involved: [30, 22] } };
    const outcome = computeMeasure('single_leg_stance', input, {});
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(wordsFor('single_leg_stance', input, outcome.value.result)).toBe(
      'involved 30 s (time cap reached), uninvolved not tested (eyes open, foam surface, 30 s cap, best trial)',
    );
  });

  it('says when a stored result is not readable instead of printing a wrong value', () => {
    expect(wordsFor('hop_single', {}, null)).toBe('values not available');
    expect(wordsFor('knee_rom', {}, [1, 2])).toBe('values not available');
    expect(wordsFor('effusion', {}, { grade: 42 })).toBe('values not available');
  });
});
