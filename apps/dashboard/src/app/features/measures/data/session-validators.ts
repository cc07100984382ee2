import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

import { parseDecimal } from '../../../shared/format/decimal';

/** The API's limits for a session's body mass (kg, one decimal), used for torque per kilogram. */
export const BODY_MASS_LIMITS = { min: 10, max: 400 } as const;
export const SESSION_NOTES_MAX_LENGTH = 2000;

function bodyMassProblem(text: string): string | null {
  const value = parseDecimal(text);
  if (value === null) {
    return null;
  }
  if (Number.isNaN(value)) {
    return 'Enter the body mass as a number, e.g. 72.5.';
  }
  if (value < BODY_MASS_LIMITS.min || value > BODY_MASS_LIMITS.max) {
    return `Enter a body mass from ${BODY_MASS_LIMITS.min} to ${BODY_MASS_LIMITS.max} kg.`;
  }
  return Math.abs(value * 10 - Math.round(value * 10)) > 1e-9 ? 'Use at most one decimal.' : null;
}

/** Optional body mass in kg: a number from 10 to 400 with at most one decimal. */
export const bodyMassValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const message = bodyMassProblem(control.value);
  return message === null ? null : { bodyMass: { message } };
};

/** The body mass to send and to compute with: null when blank or not valid. */
export function bodyMassOf(text: string): number | null {
  return bodyMassProblem(text) === null ? parseDecimal(text) : null;
}
