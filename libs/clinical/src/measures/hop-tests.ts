import { deepFreeze, type Sourced } from '../interpretation/evidence.js';
import { checkChoice, checkTrials, isRecord, nonNegativeInteger, positive } from '../validation/checks.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';
import { AGGREGATIONS, aggregateTrials, best, mean, type Aggregation, type Better } from './aggregate.js';
import { estimatedPreInjuryCapacity, limbSymmetryIndex } from './symmetry.js';

export type HopTestCode = 'single' | 'triple' | 'crossover' | 'timed6m' | 'side' | 'vertical';

export const HOP_TEST_CODES: readonly HopTestCode[] = ['single', 'triple', 'crossover', 'timed6m', 'side', 'vertical'];

export type HopUnit = 'cm' | 's' | 'count';

/** A minimal detectable change (90% confidence) of the LSI, in percentage points, as clinical data. */
export interface Mdc90 extends Sourced {
  /** Null when no value is known for this test: the caller must then supply one. */
  value: number | null;
}

export interface HopTestDefinition {
  code: HopTestCode;
  label: string;
  unit: HopUnit;
  better: Better;
  mdc90: Mdc90;
}

const REID_RANGE_NOTE =
  'REFERENCE §1.1 gives only the range 7.05–12.96 points across the hop tests (Reid 2007), not a value per test; ' +
  'the upper end is used here so that fewer changes are called real. Replace with the per-test value from the paper.';

/**
 * The hop tests (REFERENCE §1.1, §1.5). The LSI direction follows `better`; the default MDC90 is data.
 */
export const HOP_TEST_DEFINITIONS: Readonly<Record<HopTestCode, HopTestDefinition>> = deepFreeze({
  single: {
    code: 'single',
    label: 'Single hop for distance',
    unit: 'cm',
    better: 'higher',
    mdc90: {
      value: 12.96,
      source: 'Reid 2007 Phys Ther (range 7.05–12.96 across tests)',
      evidence: 'U',
      note: REID_RANGE_NOTE,
    },
  },
  triple: {
    code: 'triple',
    label: 'Triple hop for distance',
    unit: 'cm',
    better: 'higher',
    mdc90: {
      value: 12.96,
      source: 'Reid 2007 Phys Ther (range 7.05–12.96 across tests)',
      evidence: 'U',
      note: REID_RANGE_NOTE,
    },
  },
  crossover: {
    code: 'crossover',
    label: 'Crossover hop for distance',
    unit: 'cm',
    better: 'higher',
    mdc90: {
      value: 12.96,
      source: 'Reid 2007 Phys Ther (range 7.05–12.96 across tests)',
      evidence: 'U',
      note: REID_RANGE_NOTE,
    },
  },
  timed6m: {
    code: 'timed6m',
    label: '6 m timed hop',
    unit: 's',
    better: 'lower',
    mdc90: { value: 12.96, source: 'Reid 2007 via JOSPT 2010 knee ligament sprain CPG table', evidence: 'V' },
  },
  side: {
    code: 'side',
    label: 'Side hop (30 s)',
    unit: 'count',
    better: 'higher',
    mdc90: { value: null, source: 'none in REFERENCE', evidence: 'U', note: 'No MDC found for the side hop LSI.' },
  },
  vertical: {
    code: 'vertical',
    label: 'Single-leg vertical hop',
    unit: 'cm',
    better: 'higher',
    mdc90: { value: null, source: 'none in REFERENCE', evidence: 'U', note: 'No MDC found for the vertical hop LSI.' },
  },
});

export interface HopInput {
  test: HopTestCode;
  /** Every recorded (not practice) trial, per limb, in the test's unit. */
  trials: { involved: readonly number[]; uninvolved: readonly number[] };
  /** Pre-operative (or early) trials of the uninvolved limb for the same test, for EPIC. */
  baseline?: { uninvolved: readonly number[] } | null;
}

export interface HopOptions {
  /** Default 'mean' (REFERENCE §1.1 recommendation); 'best' is the fastest trial of a timed test. */
  aggregation?: Aggregation;
  definitions?: Readonly<Record<HopTestCode, HopTestDefinition>>;
}

export interface LimbTrialsSummary {
  trials: number[];
  mean: number;
  best: number;
  /** The value used for the LSI/EPIC, by the chosen aggregation. */
  value: number;
}

