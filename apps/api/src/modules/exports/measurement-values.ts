import { MEASURE_LABELS, type MeasureType } from '@proprio/clinical';
import type { Episode, Measurement } from '@proprio/contracts';

/**
 * Every value of one measurement, as the exports list them: the raw trials and readings as entered,
 * then what the clinical library derived from them (means, bests, normalised values, LSI, EPIC...).
 *
 * The values are read from the measurement's stored input and the library's result as the API returns
 * them; nothing is recomputed here. The CSV prints them one row each and the FHIR export builds its
 * Observations from them, so both always say the same thing.
 */

export type Limb = 'involved' | 'uninvolved';
export const LIMBS: readonly Limb[] = ['involved', 'uninvolved'];

/** UCUM codes of the exported values (https://ucum.org). `{#}` is a count, `kg/kg` a multiple of body weight. */
export type UcumCode = 'cm' | 's' | 'ms' | '{#}' | 'N.m' | 'N' | 'N.m/kg' | '%' | 'deg' | 'kg' | 'kg/kg' | '{score}';

/** How each unit reads for people. */
export const UCUM_DISPLAY: Readonly<Record<UcumCode, string>> = {
  cm: 'cm',
  s: 's',
  ms: 'ms',
  '{#}': 'count',
  'N.m': 'N·m',
  N: 'N',
  'N.m/kg': 'N·m/kg',
  '%': '%',
  deg: '°',
  kg: 'kg',
  'kg/kg': '× body weight',
  '{score}': 'score',
};

export interface MeasuredValue {
  /** What the value is: `trial`, `mean`, `best`, `peak_torque`, `reach_anterior`, `lsi`... (the CSV `quantity`). */
  quantity: string;
  label: string;
  /** The number of a raw trial (1, 2 ...); null for every other value. */
  trial: number | null;
  value: number | string | boolean;
  unit: UcumCode | null;
  /** True when the clinical library computed it from the raw input; false when the clinician entered it. */
  derived: boolean;
}

export interface LimbValues {
  limb: Limb;
  /** Trials first, then the limb's other values. */
  values: MeasuredValue[];
  /** The limb's headline value (the one its LSI compares); null when it has several of equal rank (knee ROM). */
  primary: MeasuredValue | null;
}

/** A measure taken once rather than per limb (an effusion grade, a running T-test, a questionnaire-like total). */
export interface WholeValues {
  values: MeasuredValue[];
  primary: MeasuredValue | null;
}

/**
 * The part of the body a measure is of: `knee` for a sign or quantity of the knee joint itself (its
 * range, effusion, extensor lag, the torque of the muscles that move it), `lower_limb` for a task the
 * whole leg performs (hops, reach, stance, endurance, leg press), null for what belongs to no one leg
 * (a questionnaire-like total, a milestone, a running or reaction test, a balance test whose stance
 * leg is not recorded).
 */
export type MeasureSite = 'knee' | 'lower_limb';

export interface MeasurementValues {
  type: MeasureType;
  label: string;
  /** Per limb: the site of that limb's side; for a whole measure: of the involved side; null: of no one leg. */
  site: MeasureSite | null;
  /** How the values were obtained (aggregation, device and velocity, stance condition, protocol); null if not applicable. */
  method: string | null;
  /** Involved limb first; a limb that was not tested is absent. */
  limbs: LimbValues[];
  whole: WholeValues | null;
  /** Values comparing the two limbs, other than the LSI and EPIC (strength deficit, anterior reach asymmetry...). */
  comparisons: MeasuredValue[];
  lsi: MeasuredValue | null;
  epic: MeasuredValue | null;
}

type Reader = (input: unknown, result: unknown) => Omit<MeasurementValues, 'type' | 'label' | 'site' | 'lsi' | 'epic'>;

/** The values of one measurement, in the order the exports list them. */
export function measurementValues(measurement: Measurement): MeasurementValues {
  const values = READERS[measurement.type](measurement.input, measurement.result);
  const lsi = finite(measurement.lsi);
  const epic = finite(measurement.epic);
  return {
    type: measurement.type,
    label: MEASURE_LABELS[measurement.type],
    site: MEASURE_SITES[measurement.type],
    ...values,
    lsi: lsi === null ? null : derived('lsi', 'Limb symmetry index', lsi, '%'),
    epic: epic === null ? null : derived('epic', 'Estimated pre-injury capacity', epic, '%'),
  };
}

