import type { AbstractControl } from '@angular/forms';
import type { ApiError, FieldIssue } from '@proprio/contracts';

/**
 * Puts the API's field errors (`details[]`) on the matching form controls as `{ server: issue }`,
 * so each message appears under its own field. Returns the issues no control matched, for the
 * caller to show at form level. The error disappears as soon as the user edits the field, because
 * editing re-runs the control's validators.
 *
 * `field` is the request property name, possibly dotted (`concomitantInjuries.1`): the nearest
 * matching control (`concomitantInjuries`) takes the message when there is no exact one.
 */
export function applyServerErrors(form: AbstractControl, error: ApiError): FieldIssue[] {
  const unmatched: FieldIssue[] = [];
  for (const detail of error.details ?? []) {
    const control = findControl(form, detail.field);
    if (!control) {
      unmatched.push(detail);
      continue;
    }
    const previous = control.errors?.['server'] as string | undefined;
    control.setErrors({
      ...control.errors,
      server: previous ? `${previous} ${detail.issue}` : detail.issue,
    });
    control.markAsTouched();
  }
  return unmatched;
}

function findControl(form: AbstractControl, field: string): AbstractControl | null {
  const path = field.split('.').filter((part) => part.length > 0);
  while (path.length > 0) {
    const control = form.get(path);
    if (control && control !== form) {
      return control;
    }
    path.pop();
  }
  return null;
}
