import type { Assessment, Episode, Measurement } from '@proprio/contracts';
import {
  measurementValues,
  sideOf,
  UCUM_DISPLAY,
  type Limb,
  type MeasuredValue,
  type MeasurementValues,
} from '../measurement-values.js';
import { nonEmpty, type BundleEntries } from './bundle-entries.js';
import type { Observation, ObservationComponent, Quantity, Reference } from './fhir-r4.js';
import { measureSite, type Practitioners } from './participants.js';
import {
  codeable,
  IDENTIFIER_SYSTEMS,
  MEASURE_CONCEPTS,
  STANDARD_CONCEPTS,
  UCUM_SYSTEM,
  VALUE_CONCEPTS,
  type ConceptDefinition,
  type MeasureCode,
} from './terminology.js';
import { fhirString } from './text.js';

/** The Observations of one measurement, for the document's narrative and the tests. */
export interface MeasurementObservations {
  assessment: Assessment;
  measurement: Measurement;
  values: MeasurementValues;
  limbs: Partial<Record<Limb, Reference>>;
  whole: Reference | null;
  lsi: Reference | null;
  epic: Reference | null;
  comparisons: Reference[];
}

interface Context {
  entries: BundleEntries;
  episode: Episode;
  subject: Reference;
  practitioners: Practitioners;
}

/**
 * Observations (category exam) for every current measurement of the episode: one per limb value with
 * that limb's knee or whole lower limb as body site (whichever the measure is of: MEASURE_SITES), the
 * trials and other values as components, then the LSI and EPIC (`%`) derived from those limb
 * Observations, and the other between-limb comparisons. Superseded and voided values are left out:
 * they are not part of the clinical picture (the CSV keeps them).
 */
export function measurementObservations(ctx: Context, assessments: readonly Assessment[]): MeasurementObservations[] {
  const current = assessments.flatMap((assessment) =>
    assessment.measurements
      .filter((measurement) => measurement.status === 'current')
      .map((measurement) => ({ assessment, measurement, values: measurementValues(measurement) })),
  );
  // Limb Observations first, so that every EPIC can point at its baseline session's Observation.
  const measured = current.map(({ assessment, measurement, values }): MeasurementObservations => {
    const limbs: Partial<Record<Limb, Reference>> = {};
    for (const limb of values.limbs) limbs[limb.limb] = limbObservation(ctx, assessment, measurement, values, limb);
    return {
      assessment,
      measurement,
      values,
      limbs,
      whole: values.whole ? wholeObservation(ctx, assessment, measurement, values) : null,
      lsi: null,
      epic: null,
      comparisons: [],
    };
  });
  for (const item of measured) {
    const { limbs, values } = item;
    const both = [limbs.involved, limbs.uninvolved].filter((r) => r !== undefined);
    if (values.lsi && both.length === 2)
      item.lsi = derivedObservation(ctx, item, values.lsi, MEASURE_CONCEPTS.lsi, both);
    if (values.epic && limbs.involved) {
      const baseline = baselineObservationFor(item, measured);
      item.epic = derivedObservation(
        ctx,
        item,
        values.epic,
        MEASURE_CONCEPTS.epic,
        baseline ? [limbs.involved, baseline] : [limbs.involved],
      );
    }
    item.comparisons = values.comparisons.map((value) =>
      derivedObservation(ctx, item, value, valueConcept(value.quantity), both),
    );
  }
  return measured;
}

/**
 * The uninvolved-limb Observation of the baseline session the EPIC was computed against: the latest
 * baseline session on or before this one (the later recorded on the same day) with a current value of
 * the same measure, the rule of EpisodeBaselines in the assessments module.
 */
function baselineObservationFor(
  item: MeasurementObservations,
  all: readonly MeasurementObservations[],
): Reference | null {
  const candidates = all
    .filter(
      (other) =>
        other.assessment.baseline &&
        other.measurement.type === item.measurement.type &&
        other.assessment.performedOn <= item.assessment.performedOn,
    )
    .sort(
      (x, y) =>
        y.assessment.performedOn.localeCompare(x.assessment.performedOn) ||
        y.assessment.createdAt.localeCompare(x.assessment.createdAt),
    );
  return candidates[0]?.limbs.uninvolved ?? null;
}

function limbObservation(
  ctx: Context,
  assessment: Assessment,
  measurement: Measurement,
  values: MeasurementValues,
  limb: MeasurementValues['limbs'][number],
): Reference {
  const side = sideOf(limb.limb, ctx.episode);
  const others = limb.values.filter((v) => v !== limb.primary);
  return ctx.entries.add(
    (id): Observation => ({
      ...common(ctx, id, assessment, measurement, limb.limb),
      code: codeable(MEASURE_CONCEPTS[measureCode(values)], `${values.label}, ${limb.limb} limb (${side})`),
      ...(limb.primary ? valueOf(limb.primary) : {}),
      ...(values.site ? { bodySite: measureSite(values.site, side) } : {}),
      ...method(values),
      component: nonEmpty(others.map(component)),
    }),
    `${values.label}, ${limb.limb} limb`,
  ).reference;
}

