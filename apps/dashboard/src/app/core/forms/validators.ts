import { Validators, type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';

import { daysBetween } from '@proprio/clinical';

import { isIsoDate, todayIsoDate } from '../../shared/dates/calendar-date';

/*
 * Angular's own `required` and `email` are static methods; referenced bare (`Validators.required`)
 * they trip the unbound-method lint rule, so the forms use these plain functions instead.
 */
export const requiredValidator: ValidatorFn = (control) => Validators.required(control);
export const emailValidator: ValidatorFn = (control) => Validators.email(control);

/** Rejects text that is not a real YYYY-MM-DD date (empty is left to `Validators.required`). */
export const isoDateValidator: ValidatorFn = (control: AbstractControl<string | null>) => {
  const value = control.value;
  return !value || isIsoDate(value) ? null : { isoDate: true };
};

/** Rejects a date after today in the user's time zone. */
export function notInFutureValidator(today: () => string = todayIsoDate): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = control.value;
    if (!value || !isIsoDate(value)) {
      return null;
    }
    return value > today() ? { futureDate: true } : null;
  };
}

/**
 * Rejects a date earlier than a sibling control's date, e.g. surgery before injury. The error sits on
 * this control so it shows under this field; the owner must re-validate when the sibling changes.
 */
export function notBeforeSiblingValidator(siblingName: string, message: string): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = control.value;
    const other = control.parent?.get(siblingName)?.value as string | null | undefined;
    if (!value || !other) {
      return null;
    }
    if (!isIsoDate(value) || !isIsoDate(other)) {
      return null;
    }
    return daysBetween(other, value) < 0 ? { dateOrder: { message } } : null;
  };
}
