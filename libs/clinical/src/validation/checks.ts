import { fieldPath, type Issue } from './result.js';

/** A number that is neither NaN nor ±Infinity. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** An input record before validation: the expected keys, each of unknown type. */
export type Unvalidated<T> = { readonly [K in keyof T]?: unknown };

/**
 * A plain object (not null, not an array): the shape of a keyed answer sheet or an input record.
 * `isRecord<StrengthReading>(x)` views `x` as the expected keys with values still to be checked.
 */
export function isRecord<T extends object = Readonly<Record<string, unknown>>>(
  value: unknown,
): value is Unvalidated<T> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Null or undefined: the value was not recorded. */
export function isMissing(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/**
 * Validates a list of repeated trials. Each trial must pass `accept`; otherwise an issue
 * `<field>.<index>: must be <description>` is reported. An empty or absent list is an issue too.
 */
export function checkTrials(
  value: unknown,
  field: string,
  accept: (trial: number) => boolean,
  description: string,
  issues: Issue[],
): number[] | null {
  if (!Array.isArray(value)) {
    issues.push({ field, issue: 'must be a list of trials' });
    return null;
  }
  if (value.length === 0) {
    issues.push({ field, issue: 'must list at least one trial' });
    return null;
  }
  const trials: number[] = [];
  let valid = true;
  (value as unknown[]).forEach((trial, index) => {
    if (isFiniteNumber(trial) && accept(trial)) {
      trials.push(trial);
    } else {
      valid = false;
      issues.push({ field: fieldPath(field, index), issue: `must be ${description}` });
    }
  });
  return valid ? trials : null;
}

/** Validates one number against `accept`, reporting `<field>: must be <description>` otherwise. */
export function checkNumber(
  value: unknown,
  field: string,
  accept: (n: number) => boolean,
  description: string,
  issues: Issue[],
): number | null {
  if (isFiniteNumber(value) && accept(value)) return value;
  issues.push({ field, issue: `must be ${description}` });
  return null;
}

/** Validates a value against a closed list of allowed strings. */
export function checkChoice<T extends string>(
  value: unknown,
  field: string,
  allowed: readonly T[],
  issues: Issue[],
): T | null {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  issues.push({ field, issue: `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}` });
  return null;
}

/** Validates a non-empty (after trimming) text, e.g. a device name or protocol label. */
export function checkText(value: unknown, field: string, description: string, issues: Issue[]): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  issues.push({ field, issue: `must be ${description}` });
  return null;
}

export const positive = (n: number): boolean => n > 0;
export const nonNegativeInteger = (n: number): boolean => Number.isInteger(n) && n >= 0;
export const between =
  (min: number, max: number) =>
  (n: number): boolean =>
    n >= min && n <= max;