function wholeObservation(
  ctx: Context,
  assessment: Assessment,
  measurement: Measurement,
  values: MeasurementValues,
): Reference {
  const whole = values.whole!;
  const others = whole.values.filter((v) => v !== whole.primary);
  return ctx.entries.add(
    (id): Observation => ({
      ...common(ctx, id, assessment, measurement, 'value'),
      code: codeable(MEASURE_CONCEPTS[measureCode(values)], values.label),
      ...(whole.primary ? valueOf(whole.primary) : {}),
      ...(values.site ? { bodySite: measureSite(values.site, ctx.episode.involvedSide) } : {}),
      ...method(values),
      component: nonEmpty(others.map(component)),
    }),
    values.label,
  ).reference;
}

function derivedObservation(
  ctx: Context,
  item: MeasurementObservations,
  value: MeasuredValue,
  concept: ConceptDefinition,
  derivedFrom: Reference[],
): Reference {
  return ctx.entries.add(
    (id): Observation => ({
      ...common(ctx, id, item.assessment, item.measurement, value.quantity),
      code: codeable(concept, `${item.values.label}: ${value.label}`),
      ...valueOf(value),
      ...method(item.values),
      derivedFrom: nonEmpty(derivedFrom),
    }),
    `${item.values.label}: ${value.label}`,
  ).reference;
}

function common(ctx: Context, id: string, assessment: Assessment, measurement: Measurement, part: string) {
  return {
    resourceType: 'Observation' as const,
    id,
    identifier: [{ system: IDENTIFIER_SYSTEMS.measurement, value: `${measurement.id}/${part}` }],
    // A value that corrected an earlier one (the earlier one stays on record, superseded).
    status: measurement.supersedesId === null ? ('final' as const) : ('amended' as const),
    category: [codeable(STANDARD_CONCEPTS.categoryExam)],
    subject: ctx.subject,
    effectiveDateTime: assessment.performedOn,
    issued: measurement.createdAt,
    performer: [ctx.practitioners.reference(assessment.testerId)],
    ...(assessment.baseline ? { note: [{ text: 'Pre-operative baseline test session.' }] } : {}),
  };
}

function method(values: MeasurementValues): Pick<Observation, 'method'> {
  const text = fhirString(values.method);
  return text ? { method: { text } } : {};
}

type ValueElement = Pick<Observation, 'valueQuantity' | 'valueString' | 'valueBoolean'>;

function valueOf(value: MeasuredValue): ValueElement {
  if (typeof value.value === 'number') return { valueQuantity: quantity(value.value, value.unit) };
  if (typeof value.value === 'boolean') return { valueBoolean: value.value };
  return { valueString: fhirString(value.value) ?? '' };
}

function component(value: MeasuredValue): ObservationComponent {
  return { code: codeable(valueConcept(value.quantity), value.label), ...valueOf(value) };
}

export function quantity(value: number, unit: MeasuredValue['unit']): Quantity {
  return unit === null ? { value } : { value, unit: UCUM_DISPLAY[unit], system: UCUM_SYSTEM, code: unit };
}

function valueConcept(quantityName: string): ConceptDefinition {
  const concept = VALUE_CONCEPTS[quantityName];
  if (!concept) throw new Error(`No code for the measured value '${quantityName}' in the terminology table.`);
  return concept;
}

const MEASURE_CODE_OF = {
  hop_single: 'hop-single-distance',
  hop_triple: 'hop-triple-distance',
  hop_crossover: 'hop-crossover-distance',
  hop_timed_6m: 'hop-6m-time',
  hop_side: 'hop-side-30s-count',
  hop_vertical: 'hop-vertical-height',
  strength_quadriceps: 'quad-peak-torque',
  strength_hamstrings: 'hamstring-peak-torque',
  y_balance: 'ybt-composite',
  single_leg_stance: 'single-leg-stance-time',
  running_t_test: 'running-t-test-time',
  reaction_time: 'reaction-time',
  knee_rom: 'knee-rom',
  effusion: 'knee-effusion-stroke-test',
  quadriceps_lag: 'quadriceps-lag',
  prone_heel_height: 'prone-heel-height-difference',
  single_leg_squat: 'single-leg-squat-quality',
  endurance_single_leg_bridge: 'single-leg-bridge-reps',
  endurance_calf_raise: 'single-leg-calf-raise-reps',
  endurance_side_bridge: 'side-bridge-hold-time',
  endurance_single_leg_rise: 'single-leg-rise-reps',
  vestibular_balance: 'single-leg-stance-head-turns',
  leg_press_1rm: 'leg-press-1rm',
  mrss: 'mrss-total',
  tsk11: 'tsk11-total',
  rehab_milestone: 'onfield-rehab-completed',
} as const satisfies Record<MeasurementValues['type'], MeasureCode>;

/** The Observation code of a measurement: by measure, with a force rather than a torque code for newtons, and by milestone. */
export function measureCode(values: MeasurementValues): MeasureCode {
  const primaryUnit = values.limbs[0]?.primary?.unit;
  if (values.type === 'strength_quadriceps' && primaryUnit === 'N') return 'quad-peak-force';
  if (values.type === 'strength_hamstrings' && primaryUnit === 'N') return 'hamstring-peak-force';
  if (values.type === 'rehab_milestone' && values.whole?.primary?.quantity === 'prevention_program_active') {
    return 'prevention-program-active';
  }
  return MEASURE_CODE_OF[values.type];
}
