/**
 * The outcome of validating and computing from raw clinical input.
 *
 * `ok: false` means the input itself is wrong (a typo, an impossible value, an unknown item) and
 * nothing was computed. A valid input that is simply not enough to compute a score (too few
 * questionnaire answers) is `ok: true` with a null score and a reason: the two must never be confused.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * One problem with the input. `field` is a dotted path into the input as given (array positions are
 * 0-based, as in the JSON the API receives), e.g. `trials.involved.1` is the second involved trial;
 * `issue` explains the rule in words a clinician can act on.
 */
export interface Issue {
  field: string;
  issue: string;
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(issues: Issue[]): Result<T> {
  return { ok: false, issues };
}

/** `prefix.key`, or just `key` when there is no prefix. */
export function fieldPath(prefix: string, key: string | number): string {
  return prefix === '' ? String(key) : `${prefix}.${key}`;
}

/** "field: issue" lines, for logs and plain-text error displays. */
export function describeIssues(issues: readonly Issue[]): string[] {
  return issues.map(({ field, issue }) => `${field}: ${issue}`);
}
