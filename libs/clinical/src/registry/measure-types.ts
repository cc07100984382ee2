import type { HopTestCode } from '../measures/hop-tests.js';

/**
 * Every objective measure Proprio records, by the code the API and the dashboard use. Each code maps
 * to one computation of this library (see compute-measure.ts).
 */
export const HOP_MEASURE_TYPES = [
  'hop_single',
  'hop_triple',
  'hop_crossover',
  'hop_timed_6m',
  'hop_side',
  'hop_vertical',
] as const;
export type HopMeasureType = (typeof HOP_MEASURE_TYPES)[number];

export const MEASURE_TYPES = [
  ...HOP_MEASURE_TYPES,
  'strength_quadriceps',
  'strength_hamstrings',
  'y_balance',
  'single_leg_stance',
  'running_t_test',
  'reaction_time',
  'knee_rom',
  'effusion',
  'quadriceps_lag',
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export const HOP_TEST_OF: Readonly<Record<HopMeasureType, HopTestCode>> = {
  hop_single: 'single',
  hop_triple: 'triple',
  hop_crossover: 'crossover',
  hop_timed_6m: 'timed6m',
  hop_side: 'side',
  hop_vertical: 'vertical',
};

export const MEASURE_LABELS: Readonly<Record<MeasureType, string>> = {
  hop_single: 'Single hop for distance',
  hop_triple: 'Triple hop for distance',
  hop_crossover: 'Crossover hop for distance',
  hop_timed_6m: '6 m timed hop',
  hop_side: 'Side hop (30 s)',
  hop_vertical: 'Single-leg vertical hop',
  strength_quadriceps: 'Quadriceps strength',
  strength_hamstrings: 'Hamstring strength',
  y_balance: 'Y-Balance test',
  single_leg_stance: 'Single-leg stance',
  running_t_test: 'Running T-test',
  reaction_time: 'Reaction time',
  knee_rom: 'Knee range of motion',
  effusion: 'Effusion (stroke test)',
  quadriceps_lag: 'Quadriceps lag',
};

export function isMeasureType(value: unknown): value is MeasureType {
  return typeof value === 'string' && (MEASURE_TYPES as readonly string[]).includes(value);
}

export function isHopMeasureType(value: unknown): value is HopMeasureType {
  return typeof value === 'string' && (HOP_MEASURE_TYPES as readonly string[]).includes(value);
}
