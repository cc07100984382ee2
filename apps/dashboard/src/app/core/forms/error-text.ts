import type { AbstractControl, ValidationErrors } from '@angular/forms';

/**
 * The message to show under a field for its first error. The server's own wording wins, since it
 * reflects the rule the API actually applied.
 */
export function errorText(control: AbstractControl | null | undefined): string {
  const errors = control?.errors;
  return errors ? describeErrors(errors) : '';
}

export function describeErrors(errors: ValidationErrors): string {
  const server: unknown = errors['server'];
  if (typeof server === 'string') {
    return server;
  }
  if (errors['required']) {
    return 'This field is required.';
  }
  const maxlength = errors['maxlength'] as { requiredLength: number } | undefined;
  if (maxlength) {
    return `Use at most ${maxlength.requiredLength} characters.`;
  }
  const minlength = errors['minlength'] as { requiredLength: number } | undefined;
  if (minlength) {
    return `Use at least ${minlength.requiredLength} characters.`;
  }
  if (errors['email']) {
    return 'Enter a valid email address.';
  }
  if (errors['isoDate']) {
    return 'Enter a valid date.';
  }
  if (errors['futureDate']) {
    return 'The date cannot be in the future.';
  }
  const custom = Object.values(errors).find(hasMessage);
  if (custom) {
    return custom.message;
  }
  return 'This value is not valid.';
}

function hasMessage(value: unknown): value is { message: string } {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}
