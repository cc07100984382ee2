import {
  isEnduranceMeasureType,
  isHopMeasureType,
  type EnduranceMeasureType,
  type HopMeasureType,
  type MeasureType,
} from '@proprio/clinical';
import {
  formatMeasuredValue,
  LIMBS,
  Y_BALANCE_DIRECTIONS,
  type LimbValues,
  type MeasuredValue,
  type MeasurementValues,
  type UcumCode,
} from '../../exports/measurement-values.js';

/**
 * A measurement's values in words for the objective text: the headline value of each limb (or of the
 * whole measure) with its unit, and how it was obtained. The values are the ones the exports read
 * (`measurementValues`), so the note, the CSV and the FHIR document never disagree; this only chooses
 * which of them a sentence names and words them.
 */
export function describeMeasurementValues(values: MeasurementValues): string {
  const { type } = values;
  if (values.limbs.length === 0 && values.whole === null) return 'values not available';
  if (isHopMeasureType(type)) return hop(values);
  if (isEnduranceMeasureType(type)) return endurance(values);
  return DESCRIPTIONS[type](values);
}

type Describe = (values: MeasurementValues) => string;

const read = (value: MeasuredValue | null | undefined, unitNames?: Partial<Record<UcumCode, string>>) =>
  value ? formatMeasuredValue(value, unitNames) : '—';

/** A value of a limb or of the whole measure other than a raw trial. */
const valueOf = (list: readonly MeasuredValue[], quantity: string) =>
  list.find((v) => v.quantity === quantity && v.trial === null);

const wholeValues = (values: MeasurementValues) => values.whole?.values ?? [];
const wholePrimary = (values: MeasurementValues) => values.whole?.primary ?? null;
const method = (values: MeasurementValues) => (values.method ? ` (${values.method})` : '');

/** "involved …, uninvolved …"; a limb the reading has no values for is said not to be tested. */
function perLimb(
  values: MeasurementValues,
  describe: (limb: LimbValues) => string,
  { separator = ', ', missing = 'not tested' } = {},
): string {
  return LIMBS.map((name) => {
    const limb = values.limbs.find((l) => l.limb === name);
    return `${name} ${limb ? describe(limb) : missing}`;
  }).join(separator);
}

const primaryOnly =
  (unitNames?: Partial<Record<UcumCode, string>>): Describe =>
  (values) =>
    perLimb(values, (l) => read(l.primary, unitNames)) + method(values);

/** The limb's value, then its multiple of body mass in brackets when the body mass was known. */
const withPerBodyMass =
  (unitNames?: Partial<Record<UcumCode, string>>): Describe =>
  (values) =>
    perLimb(values, (l) => {
      const perBodyMass = l.values.find((v) => v.unit === 'N.m/kg' || v.unit === 'kg/kg');
      return `${read(l.primary)}${perBodyMass ? ` (${read(perBodyMass, unitNames)})` : ''}`;
    }) + method(values);

const hop = primaryOnly({ '{#}': 'hops' });
const endurance = primaryOnly({ '{#}': 'reps' });

/** Each direction's reach (the aggregated one, in cm) and the composite. */
const yBalance: Describe = (values) =>
  perLimb(
    values,
    (l) => {
      const reach = (direction: string) =>
        l.values.find((v) => v.trial === null && v.unit === 'cm' && v.quantity.startsWith(`reach_${direction}_`));
      const reaches = Y_BALANCE_DIRECTIONS.map((direction) => `${direction} ${read(reach(direction))}`);
      return `${reaches.join(', ')}, composite ${read(l.primary)} of limb length`;
    },
    { separator: '; ' },
  ) + method(values);

const singleLegStance: Describe = (values) =>
  perLimb(values, (l) => {
    const capped = valueOf(l.values, 'reached_time_cap')?.value === true;
    return `${read(l.primary)}${capped ? ' (time cap reached)' : ''}`;
  }) + method(values);

const kneeRom: Describe = (values) =>
  perLimb(
    values,
    (l) => {
      const extension = valueOf(l.values, 'extension_deficit');
      const flexion = valueOf(l.values, 'flexion');
      const parts = [extension && `extension deficit ${read(extension)}`, flexion && `flexion ${read(flexion)}`].filter(
        Boolean,
      );
      return parts.length ? parts.join(', ') : 'not measured';
    },
    { separator: '; ', missing: 'not measured' },
  );

const runningTTest: Describe = (values) => {
  const primary = wholePrimary(values);
  const trials = wholeValues(values).filter((v) => v.trial !== null).length;
  // The primary's quantity is the aggregation the test is scored by: best or mean.
  return `${read(primary)} (${primary?.quantity ?? 'result'} of ${trials} ${trials === 1 ? 'trial' : 'trials'})`;
};

const reactionTime: Describe = (values) =>
  `mean ${read(valueOf(wholeValues(values), 'mean'))}, fastest ${read(valueOf(wholeValues(values), 'best'))}` +
  method(values);

const singleLegSquat: Describe = (values) => {
  const reps = valueOf(wholeValues(values), 'repetitions');
  return `rated ${read(valueOf(wholeValues(values), 'rating'))}${reps ? `, ${read(reps, { '{#}': 'reps' })}` : ''}`;
};

const MILESTONE_LABELS: Readonly<Record<string, string>> = {
  onfield_rehab_completed: 'On-field sport-specific rehabilitation',
  prevention_program_active: 'Injury-prevention programme',
};

/** The milestone is the value's quantity; its value says whether it was completed. */
const rehabMilestone: Describe = (values) => {
  const primary = wholePrimary(values);
  const milestone = primary?.quantity ?? 'milestone';
  return `${MILESTONE_LABELS[milestone] ?? milestone}: ${primary?.value === true ? 'completed' : 'not completed'}`;
};

/** Every other measure type (the hop and endurance families are worded alike). */
const DESCRIPTIONS: Readonly<Record<Exclude<MeasureType, HopMeasureType | EnduranceMeasureType>, Describe>> = {
  strength_quadriceps: withPerBodyMass(),
  strength_hamstrings: withPerBodyMass(),
  y_balance: yBalance,
  single_leg_stance: singleLegStance,
  running_t_test: runningTTest,
  reaction_time: reactionTime,
  knee_rom: kneeRom,
  effusion: (values) => `grade ${read(wholePrimary(values))}`,
  quadriceps_lag: (values) => read(wholePrimary(values)),
  prone_heel_height: (values) => `difference ${read(wholePrimary(values))}`,
  single_leg_squat: singleLegSquat,
  vestibular_balance: (values) => (wholePrimary(values)?.value === true ? 'passed' : 'not passed'),
  leg_press_1rm: withPerBodyMass({ 'kg/kg': '× BW' }),
  mrss: (values) => read(wholePrimary(values), { '{score}': 'of 100 points' }),
  tsk11: (values) => `${read(wholePrimary(values), { '{score}': 'points' })} (11–44)`,
  rehab_milestone: rehabMilestone,
};
