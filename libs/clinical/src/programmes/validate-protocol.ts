import { CRITERION_MEASURES, isCriterionMeasure } from '../criteria/criterion-measures.js';
import { validateCriterion, type CriterionComparator } from '../criteria/evaluate-criteria.js';
import type { Evidence } from '../interpretation/evidence.js';
import { isRecord } from '../validation/checks.js';
import { fail, fieldPath, ok, type Issue, type Result } from '../validation/result.js';
import { validateDosage, validateProgression } from './dosage.js';
import { unknownKeys } from './fields.js';
import type {
  CriteriaSet,
  PhaseExercise,
  ProtocolCriterion,
  ProtocolDefinition,
  ProtocolPhase,
} from './protocol-types.js';
import type { ProgressionSettings } from './vocabulary.js';

/**
 * Size limits of a protocol definition. They bound what one stored version, one API request and one
 * page of the dashboard must handle; no real protocol comes near them.
 */
export const PROTOCOL_LIMITS = {
  phases: 20,
  criteriaPerPhase: 50,
  exercisesPerPhase: 40,
  returnToSportSets: 10,
  nameLength: 120,
  sourceLength: 200,
  guidanceLength: 2000,
  notesLength: 1000,
  /** Typical weeks since surgery: a year before surgery to five years after. */
  weeks: { min: -52, max: 260 },
} as const;

/** Phase and criteria-set keys: stable identifiers stored in programmes and URLs. */
export const PROTOCOL_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

const DEFINITION_KEYS = ['phases', 'returnToSportSets'] as const;
const PHASE_KEYS = [
  'key',
  'name',
  'typicalWeeks',
  'preoperative',
  'returnToSportGate',
  'exitCriteria',
  'exercises',
  'guidance',
] as const;
const WEEKS_KEYS = ['from', 'to'] as const;
const CRITERION_KEYS = ['measure', 'comparator', 'threshold', 'evidence', 'source', 'bonus', 'unit'] as const;
const SET_KEYS = ['key', 'name', 'evidence', 'source', 'criteria'] as const;
const EXERCISE_KEYS = ['exerciseId', 'dosage', 'progression', 'notes'] as const;
const EVIDENCE: readonly Evidence[] = ['V', 'S', 'U'];

export interface ValidateProtocolOptions {
  /** Whether an exercise id names an exercise of the library the clinic can use. */
  exerciseExists: (id: string) => boolean;
}

/**
 * Validates a protocol definition as received (from the API or the dashboard's editor) and returns a
 * normalised copy: no unknown keys, optional fields defaulted (bonus false, evidence, source, notes
 * and guidance null, progression {}), text trimmed. Every issue is reported with its dotted path
 * from `definition`, e.g. `definition.phases.2.exitCriteria.0.threshold`, so the editor can mark the
 * field.
 *
 * Structural rules, each because a programme relies on it:
 * - at least one phase, keys unique: a programme stores its current phase by key;
 * - at most one pre-operative phase, and it is first: a programme starts there before surgery;
 * - a return-to-sport gate phase has no exit criteria of its own (the chosen set is its gate) and
 *   needs at least one set to choose from;
 * - criteria are checked by the criteria engine (known measure, fitting comparator, possible
 *   threshold), so a stored protocol can always be evaluated;
 * - exercises must exist in the library and appear once per phase.
 */
export function validateProtocolDefinition(
  definition: unknown,
  options: ValidateProtocolOptions,
): Result<ProtocolDefinition> {
  const field = 'definition';
  if (!isRecord<ProtocolDefinition>(definition))
    return fail([{ field, issue: 'must be a protocol definition object' }]);
  const issues: Issue[] = unknownKeys(definition, DEFINITION_KEYS, field);

  // Sets first (a gate phase needs one), but their issues are listed after the phases'.
  const setIssues: Issue[] = [];
  const sets = validateSets(definition.returnToSportSets, fieldPath(field, 'returnToSportSets'), setIssues);
  const phases = validatePhases(definition.phases, fieldPath(field, 'phases'), sets, options, issues);
  issues.push(...setIssues);

  if (issues.length > 0 || phases === null || sets === null) return fail(issues);
  return ok({ phases, returnToSportSets: sets });
}