export interface HopResult {
  test: HopTestCode;
  label: string;
  unit: HopUnit;
  better: Better;
  aggregation: Aggregation;
  involved: LimbTrialsSummary;
  uninvolved: LimbTrialsSummary;
  /** Percent; null only when it is undefined (an uninvolved side-hop count of 0). Never clamped. */
  lsi: number | null;
  baseline: LimbTrialsSummary | null;
  /** Percent, when a baseline is given; null otherwise or when undefined. */
  epic: number | null;
  /** Why the LSI or EPIC is null despite valid input; empty otherwise. */
  notes: string[];
  /** The test's default MDC90 in LSI points, to judge session-to-session change; null when unknown. */
  mdc90: number | null;
}

function trialRule(unit: HopUnit): { accept: (n: number) => boolean; description: string } {
  switch (unit) {
    case 'cm':
      return { accept: positive, description: 'a positive number of centimetres' };
    case 's':
      return { accept: positive, description: 'a positive number of seconds' };
    case 'count':
      return { accept: nonNegativeInteger, description: 'a whole number of valid hops (0 or more)' };
  }
}

function summarise(trials: number[], aggregation: Aggregation, better: Better): LimbTrialsSummary | null {
  const m = mean(trials);
  const b = best(trials, better);
  const value = aggregateTrials(trials, aggregation, better);
  return m === null || b === null || value === null ? null : { trials, mean: m, best: b, value };
}

/**
 * Validates one hop test's raw trials and computes per-limb mean and best, the LSI and, when a
 * pre-operative baseline of the uninvolved limb is given, EPIC. Invalid input (unknown test, empty
 * trial list, a zero, negative, NaN or infinite distance or time, a fractional hop count) gives
 * `ok: false` with every issue found; the result never contains Infinity or NaN.
 */
export function computeHopResult(input: HopInput, options: HopOptions = {}): Result<HopResult> {
  const issues: Issue[] = [];
  const definitions = options.definitions ?? HOP_TEST_DEFINITIONS;
  const aggregation = checkChoice(options.aggregation ?? 'mean', 'options.aggregation', AGGREGATIONS, issues);
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must be a hop test record' }]);
  const test = checkChoice(input.test, 'test', HOP_TEST_CODES, issues);
  const definition = test === null ? undefined : definitions[test];
  if (test !== null && definition === undefined) issues.push({ field: 'test', issue: 'has no definition' });
  if (definition === undefined || aggregation === null) return fail(issues);

  const rule = trialRule(definition.unit);
  const trials: unknown = input.trials;
  let involved: number[] | null = null;
  let uninvolved: number[] | null = null;
  if (isRecord<HopInput['trials']>(trials)) {
    involved = checkTrials(trials.involved, 'trials.involved', rule.accept, rule.description, issues);
    uninvolved = checkTrials(trials.uninvolved, 'trials.uninvolved', rule.accept, rule.description, issues);
  } else {
    issues.push({ field: 'trials', issue: 'must give the involved and uninvolved trials' });
  }
  let baseline: number[] | null = null;
  const baselineInput: unknown = input.baseline;
  if (baselineInput !== undefined && baselineInput !== null) {
    if (isRecord<{ uninvolved: unknown }>(baselineInput)) {
      baseline = checkTrials(baselineInput.uninvolved, 'baseline.uninvolved', rule.accept, rule.description, issues);
    } else {
      issues.push({ field: 'baseline', issue: 'must give the pre-operative trials of the uninvolved limb' });
    }
  }
  if (issues.length > 0 || involved === null || uninvolved === null) return fail(issues);

  const better = definition.better;
  const involvedSummary = summarise(involved, aggregation, better);
  const uninvolvedSummary = summarise(uninvolved, aggregation, better);
  const baselineSummary = baseline === null ? null : summarise(baseline, aggregation, better);
  if (involvedSummary === null || uninvolvedSummary === null) {
    return fail([{ field: 'trials', issue: 'could not be combined' }]);
  }

  const notes: string[] = [];
  const lsi = limbSymmetryIndex(involvedSummary.value, uninvolvedSummary.value, better);
  if (lsi === null) {
    notes.push(
      uninvolvedSummary.value === 0
        ? 'LSI undefined: the uninvolved limb scored 0.'
        : 'LSI could not be computed from these values.',
    );
  }
  const epic =
    baselineSummary === null ? null : estimatedPreInjuryCapacity(involvedSummary.value, baselineSummary.value, better);
  if (baselineSummary !== null && epic === null) {
    notes.push(
      baselineSummary.value === 0
        ? 'EPIC undefined: the pre-operative baseline is 0.'
        : 'EPIC could not be computed from these values.',
    );
  }

  return ok({
    test: definition.code,
    label: definition.label,
    unit: definition.unit,
    better,
    aggregation,
    involved: involvedSummary,
    uninvolved: uninvolvedSummary,
    lsi,
    baseline: baselineSummary,
    epic,
    notes,
    mdc90: definition.mdc90.value,
  });
}
