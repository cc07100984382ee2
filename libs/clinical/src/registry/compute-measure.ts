import { parseEffusionGrade } from '../measures/effusion.js';
import { computeEnduranceTest } from '../measures/endurance-tests.js';
import { computeHopResult, HOP_TEST_DEFINITIONS } from '../measures/hop-tests.js';
import { computeKneeRom } from '../measures/knee-rom.js';
import { computeLegPress1rm } from '../measures/leg-press.js';
import { computeMrss } from '../measures/mrss.js';
import { computeProneHeelHeight } from '../measures/prone-heel-height.js';
import { validateQuadricepsLag } from '../measures/quadriceps-lag.js';
import { computeReactionTime } from '../measures/reaction-time.js';
import { computeRehabMilestone } from '../measures/rehab-milestone.js';
import { computeRunningTTest } from '../measures/running-t-test.js';
import { computeSingleLegSquat } from '../measures/single-leg-squat.js';
import { computeSingleLegStance } from '../measures/single-leg-stance.js';
import { computeStrengthSymmetry } from '../measures/strength.js';
import { computeTsk11 } from '../measures/tsk11.js';
import { computeVestibularBalance } from '../measures/vestibular-balance.js';
import { computeYBalance } from '../measures/y-balance.js';
import { isRecord } from '../validation/checks.js';
import { fail, ok, type Result } from '../validation/result.js';
import { MEASURE_INPUT_SHAPES, unknownKeys } from './input-shapes.js';
import { implausibleHopTrials } from './plausible-trials.js';
import {
  ENDURANCE_TEST_OF,
  HOP_TEST_OF,
  isEnduranceMeasureType,
  isHopMeasureType,
  isMeasureType,
  type MeasureType,
} from './measure-types.js';

/** What every measure computation yields: the full result, and the symmetry figures for trends. */
export interface MeasureOutcome {
  type: MeasureType;
  /** The library's complete result for this measure (means, bests, normalised values, notes...). */
  result: unknown;
  /** Limb symmetry index in percent, where the measure has one; null otherwise. */
  lsi: number | null;
  /** Estimated pre-injury capacity in percent, when a baseline was given and applies. */
  epic: number | null;
  /** The measure's MDC90 in LSI points, to flag changes within measurement error; null when unknown. */
  mdc90: number | null;
  /** Why a figure is missing although the input is valid (e.g. a baseline that is not comparable). */
  notes: string[];
  /**
   * How the value was obtained (aggregation; for strength the device, mode, velocity and unit). Two
   * values are only compared over time when their methods are equal: mean and best of the same
   * trials can differ by more than a pass/fail margin.
   */
  method: string | null;
}

export interface MeasureContext {
  /** The raw input of the same measure in the episode's pre-operative baseline session, for EPIC. */
  baselineInput?: unknown;
  bodyMassKg?: number | null;
}

/**
 * Validates and computes one measure from its raw input. The single entry point used by the API
 * (which stores the outcome) and by the dashboard (which shows it while the therapist types).
 */
export function computeMeasure(type: unknown, input: unknown, context: MeasureContext = {}): Result<MeasureOutcome> {
  const outcome = computeWith(type, input, context);
  if (outcome.ok || context.baselineInput === undefined || context.baselineInput === null) return outcome;
  // A baseline that cannot be compared (another device, velocity or unit; corrupt) must cost the
  // EPIC only, never the measure's own LSI: compute without it and say why.
  const withoutBaseline = computeWith(type, input, { ...context, baselineInput: undefined });
  if (!withoutBaseline.ok) return outcome;
  const reasons = outcome.issues.map((i) => `${i.field} ${i.issue}`).join('; ');
  return ok({
    ...withoutBaseline.value,
    epic: null,
    notes: [...withoutBaseline.value.notes, `EPIC not computed: the baseline is not comparable (${reasons}).`],
  });
}