function validatePhases(
  value: unknown,
  field: string,
  sets: CriteriaSet[] | null,
  options: ValidateProtocolOptions,
  issues: Issue[],
): ProtocolPhase[] | null {
  if (!Array.isArray(value)) {
    issues.push({ field, issue: 'must be a list of phases' });
    return null;
  }
  if (value.length === 0) {
    issues.push({ field, issue: 'must list at least one phase' });
    return null;
  }
  if (value.length > PROTOCOL_LIMITS.phases) {
    issues.push({ field, issue: `must list at most ${PROTOCOL_LIMITS.phases} phases` });
    return null;
  }
  const before = issues.length;
  const seenKeys = new Set<string>();
  let preoperativeSeen = false;
  const phases = (value as unknown[]).map((raw, index) => {
    const phaseField = fieldPath(field, index);
    const phase = validatePhase(raw, phaseField, options, issues);
    // The rules across phases look at the raw values, so they are reported even when the phase has
    // other issues.
    if (!isRecord<ProtocolPhase>(raw)) return phase;
    if (typeof raw.key === 'string') {
      if (seenKeys.has(raw.key)) {
        issues.push({ field: fieldPath(phaseField, 'key'), issue: `repeats the key '${raw.key}' of an earlier phase` });
      }
      seenKeys.add(raw.key);
    }
    if (raw.preoperative === true) {
      if (preoperativeSeen) {
        issues.push({ field: fieldPath(phaseField, 'preoperative'), issue: 'only one phase may be pre-operative' });
      } else if (index !== 0) {
        issues.push({
          field: fieldPath(phaseField, 'preoperative'),
          issue: 'a pre-operative phase must be the first phase',
        });
      }
      preoperativeSeen = true;
    }
    if (raw.returnToSportGate === true && sets !== null && sets.length === 0) {
      issues.push({
        field: fieldPath(phaseField, 'returnToSportGate'),
        issue: 'needs at least one return-to-sport criteria set to choose from',
      });
    }
    return phase;
  });
  return issues.length > before ? null : (phases as ProtocolPhase[]);
}

function validatePhase(
  value: unknown,
  field: string,
  options: ValidateProtocolOptions,
  issues: Issue[],
): ProtocolPhase | null {
  if (!isRecord<ProtocolPhase>(value)) {
    issues.push({ field, issue: 'must be a phase object' });
    return null;
  }
  const before = issues.length;
  issues.push(...unknownKeys(value, PHASE_KEYS, field));

  const key = checkKey(value.key, fieldPath(field, 'key'), issues);
  const name = checkName(value.name, fieldPath(field, 'name'), issues);
  const typicalWeeks = checkWeeks(value.typicalWeeks, fieldPath(field, 'typicalWeeks'), issues);
  const preoperative = checkBoolean(value.preoperative, fieldPath(field, 'preoperative'), issues);
  const returnToSportGate = checkBoolean(value.returnToSportGate, fieldPath(field, 'returnToSportGate'), issues);
  const exitCriteria = validateCriteriaList(
    value.exitCriteria,
    fieldPath(field, 'exitCriteria'),
    PROTOCOL_LIMITS.criteriaPerPhase,
    false,
    issues,
  );
  if (returnToSportGate === true && exitCriteria !== null && exitCriteria.length > 0) {
    issues.push({
      field: fieldPath(field, 'exitCriteria'),
      issue: 'must be empty in a return-to-sport gate phase (its gate is the chosen return-to-sport set)',
    });
  }
  const exercises = validatePhaseExercises(value.exercises, fieldPath(field, 'exercises'), options, issues);
  const guidance = checkOptionalText(
    value.guidance,
    fieldPath(field, 'guidance'),
    PROTOCOL_LIMITS.guidanceLength,
    issues,
  );

  if (
    issues.length > before ||
    key === null ||
    name === null ||
    typicalWeeks === null ||
    preoperative === null ||
    returnToSportGate === null ||
    exitCriteria === null ||
    exercises === null ||
    guidance === undefined
  ) {
    return null;
  }
  return { key, name, typicalWeeks, preoperative, returnToSportGate, exitCriteria, exercises, guidance };
}

