import { isRecord } from '../validation/checks.js';
import type { Issue } from '../validation/result.js';
import type { MeasureType } from './measure-types.js';

/**
 * The keys each measure's raw input may have, nested. An unknown key is refused rather than ignored:
 * a misspelt `aggregaton: 'best'` would otherwise be computed as a mean without anyone noticing.
 */
type Shape = { [key: string]: Shape | true };

const LIMB_TRIALS: Shape = { involved: true, uninvolved: true };
const READING: Shape = {
  value: true,
  unit: true,
  device: true,
  mode: true,
  velocityDegPerSecond: true,
  kneeAngleDeg: true,
};
const Y_BALANCE_LIMB: Shape = {
  limbLengthCm: true,
  reachCm: { anterior: true, posteromedial: true, posterolateral: true },
};
const ROM_LIMB: Shape = { extensionDeficitDeg: true, flexionDeg: true };
const HOP: Shape = { trials: LIMB_TRIALS, aggregation: true };
const ENDURANCE: Shape = { involved: true, uninvolved: true };

export const MEASURE_INPUT_SHAPES: Readonly<Record<MeasureType, Shape>> = {
  hop_single: HOP,
  hop_triple: HOP,
  hop_crossover: HOP,
  hop_timed_6m: HOP,
  hop_side: HOP,
  hop_vertical: HOP,
  strength_quadriceps: { involved: READING, uninvolved: READING },
  strength_hamstrings: { involved: READING, uninvolved: READING },
  y_balance: { involved: Y_BALANCE_LIMB, uninvolved: Y_BALANCE_LIMB, aggregation: true },
  single_leg_stance: {
    eyes: true,
    surface: true,
    maxSeconds: true,
    armsCrossed: true,
    trials: LIMB_TRIALS,
    aggregation: true,
  },
  running_t_test: { trialsSeconds: true, aggregation: true },
  reaction_time: { protocol: true, trialsMs: true },
  knee_rom: { involved: ROM_LIMB, uninvolved: ROM_LIMB },
  effusion: { grade: true },
  quadriceps_lag: { degrees: true },
  prone_heel_height: { differenceCm: true },
  single_leg_squat: { rating: true, reps: true },
  endurance_single_leg_bridge: ENDURANCE,
  endurance_calf_raise: ENDURANCE,
  endurance_side_bridge: ENDURANCE,
  endurance_single_leg_rise: ENDURANCE,
  vestibular_balance: { passed: true },
  // The body mass comes from the session (MeasureContext), never from the measure's input.
  leg_press_1rm: { involvedKg: true, uninvolvedKg: true },
  mrss: { total: true },
  tsk11: { total: true },
  rehab_milestone: { milestone: true, completed: true },
};

/** Issues for every key of `value` (at any depth) that `shape` does not name. */
export function unknownKeys(value: unknown, shape: Shape, prefix = ''): Issue[] {
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, nested]) => {
    const field = prefix ? `${prefix}.${key}` : key;
    const allowed = shape[key];
    if (allowed === undefined) return [{ field, issue: 'is not a recognised field' }];
    return allowed === true ? [] : unknownKeys(nested, allowed, field);
  });
}
