import {
  FormControl,
  FormGroup,
  Validators,
  type AbstractControl,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import {
  CLINIC_NAME_MAX_LENGTH,
  PROGRESS_NOTE_DAY_LIMIT_RANGE,
  PROGRESS_NOTE_VISIT_INTERVAL_RANGE,
  type Clinic,
  type UpdateClinicRequest,
} from '@proprio/contracts';

import { requiredValidator } from '../../../core/forms/validators';
import { decimalText, parseDecimal } from '../../../shared/format/decimal';

/**
 * The clinic settings as typed. The calendar-day limit is optional: its toggle decides whether the
 * number is sent or null (no limit), and the number field is disabled while the toggle is off.
 */
export type ClinicSettingsForm = FormGroup<{
  name: FormControl<string>;
  progressNoteVisitInterval: FormControl<string>;
  dayLimitEnabled: FormControl<boolean>;
  progressNoteDayLimit: FormControl<string>;
}>;

/** The API's ranges (shared through the contracts), so both refuse the same input. */
function wholeNumberIn(range: { min: number; max: number }, unit: string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = parseDecimal(control.value);
    if (value === null) {
      return { required: true };
    }
    return Number.isInteger(value) && value >= range.min && value <= range.max
      ? null
      : { range: { message: `Enter a whole number of ${unit} from ${range.min} to ${range.max}.` } };
  };
}

export function createClinicSettingsForm(): ClinicSettingsForm {
  return new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [requiredValidator, Validators.maxLength(CLINIC_NAME_MAX_LENGTH)],
    }),
    progressNoteVisitInterval: new FormControl('', {
      nonNullable: true,
      validators: wholeNumberIn(PROGRESS_NOTE_VISIT_INTERVAL_RANGE, 'visits'),
    }),
    dayLimitEnabled: new FormControl(false, { nonNullable: true }),
    progressNoteDayLimit: new FormControl(
      { value: '', disabled: true },
      { nonNullable: true, validators: wholeNumberIn(PROGRESS_NOTE_DAY_LIMIT_RANGE, 'days') },
    ),
  });
}

/** Turns the calendar-day limit on (its number then required) or off (nothing to validate or send). */
export function setDayLimitEnabled(form: ClinicSettingsForm, enabled: boolean): void {
  const dayLimit = form.controls.progressNoteDayLimit;
  if (enabled) {
    dayLimit.enable();
  } else {
    dayLimit.disable();
  }
}

/** Shows the clinic as saved, discarding whatever was typed. */
export function fillClinicSettings(form: ClinicSettingsForm, clinic: Clinic): void {
  const enabled = clinic.progressNoteDayLimit !== null;
  form.reset({
    name: clinic.name,
    progressNoteVisitInterval: decimalText(clinic.progressNoteVisitInterval),
    dayLimitEnabled: enabled,
    progressNoteDayLimit: decimalText(clinic.progressNoteDayLimit),
  });
  setDayLimitEnabled(form, enabled);
}

/** The request for a valid form; `version` is the one the settings were loaded with. */
export function clinicSettingsRequest(form: ClinicSettingsForm, version: number): UpdateClinicRequest {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    progressNoteVisitInterval: Number(parseDecimal(value.progressNoteVisitInterval)),
    progressNoteDayLimit: value.dayLimitEnabled ? Number(parseDecimal(value.progressNoteDayLimit)) : null,
    version,
  };
}

/**
 * The rule in words, as the reminder applies it (REFERENCE §6.2: whichever comes first); null while
 * the numbers typed are not valid settings.
 */
export function progressRuleSummary(form: ClinicSettingsForm): string | null {
  const { progressNoteVisitInterval: visitControl, progressNoteDayLimit: dayControl } = form.controls;
  if (visitControl.invalid || dayControl.invalid) {
    return null;
  }
  const visits = Number(parseDecimal(visitControl.value));
  const visitText = `${visits} treatment ${visits === 1 ? 'visit' : 'visits'}`;
  if (dayControl.disabled) {
    return `A progress report is due after ${visitText} since the last one.`;
  }
  const days = Number(parseDecimal(dayControl.value));
  const dayText = `${days} calendar ${days === 1 ? 'day' : 'days'}`;
  return `A progress report is due after ${visitText} or ${dayText} since the last one, whichever comes first.`;
}