function validateSets(value: unknown, field: string, issues: Issue[]): CriteriaSet[] | null {
  if (!Array.isArray(value)) {
    issues.push({ field, issue: 'must be a list of criteria sets (possibly empty)' });
    return null;
  }
  if (value.length > PROTOCOL_LIMITS.returnToSportSets) {
    issues.push({ field, issue: `must list at most ${PROTOCOL_LIMITS.returnToSportSets} criteria sets` });
    return null;
  }
  const before = issues.length;
  const seenKeys = new Set<string>();
  const sets = (value as unknown[]).map((raw, index): CriteriaSet | null => {
    const setField = fieldPath(field, index);
    if (!isRecord<CriteriaSet>(raw)) {
      issues.push({ field: setField, issue: 'must be a criteria set object' });
      return null;
    }
    const setBefore = issues.length;
    issues.push(...unknownKeys(raw, SET_KEYS, setField));
    const key = checkKey(raw.key, fieldPath(setField, 'key'), issues);
    if (key !== null) {
      if (seenKeys.has(key)) {
        issues.push({ field: fieldPath(setField, 'key'), issue: `repeats the key '${key}' of an earlier set` });
      }
      seenKeys.add(key);
    }
    const name = checkName(raw.name, fieldPath(setField, 'name'), issues);
    const evidence = checkEvidence(raw.evidence, fieldPath(setField, 'evidence'), issues);
    const source = checkOptionalText(raw.source, fieldPath(setField, 'source'), PROTOCOL_LIMITS.sourceLength, issues);
    // A set with no criteria could never be met (evaluateCriteria calls an empty set not met).
    const criteria = validateCriteriaList(
      raw.criteria,
      fieldPath(setField, 'criteria'),
      PROTOCOL_LIMITS.criteriaPerPhase,
      true,
      issues,
    );
    if (
      issues.length > setBefore ||
      key === null ||
      name === null ||
      evidence === undefined ||
      source === undefined ||
      criteria === null
    ) {
      return null;
    }
    return { key, name, evidence, source, criteria };
  });
  return issues.length > before ? null : (sets as CriteriaSet[]);
}

function validateCriteriaList(
  value: unknown,
  field: string,
  max: number,
  nonEmpty: boolean,
  issues: Issue[],
): ProtocolCriterion[] | null {
  if (!Array.isArray(value)) {
    issues.push({ field, issue: 'must be a list of criteria' });
    return null;
  }
  if (nonEmpty && value.length === 0) {
    issues.push({ field, issue: 'must list at least one criterion' });
    return null;
  }
  if (value.length > max) {
    issues.push({ field, issue: `must list at most ${max} criteria` });
    return null;
  }
  const before = issues.length;
  const criteria = (value as unknown[]).map((raw, index) =>
    validateProtocolCriterion(raw, fieldPath(field, index), issues),
  );
  return issues.length > before ? null : (criteria as ProtocolCriterion[]);
}

function validateProtocolCriterion(value: unknown, field: string, issues: Issue[]): ProtocolCriterion | null {
  if (!isRecord<ProtocolCriterion>(value)) {
    issues.push({ field, issue: 'must be a criterion object' });
    return null;
  }
  const before = issues.length;
  issues.push(...unknownKeys(value, CRITERION_KEYS, field));
  const criterionIssues = validateCriterion(value, field);
  issues.push(...criterionIssues);
  const evidence = checkEvidence(value.evidence, fieldPath(field, 'evidence'), issues);
  const source = checkOptionalText(value.source, fieldPath(field, 'source'), PROTOCOL_LIMITS.sourceLength, issues);
  let bonus = false;
  if (value.bonus !== undefined) {
    if (typeof value.bonus === 'boolean') bonus = value.bonus;
    else if (!criterionIssues.some((i) => i.field === fieldPath(field, 'bonus'))) {
      issues.push({ field: fieldPath(field, 'bonus'), issue: 'must be true or false' });
    }
  }
  // A unit is optional; when given it must be the measure's, to catch a threshold typed in the wrong
  // unit (cm for a degree measure, a ratio for a percentage).
  let unit: string | null | undefined;
  if (value.unit !== undefined && value.unit !== null && isCriterionMeasure(value.measure)) {
    const measure = CRITERION_MEASURES[value.measure];
    const expected = 'unit' in measure ? measure.unit : null;
    if (value.unit !== expected) {
      issues.push({
        field: fieldPath(field, 'unit'),
        issue:
          expected === null ? 'must be null: this measure has no unit' : `must be '${expected}', the measure's unit`,
      });
    } else {
      unit = expected;
    }
  } else if (value.unit !== undefined && value.unit !== null && typeof value.unit !== 'string') {
    issues.push({ field: fieldPath(field, 'unit'), issue: 'must be a unit or null' });
  }
  if (issues.length > before || evidence === undefined || source === undefined) return null;
  const criterion: ProtocolCriterion = {
    measure: value.measure as ProtocolCriterion['measure'],
    comparator: value.comparator as CriterionComparator,
    threshold: value.threshold as ProtocolCriterion['threshold'],
    evidence,
    source,
    bonus,
  };
  if (unit !== undefined) criterion.unit = unit;
  return criterion;
}

