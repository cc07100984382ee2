import { isRecord } from '../validation/checks.js';
import { fail, fieldPath, ok, type Issue, type Result } from '../validation/result.js';
import { unknownKeys } from './fields.js';
import {
  DOSAGE_LIMITS,
  PROGRESSION_VARIABLES,
  type Dosage,
  type ProgressionSettings,
  type ProgressionVariable,
} from './vocabulary.js';

const DOSAGE_KEYS = ['sets', 'reps', 'holdSeconds', 'frequencyPerWeek', 'loadKg'] as const;

/**
 * Validates a prescribed dosage and returns it normalised (every key present, absent optional
 * values as null). Sets, reps, hold and frequency are whole numbers within DOSAGE_LIMITS; load is
 * in kg with at most one decimal (0.5 kg plates and cuff weights are common, finer steps are a
 * typing slip). A set must say what it is, so reps or a hold time (or both) is required. Unknown keys
 * are refused: a misspelt `rep: 10` must not be stored as "no reps".
 */
export function validateDosage(value: unknown, field = 'dosage'): Result<Dosage> {
  if (!isRecord(value)) return fail([{ field, issue: 'must be a dosage object' }]);
  const issues: Issue[] = unknownKeys(value, DOSAGE_KEYS, field);
  const record = value as Record<string, unknown>;

  const integer = (key: 'sets' | 'reps' | 'holdSeconds' | 'frequencyPerWeek', required: boolean): number | null => {
    const raw = record[key];
    const { min, max } = DOSAGE_LIMITS[key];
    if (raw === undefined || raw === null) {
      if (required)
        issues.push({ field: fieldPath(field, key), issue: `is required (a whole number from ${min} to ${max})` });
      return null;
    }
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < min || raw > max) {
      issues.push({ field: fieldPath(field, key), issue: `must be a whole number from ${min} to ${max}` });
      return null;
    }
    return raw;
  };

  const sets = integer('sets', true);
  const reps = integer('reps', false);
  const holdSeconds = integer('holdSeconds', false);
  const frequencyPerWeek = integer('frequencyPerWeek', true);

  let loadKg: number | null = null;
  const rawLoad = record['loadKg'];
  if (rawLoad !== undefined && rawLoad !== null) {
    const { min, max } = DOSAGE_LIMITS.loadKg;
    if (
      typeof rawLoad !== 'number' ||
      !Number.isFinite(rawLoad) ||
      rawLoad < min ||
      rawLoad > max ||
      !hasAtMostOneDecimal(rawLoad)
    ) {
      issues.push({
        field: fieldPath(field, 'loadKg'),
        issue: `must be a number of kg from ${min} to ${max} with at most one decimal, or null for body weight`,
      });
    } else {
      loadKg = rawLoad;
    }
  }

  const repsGiven = record['reps'] !== undefined && record['reps'] !== null;
  const holdGiven = record['holdSeconds'] !== undefined && record['holdSeconds'] !== null;
  if (!repsGiven && !holdGiven) {
    issues.push({ field: fieldPath(field, 'reps'), issue: 'reps or holdSeconds (or both) is required' });
  }

  if (issues.length > 0 || sets === null || frequencyPerWeek === null) return fail(issues);
  return ok({ sets, reps, holdSeconds, frequencyPerWeek, loadKg });
}

/**
 * Validates the progression settings of a prescribed exercise: each key one of the progression
 * variables of REFERENCE §5, each value one of that variable's settings. Absent variables are simply
 * not set. Returns a copy with the variables in vocabulary order, so equal settings serialise equally.
 */
export function validateProgression(value: unknown, field = 'progression'): Result<ProgressionSettings> {
  if (!isRecord(value)) return fail([{ field, issue: 'must be an object of progression settings' }]);
  const record = value as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(record)) {
    if (!isProgressionVariable(key)) {
      issues.push({ field: fieldPath(field, key), issue: 'is not a progression variable' });
      continue;
    }
    const allowed: readonly string[] = PROGRESSION_VARIABLES[key];
    const setting = record[key];
    if (typeof setting !== 'string' || !allowed.includes(setting)) {
      issues.push({ field: fieldPath(field, key), issue: `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}` });
    }
  }
  if (issues.length > 0) return fail(issues);
  const settings: Record<string, string> = {};
  for (const key of Object.keys(PROGRESSION_VARIABLES)) {
    const setting = record[key];
    if (typeof setting === 'string') settings[key] = setting;
  }
  return ok(settings as ProgressionSettings);
}

export function isProgressionVariable(value: unknown): value is ProgressionVariable {
  return typeof value === 'string' && Object.hasOwn(PROGRESSION_VARIABLES, value);
}

/** True for 12, 12.5 and 0.1; false for 12.25. Tolerates the binary noise of a decimal typed in. */
function hasAtMostOneDecimal(n: number): boolean {
  const tenths = n * 10;
  return Math.abs(tenths - Math.round(tenths)) < 1e-9;
}
