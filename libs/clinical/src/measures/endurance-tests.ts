import { deepFreeze, type Sourced } from '../interpretation/evidence.js';
import { checkChoice, checkNumber, isMissing, isRecord } from '../validation/checks.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';
import { PLAUSIBLE_RANGES, type PlausibleRange } from './plausibility.js';
import { limbSymmetryIndex } from './symmetry.js';

/**
 * The four Melbourne 2.0 muscular-endurance tests (REFERENCE §2.5 phase-2 and phase-3 exit criteria,
 * §5 rows 12, 14, 15, 19 [S]): repetitions to fatigue (single-leg bridge, single-leg calf raise,
 * single-leg rise) or seconds held (side bridge), per limb. More is better, so the LSI is
 * `involved / uninvolved × 100`. The Melbourne targets ("> 85% LSI and > 20 reps") are two criteria:
 * the LSI and the involved-limb value.
 */
export type EnduranceTestCode = 'single_leg_bridge' | 'calf_raise' | 'side_bridge' | 'single_leg_rise';
export const ENDURANCE_TEST_CODES: readonly EnduranceTestCode[] = [
  'single_leg_bridge',
  'calf_raise',
  'side_bridge',
  'single_leg_rise',
];

export type EnduranceUnit = 'reps' | 's';

export interface EnduranceTestDefinition extends Sourced {
  code: EnduranceTestCode;
  label: string;
  unit: EnduranceUnit;
}

const MELBOURNE = 'Melbourne ACL Rehabilitation Guide 2.0, via a public transcription (REFERENCE §2.5)';

export const ENDURANCE_TEST_DEFINITIONS: Readonly<Record<EnduranceTestCode, EnduranceTestDefinition>> = deepFreeze({
  single_leg_bridge: {
    code: 'single_leg_bridge',
    label: 'Single-leg bridge',
    unit: 'reps',
    source: MELBOURNE,
    evidence: 'S',
    note: 'Repetitions to fatigue, heel on a box; phase-2 target > 20 reps and > 85% LSI.',
  },
  calf_raise: {
    code: 'calf_raise',
    label: 'Single-leg calf raise',
    unit: 'reps',
    source: MELBOURNE,
    evidence: 'S',
    note: 'Repetitions to fatigue; phase-2 target > 20 reps and > 85% LSI.',
  },
  side_bridge: {
    code: 'side_bridge',
    label: 'Side bridge',
    unit: 's',
    source: MELBOURNE,
    evidence: 'S',
    note: 'Seconds held, lying on the involved or the uninvolved side; phase-2 target ≥ 30 s and > 85% LSI.',
  },
  single_leg_rise: {
    code: 'single_leg_rise',
    label: 'Single-leg rise (sit to stand)',
    unit: 'reps',
    source: MELBOURNE,
    evidence: 'S',
    note: 'Repetitions to fatigue from a chair; targets > 10 reps and > 85% LSI (phase 2), > 22 reps (phase 3).',
  },
});

export interface EnduranceInput {
  /** Repetitions (a whole number) or seconds held by the involved limb. */
  involved: number;
  /** The same for the uninvolved limb, when tested; needed for the LSI. */
  uninvolved?: number | null;
}

export interface EnduranceResult {
  test: EnduranceTestCode;
  unit: EnduranceUnit;
  involved: number;
  uninvolved: number | null;
  /** involved / uninvolved × 100; null without an uninvolved value or when it is 0. Never clamped. */
  lsi: number | null;
  /** Why the LSI is null although both limbs were given; empty otherwise. */
  notes: string[];
}

export interface EnduranceOptions {
  /** Data-entry bounds by unit; defaults `PLAUSIBLE_RANGES.enduranceReps` and `.enduranceSeconds`. */
  ranges?: Readonly<Record<EnduranceUnit, PlausibleRange>>;
}

function valueRule(unit: EnduranceUnit, range: PlausibleRange): { accept: (n: number) => boolean; text: string } {
  return unit === 'reps'
    ? {
        accept: (n) => Number.isInteger(n) && n >= range.min && n <= range.max,
        text: `a whole number of repetitions from ${range.min} to ${range.max}`,
      }
    : { accept: (n) => n >= range.min && n <= range.max, text: `a time in seconds from ${range.min} to ${range.max}` };
}

export function computeEnduranceTest(
  test: EnduranceTestCode,
  input: EnduranceInput,
  options: EnduranceOptions = {},
): Result<EnduranceResult> {
  const issues: Issue[] = [];
  const code = checkChoice(test, 'test', ENDURANCE_TEST_CODES, issues);
  if (code === null) return fail(issues);
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must give the involved (and uninvolved) values' }]);
  const { unit } = ENDURANCE_TEST_DEFINITIONS[code];
  const ranges = options.ranges ?? { reps: PLAUSIBLE_RANGES.enduranceReps, s: PLAUSIBLE_RANGES.enduranceSeconds };
  const rule = valueRule(unit, ranges[unit]);
  const involved = checkNumber(input.involved, 'involved', rule.accept, rule.text, issues);
  const uninvolved = isMissing(input.uninvolved)
    ? null
    : checkNumber(input.uninvolved, 'uninvolved', rule.accept, rule.text, issues);
  if (issues.length > 0 || involved === null) return fail(issues);
  const lsi = uninvolved === null ? null : limbSymmetryIndex(involved, uninvolved, 'higher');
  const notes = uninvolved !== null && lsi === null ? ['LSI undefined: the uninvolved limb scored 0.'] : [];
  return ok({ test: code, unit, involved, uninvolved, lsi, notes });
}