function validatePhaseExercises(
  value: unknown,
  field: string,
  options: ValidateProtocolOptions,
  issues: Issue[],
): PhaseExercise[] | null {
  if (!Array.isArray(value)) {
    issues.push({ field, issue: 'must be a list of exercises' });
    return null;
  }
  if (value.length > PROTOCOL_LIMITS.exercisesPerPhase) {
    issues.push({ field, issue: `must list at most ${PROTOCOL_LIMITS.exercisesPerPhase} exercises` });
    return null;
  }
  const before = issues.length;
  const seen = new Set<string>();
  const exercises = (value as unknown[]).map((raw, index): PhaseExercise | null => {
    const itemField = fieldPath(field, index);
    if (!isRecord<PhaseExercise>(raw)) {
      issues.push({ field: itemField, issue: 'must be an exercise object' });
      return null;
    }
    const itemBefore = issues.length;
    issues.push(...unknownKeys(raw, EXERCISE_KEYS, itemField));
    const idField = fieldPath(itemField, 'exerciseId');
    let exerciseId: string | null = null;
    if (typeof raw.exerciseId !== 'string' || raw.exerciseId === '') {
      issues.push({ field: idField, issue: 'must be an exercise id' });
    } else if (!options.exerciseExists(raw.exerciseId)) {
      issues.push({ field: idField, issue: 'is not an exercise of the library' });
    } else if (seen.has(raw.exerciseId)) {
      issues.push({ field: idField, issue: 'is already listed in this phase' });
    } else {
      exerciseId = raw.exerciseId;
      seen.add(raw.exerciseId);
    }
    const dosage = validateDosage(raw.dosage, fieldPath(itemField, 'dosage'));
    if (!dosage.ok) issues.push(...dosage.issues);
    let progression: ProgressionSettings = {};
    if (raw.progression !== undefined && raw.progression !== null) {
      const checked = validateProgression(raw.progression, fieldPath(itemField, 'progression'));
      if (checked.ok) progression = checked.value;
      else issues.push(...checked.issues);
    }
    const notes = checkOptionalText(raw.notes, fieldPath(itemField, 'notes'), PROTOCOL_LIMITS.notesLength, issues);
    if (issues.length > itemBefore || exerciseId === null || !dosage.ok || notes === undefined) return null;
    return { exerciseId, dosage: dosage.value, progression, notes };
  });
  return issues.length > before ? null : (exercises as PhaseExercise[]);
}

function checkKey(value: unknown, field: string, issues: Issue[]): string | null {
  if (typeof value === 'string' && PROTOCOL_KEY_PATTERN.test(value)) return value;
  issues.push({
    field,
    issue: 'must be 1 to 40 lower-case letters, digits or underscores, starting with a letter',
  });
  return null;
}

function checkName(value: unknown, field: string, issues: Issue[]): string | null {
  const max = PROTOCOL_LIMITS.nameLength;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed !== '' && trimmed.length <= max) return trimmed;
  }
  issues.push({ field, issue: `must be a name of 1 to ${max} characters` });
  return null;
}

function checkBoolean(value: unknown, field: string, issues: Issue[]): boolean | null {
  if (typeof value === 'boolean') return value;
  issues.push({ field, issue: 'must be true or false' });
  return null;
}

/** Optional text: absent, null or blank → null; undefined return means invalid (issue pushed). */
function checkOptionalText(value: unknown, field: string, max: number, issues: Issue[]): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    issues.push({ field, issue: `must be text of at most ${max} characters, or null` });
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.length > max) {
    issues.push({ field, issue: `must be at most ${max} characters` });
    return undefined;
  }
  return trimmed === '' ? null : trimmed;
}

/** Absent or null → null; undefined return means invalid (issue pushed). */
function checkEvidence(value: unknown, field: string, issues: Issue[]): Evidence | null | undefined {
  if (value === undefined || value === null) return null;
  if (EVIDENCE.includes(value as Evidence)) return value as Evidence;
  issues.push({ field, issue: "must be 'V', 'S', 'U' or null" });
  return undefined;
}

function checkWeeks(value: unknown, field: string, issues: Issue[]): ProtocolPhase['typicalWeeks'] | null {
  if (!isRecord<ProtocolPhase['typicalWeeks']>(value)) {
    issues.push({ field, issue: 'must be an object { from, to } of weeks since surgery' });
    return null;
  }
  const before = issues.length;
  issues.push(...unknownKeys(value, WEEKS_KEYS, field));
  const { min, max } = PROTOCOL_LIMITS.weeks;
  const week = (raw: unknown, key: 'from' | 'to'): number | null => {
    if (raw === null) return null;
    if (typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max) return raw;
    issues.push({
      field: fieldPath(field, key),
      issue: `must be a whole number of weeks from ${min} to ${max}, or null`,
    });
    return null;
  };
  const from = week(value.from, 'from');
  const to = week(value.to, 'to');
  if (from !== null && to !== null && from > to) {
    issues.push({ field: fieldPath(field, 'to'), issue: 'must not be before from' });
  }
  return issues.length > before ? null : { from, to };
}
