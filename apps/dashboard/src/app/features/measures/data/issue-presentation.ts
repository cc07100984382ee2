import { FormArray, FormGroup, type AbstractControl } from '@angular/forms';

import type { LiveMeasure } from './measure-draft';

/**
 * An issue as shown under a measure: `error` for a value that breaks the library's rule (or that the
 * API refused), `missing` for something not typed yet, shown calmly until the user tries to save.
 */
export interface ShownIssue {
  path: string | null;
  message: string;
  kind: 'error' | 'missing';
}

/** True when nothing was typed in a text control, or in any text control of a group or array. */
export function isBlank(control: AbstractControl): boolean {
  if (control instanceof FormGroup || control instanceof FormArray) {
    const children: AbstractControl[] = Object.values(control.controls as Record<string, AbstractControl>);
    return children.every(isBlank);
  }
  const value: unknown = control.value;
  return typeof value === 'string' && value.trim() === '';
}

/** Every control below `root` that carries an error from the API (`{ server: issue }`), with its path. */
export function serverIssues(root: AbstractControl, prefix = ''): { path: string; issue: string }[] {
  const own: unknown = root.errors?.['server'];
  const found = typeof own === 'string' ? [{ path: prefix, issue: own }] : [];
  if (root instanceof FormGroup || root instanceof FormArray) {
    for (const [key, child] of Object.entries(root.controls as Record<string, AbstractControl>)) {
      found.push(...serverIssues(child, prefix === '' ? key : `${prefix}.${key}`));
    }
  }
  return found;
}

/**
 * What to show under one measure: the library's live issues (placed on their controls) and the API's
 * refusals. `submitted` turns "not typed yet" into errors, once the user has tried to save.
 */
export function presentIssues(
  live: LiveMeasure,
  group: AbstractControl,
  describe: (path: string) => string,
  submitted: boolean,
): ShownIssue[] {
  const shown: ShownIssue[] = [];
  if (live.status === 'invalid') {
    for (const issue of live.issues) {
      const control = issue.path === null ? null : group.get(issue.path);
      const missing = control !== null && isBlank(control);
      shown.push({
        path: issue.path,
        message: issue.path === null ? `${issue.field}: ${issue.issue}` : `${describe(issue.path)}: ${issue.issue}`,
        kind: missing && !submitted ? 'missing' : 'error',
      });
    }
  }
  for (const { path, issue } of serverIssues(group)) {
    shown.push({ path: path || null, message: path ? `${describe(path)}: ${issue}` : issue, kind: 'error' });
  }
  return shown;
}

/** The control paths to mark invalid (red, `aria-invalid`). */
export function errorPaths(issues: readonly ShownIssue[]): ReadonlySet<string> {
  return new Set(issues.flatMap((issue) => (issue.kind === 'error' && issue.path !== null ? [issue.path] : [])));
}