/** Every value of a measurement in one list: limbs, whole-body values, comparisons, LSI, EPIC. */
export function allValues(values: MeasurementValues): { limb: Limb | null; value: MeasuredValue }[] {
  return [
    ...values.limbs.flatMap((l) => l.values.map((value) => ({ limb: l.limb, value }))),
    ...(values.whole?.values ?? []).map((value) => ({ limb: null, value })),
    ...values.comparisons.map((value) => ({ limb: null, value })),
    ...[values.lsi, values.epic].filter((v) => v !== null).map((value) => ({ limb: null, value })),
  ];
}

/** The body side of a limb: the involved limb is on the episode's involved side. */
export function sideOf(limb: Limb, episode: Pick<Episode, 'involvedSide'>): 'left' | 'right' {
  if (limb === 'involved') return episode.involvedSide;
  return episode.involvedSide === 'left' ? 'right' : 'left';
}

// --- writing the values for people -------------------------------------------------------------

/** Decimals each unit is read with (display only: the value itself keeps the library's precision). */
const READING_DECIMALS: Readonly<Record<UcumCode, number>> = {
  cm: 1,
  s: 2,
  ms: 0,
  '{#}': 1,
  'N.m': 1,
  N: 1,
  'N.m/kg': 2,
  '%': 1,
  deg: 1,
  kg: 1,
  'kg/kg': 2,
  '{score}': 1,
};

/** Rounds for reading only: at most `decimals` decimals, trailing zeros dropped ("122.5", "2.55", "120"). */
export function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = Number(value.toFixed(decimals));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * A value as people read it, rounded by its unit: "120 cm", "2.25 N·m/kg", "96.3%", "5°"; text as it
 * is, yes or no for a boolean. `unitNames` words a unit the way a sentence needs it where the display
 * is too generic (`{ '{#}': 'hops' }` → "39 hops" rather than "39 count").
 */
export function formatMeasuredValue(
  measured: MeasuredValue,
  unitNames: Partial<Record<UcumCode, string>> = {},
): string {
  const { value, unit } = measured;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (unit === null) return formatNumber(value, 2);
  const number = formatNumber(value, READING_DECIMALS[unit]);
  const name = unitNames[unit] ?? UCUM_DISPLAY[unit];
  return unit === '%' || unit === 'deg' ? `${number}${name}` : `${number} ${name}`;
}

// --- reading the stored input and result --------------------------------------------------------

const at = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (v, key) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined),
    value,
  );
const finite = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const bool = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);
const numbers = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((v): v is number => finite(v) !== null) : [];

const make = (
  quantity: string,
  label: string,
  value: number | string | boolean,
  unit: UcumCode | null,
  isDerived: boolean,
  trial: number | null = null,
): MeasuredValue => ({ quantity, label, trial, value, unit, derived: isDerived });
const entered = (quantity: string, label: string, value: number | string | boolean, unit: UcumCode | null) =>
  make(quantity, label, value, unit, false);
const derived = (quantity: string, label: string, value: number | string | boolean, unit: UcumCode | null) =>
  make(quantity, label, value, unit, true);
const trials = (list: number[], unit: UcumCode, quantity = 'trial', label = 'Trial'): MeasuredValue[] =>
  list.map((v, i) => make(quantity, `${label} ${i + 1}`, v, unit, false, i + 1));

/** Adds a value when it is present (a number, text or boolean); returns it. */
function push(list: MeasuredValue[], value: MeasuredValue | null): MeasuredValue | null {
  if (value !== null) list.push(value);
  return value;
}
const maybe = (
  value: number | string | boolean | null,
  build: (v: number | string | boolean) => MeasuredValue,
): MeasuredValue | null => (value === null ? null : build(value));

const AGGREGATION_TEXT: Record<string, string> = { mean: 'mean of the trials', best: 'best trial' };
const aggregationText = (aggregation: unknown): string | null =>
  typeof aggregation === 'string' ? (AGGREGATION_TEXT[aggregation] ?? aggregation) : null;

const none = { limbs: [], whole: null, comparisons: [] };
const whole = (values: MeasuredValue[], primary: MeasuredValue | null, method: string | null = null) => ({
  ...none,
  method,
  whole: values.length ? { values, primary } : null,
});

// --- one reader per measure type ----------------------------------------------------------------

const HOP_UNITS: Record<string, UcumCode> = { cm: 'cm', s: 's', count: '{#}' };

