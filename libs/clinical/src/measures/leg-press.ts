import { checkNumber, isMissing, isRecord, positive } from '../validation/checks.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';
import { PLAUSIBLE_RANGES, type PlausibleRange } from './plausibility.js';
import { limbSymmetryIndex } from './symmetry.js';

/**
 * Single-leg leg press one-repetition maximum (Melbourne 2.0 bonus criteria, REFERENCE §2.5 [S]:
 * ≥ 1.5 × body weight to leave phase 2, ≥ 1.8 × to leave phase 3), in kilograms per limb. Relative
 * strength is `involved 1RM / body mass` ("× BW"), which needs the session's body mass; without it
 * only the kilograms and the LSI are given, with a note.
 */
export interface LegPress1rmInput {
  involvedKg: number;
  uninvolvedKg?: number | null;
  /** The session's body mass in kilograms (from the test session, not the measure's own input). */
  bodyMassKg?: number | null;
}

export interface LegPress1rmResult {
  involvedKg: number;
  uninvolvedKg: number | null;
  bodyMassKg: number | null;
  /** involved / uninvolved × 100, when the uninvolved limb is given. Never clamped. */
  lsi: number | null;
  /** Involved 1RM / body mass; null without a body mass. */
  involvedXbw: number | null;
  uninvolvedXbw: number | null;
  /** Why × BW is missing although the input is valid; empty otherwise. */
  notes: string[];
}

export function computeLegPress1rm(
  input: LegPress1rmInput,
  range: PlausibleRange = PLAUSIBLE_RANGES.legPressKg,
): Result<LegPress1rmResult> {
  if (!isRecord(input)) return fail([{ field: 'input', issue: 'must give the involved (and uninvolved) 1RM in kg' }]);
  const issues: Issue[] = [];
  const accept = (n: number) => n > range.min && n <= range.max;
  const text = `a load in kilograms above ${range.min} and at most ${range.max}`;
  const involvedKg = checkNumber(input.involvedKg, 'involvedKg', accept, text, issues);
  const uninvolvedKg = isMissing(input.uninvolvedKg)
    ? null
    : checkNumber(input.uninvolvedKg, 'uninvolvedKg', accept, text, issues);
  const bodyMassKg = isMissing(input.bodyMassKg)
    ? null
    : checkNumber(input.bodyMassKg, 'bodyMassKg', positive, 'a positive body mass in kilograms', issues);
  if (issues.length > 0 || involvedKg === null) return fail(issues);
  const perKg = (kg: number | null) => (kg === null || bodyMassKg === null ? null : kg / bodyMassKg);
  return ok({
    involvedKg,
    uninvolvedKg,
    bodyMassKg,
    lsi: uninvolvedKg === null ? null : limbSymmetryIndex(involvedKg, uninvolvedKg, 'higher'),
    involvedXbw: perKg(involvedKg),
    uninvolvedXbw: perKg(uninvolvedKg),
    notes: bodyMassKg === null ? ['× body weight not computed: no body mass was recorded for the session.'] : [],
  });
}
