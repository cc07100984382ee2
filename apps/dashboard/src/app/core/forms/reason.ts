import { Validators, type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';

/** The API's rule for the reason of a correction or a void (trimmed, 3 to 500 characters). */
export const REASON_LIMITS = { minLength: 3, maxLength: 500 } as const;

const trimmedRequired: ValidatorFn = (control: AbstractControl<string | null>): ValidationErrors | null => {
  const trimmed = (control.value ?? '').trim();
  if (trimmed.length === 0) {
    return { required: true };
  }
  return trimmed.length < REASON_LIMITS.minLength
    ? { minlength: { requiredLength: REASON_LIMITS.minLength, actualLength: trimmed.length } }
    : null;
};

/** Validators for a reason field: why a recorded clinical value is corrected or withdrawn. */
export const reasonValidators: ValidatorFn[] = [trimmedRequired, Validators.maxLength(REASON_LIMITS.maxLength)];