/** Hop tests: every trial per limb, their mean and best; the LSI compares the chosen aggregation. */
const hop: Reader = (_input, result) => {
  const unit = HOP_UNITS[String(at(result, 'unit'))] ?? null;
  const aggregation = at(result, 'aggregation');
  const limbs = LIMBS.flatMap((limb): LimbValues[] => {
    const summary = at(result, limb);
    if (unit === null || summary === undefined) return [];
    const values = trials(numbers(at(summary, 'trials')), unit);
    const mean = push(
      values,
      maybe(finite(at(summary, 'mean')), (v) => derived('mean', 'Mean of trials', v, unit)),
    );
    const best = push(
      values,
      maybe(finite(at(summary, 'best')), (v) => derived('best', 'Best trial', v, unit)),
    );
    return [{ limb, values, primary: aggregation === 'mean' ? mean : aggregation === 'best' ? best : null }];
  });
  return { limbs, whole: null, comparisons: [], method: aggregationText(aggregation) };
};

/** Quadriceps or hamstring strength: one reading per limb, per kg of body mass when known, and the deficit. */
const strength: Reader = (_input, result) => {
  const protocol = at(result, 'protocol');
  const unit: UcumCode = at(protocol, 'unit') === 'N' ? 'N' : 'N.m';
  const [quantity, label] = unit === 'N' ? ['peak_force', 'Peak force'] : ['peak_torque', 'Peak torque'];
  const limbs = LIMBS.flatMap((limb): LimbValues[] => {
    const values: MeasuredValue[] = [];
    const primary = push(
      values,
      maybe(finite(at(result, limb)), (v) => entered(quantity, label, v, unit)),
    );
    push(
      values,
      maybe(finite(at(result, `${limb}Normalised`)), (v) =>
        derived('peak_torque_per_kg', 'Peak torque per kg of body mass', v, 'N.m/kg'),
      ),
    );
    return values.length ? [{ limb, values, primary }] : [];
  });
  const comparisons: MeasuredValue[] = [];
  push(
    comparisons,
    maybe(finite(at(result, 'deficitPercent')), (v) => derived('deficit', 'Deficit (100 − LSI)', v, '%')),
  );
  const velocity = finite(at(protocol, 'velocityDegPerSecond'));
  const angle = finite(at(protocol, 'kneeAngleDeg'));
  const method = [
    text(at(protocol, 'device')),
    text(at(protocol, 'mode')),
    velocity === null ? null : `${velocity}°/s`,
    angle === null ? null : `knee at ${angle}° of flexion`,
  ]
    .filter((part) => part !== null)
    .join(', ');
  return { limbs, whole: null, comparisons, method: method || null };
};

export const Y_BALANCE_DIRECTIONS = ['anterior', 'posteromedial', 'posterolateral'] as const;
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Y-Balance: limb length, every reach per direction, the aggregated and normalised reaches, the composite. */
const yBalance: Reader = (input, result) => {
  const aggregation = at(result, 'aggregation');
  const aggregated = typeof aggregation === 'string' ? aggregation : 'aggregated';
  const limbs = LIMBS.flatMap((limb): LimbValues[] => {
    const limbResult = at(result, limb);
    if (limbResult === undefined) return [];
    const values: MeasuredValue[] = [];
    push(
      values,
      maybe(finite(at(input, limb, 'limbLengthCm')), (v) => entered('limb_length', 'Limb length', v, 'cm')),
    );
    for (const direction of Y_BALANCE_DIRECTIONS) {
      const name = `${capitalised(direction)} reach`;
      values.push(...trials(numbers(at(input, limb, 'reachCm', direction)), 'cm', `reach_${direction}`, name));
      push(
        values,
        maybe(finite(at(limbResult, 'reachCm', direction)), (v) =>
          derived(`reach_${direction}_${aggregated}`, `${name} (${aggregated})`, v, 'cm'),
        ),
      );
      push(
        values,
        maybe(finite(at(limbResult, 'normalisedPercent', direction)), (v) =>
          derived(`reach_${direction}_normalised`, `${name} as % of limb length`, v, '%'),
        ),
      );
    }
    const composite = push(
      values,
      maybe(finite(at(limbResult, 'compositePercent')), (v) => derived('composite', 'Composite reach', v, '%')),
    );
    return [{ limb, values, primary: composite }];
  });
  const comparisons: MeasuredValue[] = [];
  push(
    comparisons,
    maybe(finite(at(result, 'anteriorAsymmetry', 'differenceCm')), (v) =>
      derived('anterior_asymmetry', 'Anterior reach difference between limbs', v, 'cm'),
    ),
  );
  push(
    comparisons,
    maybe(bool(at(result, 'anteriorAsymmetry', 'flagged')), (v) =>
      derived('anterior_asymmetry_flagged', 'Anterior reach difference above the risk threshold', v, null),
    ),
  );
  return { limbs, whole: null, comparisons, method: aggregationText(aggregation) };
};