function computeWith(type: unknown, input: unknown, context: MeasureContext): Result<MeasureOutcome> {
  if (!isMeasureType(type)) return fail([{ field: 'type', issue: 'is not a known measure type' }]);
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must be an object with the measure’s values' }]);
  const unknown = unknownKeys(input, MEASURE_INPUT_SHAPES[type]);
  if (unknown.length) return fail(unknown);
  const outcome = (
    result: unknown,
    lsi: number | null = null,
    epic: number | null = null,
    mdc90: number | null = null,
    method: string | null = null,
    notes: string[] = [],
  ) => ok<MeasureOutcome>({ type, result, lsi, epic, mdc90, notes, method });

  if (isHopMeasureType(type)) {
    const test = HOP_TEST_OF[type];
    const implausible = implausibleHopTrials(test, input);
    if (implausible.length) return fail(implausible);
    const baseline = uninvolvedTrialsOf(context.baselineInput);
    const computed = computeHopResult(
      { test, trials: input['trials'] as never, baseline: baseline ? { uninvolved: baseline } : null },
      { aggregation: input['aggregation'] as never },
    );
    if (!computed.ok) return computed;
    return outcome(
      computed.value,
      computed.value.lsi,
      computed.value.epic,
      HOP_TEST_DEFINITIONS[test].mdc90.value,
      computed.value.aggregation,
    );
  }
  if (isEnduranceMeasureType(type)) {
    const computed = computeEnduranceTest(ENDURANCE_TEST_OF[type], input as never);
    return computed.ok ? outcome(computed.value, computed.value.lsi, null, null, null, computed.value.notes) : computed;
  }
  switch (type) {
    case 'strength_quadriceps':
    case 'strength_hamstrings': {
      const baseline = isRecord(context.baselineInput) ? context.baselineInput['uninvolved'] : null;
      const computed = computeStrengthSymmetry({
        muscle: type === 'strength_quadriceps' ? 'quadriceps' : 'hamstrings',
        involved: input['involved'] as never,
        uninvolved: input['uninvolved'] as never,
        uninvolvedBaseline: (baseline ?? null) as never,
        bodyMassKg: context.bodyMassKg ?? null,
      });
      if (!computed.ok) return computed;
      const { device, mode, velocityDegPerSecond, unit } = computed.value.protocol;
      const method = `${device} · ${mode} · ${velocityDegPerSecond === null ? 'isometric' : `${velocityDegPerSecond}°/s`} · ${unit}`;
      return outcome(computed.value, computed.value.lsi, computed.value.epic, null, method);
    }
    case 'y_balance': {
      const computed = computeYBalance(input as never, { aggregation: input['aggregation'] as never });
      return computed.ok
        ? outcome(computed.value, computed.value.compositeLsi, null, null, computed.value.aggregation)
        : computed;
    }
    case 'single_leg_stance': {
      const computed = computeSingleLegStance(input as never, { aggregation: input['aggregation'] as never });
      if (!computed.ok) return computed;
      const { eyes, surface, aggregation } = computed.value;
      return outcome(computed.value, computed.value.lsi, null, null, `eyes ${eyes} · ${surface} · ${aggregation}`);
    }
    case 'running_t_test': {
      const computed = computeRunningTTest(input['trialsSeconds'] as never, {
        aggregation: input['aggregation'] as never,
      });
      return computed.ok ? outcome(computed.value) : prefixed(computed.issues, 'trialsSeconds');
    }
    case 'reaction_time': {
      const computed = computeReactionTime(input as never);
      return computed.ok ? outcome(computed.value) : computed;
    }
    case 'knee_rom': {
      const computed = computeKneeRom(input as never);
      return computed.ok ? outcome(computed.value) : computed;
    }
    case 'effusion': {
      const computed = parseEffusionGrade(input['grade'], 'grade');
      return computed.ok ? outcome({ grade: computed.value }) : computed;
    }
    case 'quadriceps_lag': {
      const computed = validateQuadricepsLag(input['degrees'] as never);
      return computed.ok ? outcome({ degrees: computed.value }) : prefixed(computed.issues, 'degrees');
    }
    case 'prone_heel_height': {
      const computed = computeProneHeelHeight(input as never);
      return computed.ok ? outcome(computed.value) : computed;
    }
    case 'single_leg_squat': {
      const computed = computeSingleLegSquat(input as never);
      return computed.ok ? outcome(computed.value) : computed;
    }
    case 'vestibular_balance': {
      const computed = computeVestibularBalance(input as never);
      return computed.ok ? outcome(computed.value) : computed;
    }
    case 'leg_press_1rm': {
      const computed = computeLegPress1rm({ ...input, bodyMassKg: context.bodyMassKg ?? null } as never);
      if (!computed.ok) return computed;
      return outcome(computed.value, computed.value.lsi, null, null, null, computed.value.notes);
    }
    case 'mrss': {
      const computed = computeMrss(input as never);
      return computed.ok ? outcome(computed.value) : computed;
    }
    case 'tsk11': {
      const computed = computeTsk11(input as never);
      return computed.ok ? outcome(computed.value) : computed;
    }
    case 'rehab_milestone': {
      const computed = computeRehabMilestone(input as never);
      return computed.ok ? outcome(computed.value) : computed;
    }
  }
  return fail([{ field: 'type', issue: 'is not a known measure type' }]);
}

function uninvolvedTrialsOf(baselineInput: unknown): readonly number[] | null {
  if (!isRecord(baselineInput) || !isRecord(baselineInput['trials'])) return null;
  const uninvolved = baselineInput['trials']['uninvolved'];
  return Array.isArray(uninvolved) ? (uninvolved as number[]) : null;
}

/** Issues of helpers that do not know their field name get the input field in front. */
function prefixed(issues: { field: string; issue: string }[], field: string): Result<never> {
  return fail(issues.map((i) => ({ field: i.field.startsWith(field) ? i.field : field, issue: i.issue })));
}
