import type { EnduranceTestCode } from '../measures/endurance-tests.js';
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

/** The Melbourne endurance tests (reps to fatigue or seconds held, per limb). */
export const ENDURANCE_MEASURE_TYPES = [
  'endurance_single_leg_bridge',
  'endurance_calf_raise',
  'endurance_side_bridge',
  'endurance_single_leg_rise',
] as const;
export type EnduranceMeasureType = (typeof ENDURANCE_MEASURE_TYPES)[number];

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
  'prone_heel_height',
  'single_leg_squat',
  ...ENDURANCE_MEASURE_TYPES,
  'vestibular_balance',
  'leg_press_1rm',
  'mrss',
  'tsk11',
  'rehab_milestone',
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

export const ENDURANCE_TEST_OF: Readonly<Record<EnduranceMeasureType, EnduranceTestCode>> = {
  endurance_single_leg_bridge: 'single_leg_bridge',
  endurance_calf_raise: 'calf_raise',
  endurance_side_bridge: 'side_bridge',
  endurance_single_leg_rise: 'single_leg_rise',
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
  prone_heel_height: 'Prone heel-height difference',
  single_leg_squat: 'Single-leg squat quality',
  endurance_single_leg_bridge: 'Single-leg bridge (reps to fatigue)',
  endurance_calf_raise: 'Single-leg calf raise (reps to fatigue)',
  endurance_side_bridge: 'Side bridge (seconds held)',
  endurance_single_leg_rise: 'Single-leg rise (reps to fatigue)',
  vestibular_balance: 'Single-leg stance with head turns',
  leg_press_1rm: 'Single-leg leg press 1RM',
  mrss: 'Melbourne Return to Sport Score',
  tsk11: 'TSK-11 (kinesiophobia)',
  rehab_milestone: 'Rehabilitation milestone',
};

export function isMeasureType(value: unknown): value is MeasureType {
  return typeof value === 'string' && (MEASURE_TYPES as readonly string[]).includes(value);
}

export function isEnduranceMeasureType(value: unknown): value is EnduranceMeasureType {
  return typeof value === 'string' && (ENDURANCE_MEASURE_TYPES as readonly string[]).includes(value);
}

export function isHopMeasureType(value: unknown): value is HopMeasureType {
  return typeof value === 'string' && (HOP_MEASURE_TYPES as readonly string[]).includes(value);
}