/** Single-leg stance: seconds held per trial and limb, best and mean, whether the time cap was reached. */
const singleLegStance: Reader = (_input, result) => {
  const aggregation = at(result, 'aggregation');
  const limbs = LIMBS.flatMap((limb): LimbValues[] => {
    const summary = at(result, limb);
    if (summary === null || summary === undefined) return [];
    const values = trials(numbers(at(summary, 'trials')), 's');
    const best = push(
      values,
      maybe(finite(at(summary, 'best')), (v) => derived('best', 'Best trial', v, 's')),
    );
    const mean = push(
      values,
      maybe(finite(at(summary, 'mean')), (v) => derived('mean', 'Mean of trials', v, 's')),
    );
    push(
      values,
      maybe(bool(at(summary, 'reachedMaximum')), (v) =>
        derived('reached_time_cap', 'A trial reached the time cap', v, null),
      ),
    );
    return [{ limb, values, primary: aggregation === 'mean' ? mean : aggregation === 'best' ? best : null }];
  });
  const maxSeconds = finite(at(result, 'maxSeconds'));
  const method = [
    text(at(result, 'eyes')) && `eyes ${String(at(result, 'eyes'))}`,
    text(at(result, 'surface')) && `${String(at(result, 'surface'))} surface`,
    at(result, 'armsCrossed') === true ? 'arms crossed' : null,
    maxSeconds === null ? null : `${maxSeconds} s cap`,
    aggregationText(aggregation),
  ]
    .filter(Boolean)
    .join(', ');
  return { limbs, whole: null, comparisons: [], method: method || null };
};

const runningTTest: Reader = (_input, result) => {
  const values = trials(numbers(at(result, 'trials')), 's');
  const best = push(
    values,
    maybe(finite(at(result, 'fastest')), (v) => derived('best', 'Fastest trial', v, 's')),
  );
  const mean = push(
    values,
    maybe(finite(at(result, 'mean')), (v) => derived('mean', 'Mean of trials', v, 's')),
  );
  const aggregation = at(result, 'aggregation');
  return whole(values, aggregation === 'mean' ? mean : best, aggregationText(aggregation));
};

const reactionTime: Reader = (_input, result) => {
  const values = trials(numbers(at(result, 'trialsMs')), 'ms');
  const mean = push(
    values,
    maybe(finite(at(result, 'meanMs')), (v) => derived('mean', 'Mean of trials', v, 'ms')),
  );
  push(
    values,
    maybe(finite(at(result, 'fastestMs')), (v) => derived('best', 'Fastest trial', v, 'ms')),
  );
  return whole(values, mean, text(at(result, 'protocol')));
};

/** Knee range of motion: extension deficit and flexion as measured per knee, the arc, and the differences. */
const kneeRom: Reader = (_input, result) => {
  const limbs = LIMBS.flatMap((limb): LimbValues[] => {
    const values: MeasuredValue[] = [];
    push(
      values,
      maybe(finite(at(result, limb, 'extensionDeficitDeg')), (v) =>
        entered('extension_deficit', 'Extension deficit (negative: hyperextension)', v, 'deg'),
      ),
    );
    push(
      values,
      maybe(finite(at(result, limb, 'flexionDeg')), (v) => entered('flexion', 'Flexion', v, 'deg')),
    );
    push(
      values,
      maybe(finite(at(result, limb, 'arcDeg')), (v) => derived('arc', 'Arc of motion', v, 'deg')),
    );
    return values.length ? [{ limb, values, primary: null }] : [];
  });
  const comparisons: MeasuredValue[] = [];
  push(
    comparisons,
    maybe(finite(at(result, 'extensionDifferenceDeg')), (v) =>
      derived('extension_difference', 'Extension deficit, involved minus uninvolved', v, 'deg'),
    ),
  );
  push(
    comparisons,
    maybe(finite(at(result, 'flexionDeficitDeg')), (v) =>
      derived('flexion_deficit', 'Flexion, uninvolved minus involved', v, 'deg'),
    ),
  );
  return { limbs, whole: null, comparisons, method: null };
};

/** A single entered value of the whole measure. */
const single =
  (key: string, quantity: string, label: string, unit: UcumCode | null, kind: 'number' | 'text' | 'boolean'): Reader =>
  (_input, result) => {
    const raw = at(result, key);
    const value = kind === 'number' ? finite(raw) : kind === 'text' ? text(raw) : bool(raw);
    const values: MeasuredValue[] = [];
    const primary = push(
      values,
      maybe(value, (v) => entered(quantity, label, v, unit)),
    );
    return whole(values, primary);
  };

