import { FormControl, FormGroup, type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import { DOSAGE_LIMITS, type Dosage } from '@proprio/clinical';

import { decimalText, parseDecimal } from '../../../shared/format/decimal';

/** A dosage as typed (text per field), with the clinical library's bounds as validators. */
export type DosageForm = FormGroup<{
  sets: FormControl<string>;
  reps: FormControl<string>;
  holdSeconds: FormControl<string>;
  frequencyPerWeek: FormControl<string>;
  loadKg: FormControl<string>;
}>;

type WholeField = 'sets' | 'reps' | 'holdSeconds' | 'frequencyPerWeek';

function wholeNumber(field: WholeField, required: boolean): ValidatorFn {
  const { min, max } = DOSAGE_LIMITS[field];
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = parseDecimal(control.value);
    if (value === null) {
      return required ? { required: true } : null;
    }
    return Number.isInteger(value) && value >= min && value <= max
      ? null
      : { dosage: { message: `Enter a whole number from ${min} to ${max}.` } };
  };
}

const loadValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = parseDecimal(control.value);
  if (value === null) {
    return null;
  }
  const { min, max } = DOSAGE_LIMITS.loadKg;
  const oneDecimal = Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;
  return Number.isFinite(value) && value >= min && value <= max && oneDecimal
    ? null
    : { dosage: { message: `Enter kg from ${min} to ${max} with at most one decimal; leave blank for body weight.` } };
};

/** A set must say what it is: reps, a hold time, or both (the library's rule). The error sits on reps. */
const repsOrHold: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const hold = control.parent?.get('holdSeconds')?.value as string | undefined;
  if (hold === undefined) {
    return null;
  }
  return control.value.trim() === '' && hold.trim() === ''
    ? { dosage: { message: 'Enter the reps, a hold time, or both.' } }
    : null;
};

/** The dosage editor, empty or filled from a dosage; reps re-validate when the hold changes. */
export function createDosageForm(dosage: Dosage | null = null): DosageForm {
  const form: DosageForm = new FormGroup({
    sets: new FormControl(decimalText(dosage?.sets), { nonNullable: true, validators: wholeNumber('sets', true) }),
    reps: new FormControl(decimalText(dosage?.reps), {
      nonNullable: true,
      validators: [wholeNumber('reps', false), repsOrHold],
    }),
    holdSeconds: new FormControl(decimalText(dosage?.holdSeconds), {
      nonNullable: true,
      validators: wholeNumber('holdSeconds', false),
    }),
    frequencyPerWeek: new FormControl(decimalText(dosage?.frequencyPerWeek), {
      nonNullable: true,
      validators: wholeNumber('frequencyPerWeek', true),
    }),
    loadKg: new FormControl(decimalText(dosage?.loadKg), { nonNullable: true, validators: loadValidator }),
  });
  form.controls.holdSeconds.valueChanges.subscribe(() => form.controls.reps.updateValueAndValidity());
  return form;
}

/** Resets a dosage editor to a dosage (after loading the record being edited). */
export function fillDosageForm(form: DosageForm, dosage: Dosage): void {
  form.reset({
    sets: decimalText(dosage.sets),
    reps: decimalText(dosage.reps),
    holdSeconds: decimalText(dosage.holdSeconds),
    frequencyPerWeek: decimalText(dosage.frequencyPerWeek),
    loadKg: decimalText(dosage.loadKg),
  });
}

/** The typed dosage as the API takes it; only call on a valid form. */
export function dosageOf(value: ReturnType<DosageForm['getRawValue']>): Dosage {
  const number = (text: string): number | null => parseDecimal(text);
  return {
    sets: number(value.sets) ?? 1,
    reps: number(value.reps),
    holdSeconds: number(value.holdSeconds),
    frequencyPerWeek: number(value.frequencyPerWeek) ?? 1,
    loadKg: number(value.loadKg),
  };
}