const singleLegSquat: Reader = (_input, result) => {
  const values: MeasuredValue[] = [];
  const rating = push(
    values,
    maybe(text(at(result, 'rating')), (v) => entered('rating', 'Quality rating', v, null)),
  );
  push(
    values,
    maybe(finite(at(result, 'reps')), (v) => entered('repetitions', 'Repetitions', v, '{#}')),
  );
  return whole(values, rating);
};

/** Endurance tests: repetitions (or seconds held) per limb. */
const endurance: Reader = (_input, result) => {
  const unit: UcumCode = at(result, 'unit') === 's' ? 's' : '{#}';
  const [quantity, label] = unit === 's' ? ['hold_time', 'Time held'] : ['repetitions', 'Repetitions to fatigue'];
  const limbs = LIMBS.flatMap((limb): LimbValues[] => {
    const value = finite(at(result, limb));
    if (value === null) return [];
    const primary = entered(quantity, label, value, unit);
    return [{ limb, values: [primary], primary }];
  });
  return { limbs, whole: null, comparisons: [], method: null };
};

const legPress: Reader = (_input, result) => {
  const limbs = LIMBS.flatMap((limb): LimbValues[] => {
    const values: MeasuredValue[] = [];
    const primary = push(
      values,
      maybe(finite(at(result, `${limb}Kg`)), (v) => entered('one_rep_max', 'One-repetition maximum', v, 'kg')),
    );
    push(
      values,
      maybe(finite(at(result, `${limb}Xbw`)), (v) =>
        derived('one_rep_max_per_body_weight', '1RM / body mass', v, 'kg/kg'),
      ),
    );
    return values.length ? [{ limb, values, primary }] : [];
  });
  return { limbs, whole: null, comparisons: [], method: null };
};

const rehabMilestone: Reader = (_input, result) => {
  const milestone = text(at(result, 'milestone'));
  const completed = bool(at(result, 'completed'));
  const values: MeasuredValue[] = [];
  const primary = push(
    values,
    milestone === null || completed === null ? null : entered(milestone, 'Completed', completed, null),
  );
  return whole(values, primary);
};

const READERS: Readonly<Record<MeasureType, Reader>> = {
  hop_single: hop,
  hop_triple: hop,
  hop_crossover: hop,
  hop_timed_6m: hop,
  hop_side: hop,
  hop_vertical: hop,
  strength_quadriceps: strength,
  strength_hamstrings: strength,
  y_balance: yBalance,
  single_leg_stance: singleLegStance,
  running_t_test: runningTTest,
  reaction_time: reactionTime,
  knee_rom: kneeRom,
  effusion: single('grade', 'grade', 'Stroke-test grade', null, 'text'),
  quadriceps_lag: single('degrees', 'lag', 'Quadriceps lag', 'deg', 'number'),
  prone_heel_height: single('differenceCm', 'heel_height_difference', 'Heel-height difference', 'cm', 'number'),
  single_leg_squat: singleLegSquat,
  endurance_single_leg_bridge: endurance,
  endurance_calf_raise: endurance,
  endurance_side_bridge: endurance,
  endurance_single_leg_rise: endurance,
  vestibular_balance: single('passed', 'passed', 'Passed', null, 'boolean'),
  leg_press_1rm: legPress,
  mrss: single('total', 'total', 'Total score', '{score}', 'number'),
  tsk11: single('total', 'total', 'Total score', '{score}', 'number'),
  rehab_milestone: rehabMilestone,
};

/**
 * What each measure is of (see MeasureSite). Only what is of the knee says knee: a hop, a reach or a
 * calf raise is done by the leg, and a questionnaire-like total or the head-turn balance test (the
 * input does not say which leg stood) is of no one leg.
 */
export const MEASURE_SITES: Readonly<Record<MeasureType, MeasureSite | null>> = {
  hop_single: 'lower_limb',
  hop_triple: 'lower_limb',
  hop_crossover: 'lower_limb',
  hop_timed_6m: 'lower_limb',
  hop_side: 'lower_limb',
  hop_vertical: 'lower_limb',
  strength_quadriceps: 'knee',
  strength_hamstrings: 'knee',
  y_balance: 'lower_limb',
  single_leg_stance: 'lower_limb',
  running_t_test: null,
  reaction_time: null,
  knee_rom: 'knee',
  effusion: 'knee',
  quadriceps_lag: 'knee',
  prone_heel_height: 'knee',
  single_leg_squat: null,
  endurance_single_leg_bridge: 'lower_limb',
  endurance_calf_raise: 'lower_limb',
  endurance_side_bridge: 'lower_limb',
  endurance_single_leg_rise: 'lower_limb',
  vestibular_balance: null,
  leg_press_1rm: 'lower_limb',
  mrss: null,
  tsk11: null,
  rehab_milestone: null,
};
